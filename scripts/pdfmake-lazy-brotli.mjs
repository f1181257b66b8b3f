// A Vite plugin for pdfmake's browser build: the Brotli decoder it bundles (fontkit's, for
// WOFF2 fonts) decompresses its 120 KB dictionary as soon as the bundle is evaluated, about a
// quarter of pdfmake's start-up (0.15-0.3 s on a busy PC) on the way of a cold documents
// worker. The documents embed TrueType fonts only, so the dictionary is built on the first
// Brotli decompression instead. Fails the build if pdfmake's code no longer matches.
const TARGET = /[\\/]pdfmake[\\/]build[\\/]pdfmake\.js$/;
const EAGER_INIT = '\nBrotliDictionary.init();\n';
const DECOMPRESS = 'function BrotliDecompress(input, output) {\n';

/** @returns {import('vite').Plugin} */
export function pdfmakeLazyBrotli() {
  return {
    name: 'pdfmake-lazy-brotli',
    enforce: 'pre',
    transform(code, id) {
      if (!TARGET.test(id.split('?')[0])) return null;
      if (code.split(EAGER_INIT).length !== 2 || code.split(DECOMPRESS).length !== 2)
        throw new Error('pdfmake-lazy-brotli: pdfmake’s Brotli decoder changed, update the plugin');
      return {
        code: code.replace(EAGER_INIT, '\nvar dictionaryStarted = false;\n').replace(
          DECOMPRESS,
          // The dictionary's own decompression (inside init) must not start it again.
          `${DECOMPRESS}  if (!dictionaryStarted) { dictionaryStarted = true; BrotliDictionary.init(); }\n`,
        ),
        map: null,
      };
    },
  };
}
