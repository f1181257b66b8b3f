/// <reference lib="webworker" />
/**
 * Builds document bytes off the main thread: the window never freezes, even for a long
 * report. Messages: `{ id, kind, format, snapshot }` in; `progress`, `done` (bytes,
 * transferred) or `error` (French message) out.
 */
import { renderDocument, type RenderRequest } from './render';

export type WorkerRequest = RenderRequest & { id: number };
export type WorkerResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, ...request } = event.data;
  const post = (message: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  renderDocument(request, (fraction) => post({ id, type: 'progress', fraction })).then(
    (bytes) => post({ id, type: 'done', bytes }, [bytes.buffer]),
    (error: unknown) => post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
