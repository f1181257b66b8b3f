/** The app's PDF reader: pdfjs with its worker served from the app itself (offline). */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfSource } from '../../../shared/import/pdf-source';
import { readPdf } from './pdf-reader';

export async function pdfFileToSource(bytes: Uint8Array, name: string): Promise<PdfSource> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return readPdf(pdfjs, bytes, name);
}
