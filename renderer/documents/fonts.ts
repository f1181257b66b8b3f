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

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** The virtual file system of every font (base64), fetched from the bundled assets. */
export async function loadFontVfs(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(FONT_URLS).map(async ([file, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Police ${file} introuvable (${response.status}).`);
      return [file, toBase64(await response.arrayBuffer())] as const;
    }),
  );
  return Object.fromEntries(entries);
}
