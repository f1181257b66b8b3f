/**
 * The DejaVu font files, bundled as assets by Vite and registered once in pdfmake's virtual
 * file system (the same files the Node tests register by path).
 */
import sansBoldUrl from '../../resources/fonts/DejaVuSans-Bold.ttf?url';
import sansObliqueUrl from '../../resources/fonts/DejaVuSans-Oblique.ttf?url';
import sansUrl from '../../resources/fonts/DejaVuSans.ttf?url';
import condensedBoldUrl from '../../resources/fonts/DejaVuSansCondensed-Bold.ttf?url';
import condensedUrl from '../../resources/fonts/DejaVuSansCondensed.ttf?url';
import type { FontFile } from '../../shared/documents/fonts';

export const FONT_URLS: Record<FontFile, string> = {
  'DejaVuSans.ttf': sansUrl,
  'DejaVuSans-Bold.ttf': sansBoldUrl,
  'DejaVuSans-Oblique.ttf': sansObliqueUrl,
  'DejaVuSansCondensed.ttf': condensedUrl,
  'DejaVuSansCondensed-Bold.ttf': condensedBoldUrl,
};

/** A virtual file system entry holding the bytes themselves (pdfmake copies them as they are). */
export interface FontVfsEntry {
  data: Uint8Array;
  /** Read by pdfmake only for string data: bytes are taken as they are. */
  encoding: 'base64';
}

let fontFiles: Promise<(readonly [FontFile, Uint8Array])[]> | undefined;

/**
 * Every font file's bytes, fetched once. The worker starts this before it evaluates pdfmake
 * (`font-prefetch.ts`), so the fetches run while pdfmake's code loads.
 */
export function fetchFontFiles(): Promise<(readonly [FontFile, Uint8Array])[]> {
  fontFiles ??= Promise.all(
    (Object.entries(FONT_URLS) as [FontFile, string][]).map(async ([file, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Police ${file} introuvable (${response.status}).`);
      return [file, new Uint8Array(await response.arrayBuffer())] as const;
    }),
  );
  fontFiles.catch(() => {
    fontFiles = undefined;
  });
  return fontFiles;
}

/**
 * The virtual file system of every font, fetched from the bundled assets: the bytes as they
 * are (no base64 text encoded here for pdfmake to decode again).
 */
export async function loadFontVfs(): Promise<Record<string, FontVfsEntry>> {
  return fontVfs(await fetchFontFiles());
}

/** pdfmake's virtual file system entries of these font files' bytes. */
export function fontVfs(
  files: readonly (readonly [FontFile, Uint8Array])[],
): Record<string, FontVfsEntry> {
  return Object.fromEntries(files.map(([file, data]) => [file, { data, encoding: 'base64' }]));
}
