/// <reference lib="webworker" />
/**
 * Builds document bytes off the main thread: the window never freezes, even for a long
 * report. Messages: `{ id, kind, format, snapshot }` in; `progress`, `done` (bytes,
 * transferred) or `error` (French message) out.
 */
import { prepareFonts, renderDocument, type RenderRequest } from './render';

/** A document to build, or (`warmUp`) only the fonts to load ahead of the first one. */
export type WorkerRequest = (RenderRequest & { id: number; warmUp?: undefined }) | { id: number; warmUp: true };
export type WorkerResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  if (event.data.warmUp) {
    void prepareFonts().catch(() => undefined);
    return;
  }
  const { id, warmUp: _warmUp, ...request } = event.data;
  const post = (message: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  renderDocument(request, (fraction) => post({ id, type: 'progress', fraction })).then(
    (bytes) => post({ id, type: 'done', bytes }, [bytes.buffer]),
    (error: unknown) => post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
