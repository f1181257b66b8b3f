/**
 * The documents worker's warm-up, out of the user's way. The warm-up is a list of steps (load
 * the fonts, build a made-up form, a tiny report) run one at a time, the worker's event loop
 * free between them. The user's first request never queues behind it: it waits at most for
 * the one step in progress (never interleaved with it — pdfmake keeps global state), then runs
 * at once, and the steps left are dropped (the user's document warms the same paths). A screen
 * that knows its document may queue one more step (`warmUp([step])`, e.g. shaping a report's
 * words): it runs after the steps before it, never during a user's request.
 */
export interface WarmUpScheduler {
  /**
   * Starts the warm-up (its steps once), then the `extra` steps; while it runs, later calls
   * queue their extra steps and return the same run.
   */
  warmUp(extra?: readonly (() => Promise<void>)[]): Promise<void>;
  /** Runs the user's work ahead of every warm-up step not yet started. */
  request<T>(work: () => Promise<T>): Promise<T>;
}

/** Lets the event loop take a message (a user request) before the next warm-up step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createWarmUpScheduler(steps: readonly (() => Promise<void>)[]): WarmUpScheduler {
  let run: Promise<void> | undefined;
  let started = false;
  /** Steps not started yet: a user's request drops them. */
  const queue: (() => Promise<void>)[] = [];
  /** The warm-up step running now, if any. */
  let current: Promise<void> | undefined;
  /** User requests not finished: no step starts meanwhile. */
  let requests = 0;
  const drain = async () => {
    for (;;) {
      await nextTask();
      const step = requests ? undefined : queue.shift();
      if (!step) break;
      current = step().catch(() => undefined);
      await current;
      current = undefined;
    }
    queue.length = 0;
    run = undefined;
  };
  return {
    warmUp(extra = []) {
      if (!started) queue.push(...steps);
      started = true;
      queue.push(...extra);
      run ??= drain();
      return run;
    },
    async request<T>(work: () => Promise<T>): Promise<T> {
      queue.length = 0;
      requests++;
      try {
        if (current) await current;
        return await work();
      } finally {
        requests--;
      }
    },
  };
}
