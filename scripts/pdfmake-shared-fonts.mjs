// A Vite plugin for pdfmake's browser build: pdfkit parses each font file again for every
// document (`fontkit.create`, then, as text is shaped, the tables behind it: cmap, metrics,
// GSUB/GPOS…), about half the time of a one-page form. pdfmake's virtual file system hands
// pdfkit the same bytes (one Buffer per file) for every document, so the tables decoded from a
// file are kept and given to the next document's font of that file. Only the decoded tables
// are shared (read, never written, by fontkit): each document still has its own font object,
// glyphs (which remember the characters that first reached them: the PDF's text layer) and
// shaping engine, and embeds its own subset, as before. Fails the build if pdfmake's code no
// longer matches.
const TARGET = /[\\/]pdfmake[\\/]build[\\/]pdfmake\.js$/;
const FACTORY = '\nclass PDFFontFactory {\n';
const CREATE = '\n      font = (0, _fontkit.create)(src, family);\n';

const PARSED_FONTS = `
/** Decoded fontkit tables, by font file bytes then family (pdfmake-shared-fonts plugin). */
const decodedFontTables = new WeakMap();
function fontWithSharedTables(src, family) {
  const font = (0, _fontkit.create)(src, family);
  if (!font || typeof font._tables !== 'object') return font;
  let byFamily = decodedFontTables.get(src);
  if (!byFamily) decodedFontTables.set(src, (byFamily = new Map()));
  const key = family == null ? '' : String(family);
  const tables = byFamily.get(key);
  if (tables) font._tables = tables;
  else byFamily.set(key, font._tables);
  return font;
}`;

/** @returns {import('vite').Plugin} */
export function pdfmakeSharedFonts() {
  return {
    name: 'pdfmake-shared-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!TARGET.test(id.split('?')[0])) return null;
      if (code.split(FACTORY).length !== 2 || code.split(CREATE).length !== 2)
        throw new Error('pdfmake-shared-fonts: pdfkit’s font factory changed, update the plugin');
      return {
        code: code
          .replace(FACTORY, `${PARSED_FONTS}${FACTORY}`)
          .replace(CREATE, '\n      font = fontWithSharedTables(src, family);\n'),
        map: null,
      };
    },
  };
}
