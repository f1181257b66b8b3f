/// <reference lib="webworker" />
/**
 * Builds document bytes off the main thread: the window never freezes, even for a long
 * report. Messages: `{ id, kind, format, snapshot }` in; `progress`, `done` (bytes,
 * transferred) or `error` (French message) out.
 */
// First: starts fetching the fonts before pdfmake's code is evaluated (see font-prefetch.ts).
import './font-prefetch';
import { prepareDocument, renderDocument, WARM_UP_STEPS, type RenderRequest } from './render';
import { createWarmUpScheduler } from './warm-up';

/**
 * A document to build, or (`warmUp`) the fonts and layout paths to load ahead of the first
 * one, with the `document` the screen expects, if it knows it (see `prepareDocument`).
 */
export type WorkerRequest =
  | (RenderRequest & { id: number; warmUp?: undefined })
  | { id: number; warmUp: true; document?: RenderRequest };
export type WorkerResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** The warm-up gives way to the user's requests (it never delays one by more than a step). */
const scheduler = createWarmUpScheduler(WARM_UP_STEPS);

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  if (event.data.warmUp) {
    const { document } = event.data;
    void scheduler.warmUp(document ? [() => prepareDocument(document)] : []);
    return;
  }
  const { id, warmUp: _warmUp, ...request } = event.data;
  const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
    scope.postMessage(message, transfer);
  scheduler
    .request(() => renderDocument(request, (fraction) => post({ id, type: 'progress', fraction })))
    .then(
      (bytes) => post({ id, type: 'done', bytes }, [bytes.buffer]),
      (error: unknown) =>
        post({
          id,
          type: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
};
