/**
 * Document generation: in a Web Worker (one, started on first use, fonts loaded once), or in
 * the main thread where no Worker exists (tests). Tests may also install their own renderer.
 */
import type { RenderRequest } from './render';
import type { WorkerRequest, WorkerResponse } from './pdf.worker';

export type Renderer = (
  request: RenderRequest,
  onProgress?: (fraction: number) => void,
) => Promise<Uint8Array>;

let override: Renderer | undefined;
/** For tests: render with `renderer` instead of the worker (undefined restores it). */
export function setDocumentRenderer(renderer: Renderer | undefined) {
  override = renderer;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<
  number,
  {
    resolve: (b: Uint8Array) => void;
    reject: (e: Error) => void;
    onProgress: ((f: number) => void) | undefined;
  }
>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), {
      type: 'module',
      name: 'documents',
    });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const job = pending.get(message.id);
      if (!job) return;
      if (message.type === 'progress') job.onProgress?.(message.fraction);
      else {
        pending.delete(message.id);
        if (message.type === 'done') job.resolve(message.bytes);
        else job.reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      for (const job of pending.values())
        job.reject(new Error(event.message || 'La génération du document a échoué.'));
      pending.clear();
      worker?.terminate();
      worker = undefined;
    };
  }
  return worker;
}

/**
 * Starts the worker and loads the fonts ahead of the first document (called by the screens
 * that issue documents when they open): the user's first PDF does not pay for them. A screen
 * that already knows its document passes it: its long table is laid out unseen (the words
 * shaped) once the worker is warm, unless the user asks for a document first.
 */
export function prepareDocumentGeneration(document?: RenderRequest): void {
  if (override || typeof Worker === 'undefined') return;
  const message: WorkerRequest = document
    ? { id: 0, warmUp: true, document: { ...document, snapshot: plainCopy(document.snapshot) } }
    : { id: 0, warmUp: true };
  getWorker().postMessage(message);
}

/** The snapshot is plain JSON: cloning it is cheap and safe. */
const plainCopy = (snapshot: unknown): unknown => JSON.parse(JSON.stringify(snapshot));

/**
 * `prepareDocumentGeneration` once the page is idle (at most `timeoutMs` later): the app calls
 * it when its first screen has its data, so that a screen that issues documents, opened later,
 * finds the worker's code, fonts and layout paths loaded (in the worker's own thread, not the
 * window's); a screen that knows its document gives it (`document`, built when idle too).
 * Returns a function that cancels it if it has not started yet.
 */
export function prepareDocumentGenerationWhenIdle(
  timeoutMs = 2000,
  document?: () => RenderRequest | undefined,
): () => void {
  const prepare = () => prepareDocumentGeneration(document?.());
  if (typeof requestIdleCallback !== 'function') {
    const id = setTimeout(prepare, 0);
    return () => clearTimeout(id);
  }
  const id = requestIdleCallback(prepare, { timeout: timeoutMs });
  return () => cancelIdleCallback(id);
}

export async function generateDocumentBytes(
  request: RenderRequest,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  if (override) return override(request, onProgress);
  if (typeof Worker === 'undefined') {
    const { renderDocument } = await import('./render');
    return renderDocument(request, onProgress);
  }
  const id = nextId++;
  const w = getWorker();
  return new Promise<Uint8Array>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    const message: WorkerRequest = { id, ...request, snapshot: plainCopy(request.snapshot) };
    w.postMessage(message);
  });
}
