/**
 * The documents worker's warm-up, out of the user's way. The warm-up is a list of steps (load
 * the fonts, build a made-up form, a tiny report) run one at a time, the worker's event loop
 * free between them. The user's first request never queues behind it: it waits at most for
 * the one step in progress (never interleaved with it — pdfmake keeps global state), then runs
 * at once, and the steps left are dropped (the user's document warms the same paths).
 */
export interface WarmUpScheduler {
  /** Starts the warm-up (once; later calls return the same run). */
  warmUp(): Promise<void>;
  /** Runs the user's work ahead of every warm-up step not yet started. */
  request<T>(work: () => Promise<T>): Promise<T>;
}

/** Lets the event loop take a message (a user request) before the next warm-up step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createWarmUpScheduler(steps: readonly (() => Promise<void>)[]): WarmUpScheduler {
  let run: Promise<void> | undefined;
  /** The warm-up step running now, if any. */
  let current: Promise<void> | undefined;
  let userAsked = false;
  return {
    warmUp() {
      run ??= (async () => {
        for (const step of steps) {
          await nextTask();
          if (userAsked) return;
          current = step().catch(() => undefined);
          await current;
          current = undefined;
        }
      })();
      return run;
    },
    async request<T>(work: () => Promise<T>): Promise<T> {
      userAsked = true;
      if (current) await current;
      return work();
    },
  };
}
