/** The app's PDF reader: pdfjs with its worker served from the app itself (offline). */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { readPdfText } from './pdf-reader';

export async function pdfFileToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return readPdfText(pdfjs, bytes);
}
