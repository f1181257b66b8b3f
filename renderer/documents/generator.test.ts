import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the documents worker: records what it was created with and sent. */
class FakeWorker {
  static created: FakeWorker[] = [];
  readonly messages: unknown[] = [];
  onmessage: unknown = null;
  onerror: unknown = null;
  constructor(
    readonly url: unknown,
    readonly options: unknown,
  ) {
    FakeWorker.created.push(this);
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  terminate() {}
}

describe('documents worker started when the app is idle', () => {
  let idle: (() => void)[] = [];
  beforeEach(() => {
    vi.resetModules();
    FakeWorker.created = [];
    idle = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
    vi.stubGlobal('cancelIdleCallback', (id: number) => {
      idle[id - 1] = () => undefined;
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('starts the worker and its warm-up only once the page is idle, and once', async () => {
    const { prepareDocumentGenerationWhenIdle, prepareDocumentGeneration } =
      await import('./generator');
    prepareDocumentGenerationWhenIdle();
    expect(FakeWorker.created).toHaveLength(0);
    idle.forEach((work) => work());
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]!.messages).toEqual([{ id: 0, warmUp: true }]);
    // The screen that issues documents opens later: the same worker, warm-up asked again
    // (the worker runs it once).
    prepareDocumentGeneration();
    expect(FakeWorker.created).toHaveLength(1);
  });

  it('does nothing once cancelled before the page was idle', async () => {
    const { prepareDocumentGenerationWhenIdle } = await import('./generator');
    const cancel = prepareDocumentGenerationWhenIdle();
    cancel();
    idle.forEach((work) => work());
    expect(FakeWorker.created).toHaveLength(0);
  });

  it('gives the worker the document a screen expects, built when idle', async () => {
    const { prepareDocumentGenerationWhenIdle } = await import('./generator');
    let built = 0;
    const snapshot = { meta: { conventionId: 'c1' }, rows: [{ name: 'Élodie' }] };
    prepareDocumentGenerationWhenIdle(2000, () => {
      built++;
      return { kind: 'rapport-revue', format: 'pdf', snapshot };
    });
    expect(built).toBe(0);
    idle.forEach((work) => work());
    expect(built).toBe(1);
    expect(FakeWorker.created[0]!.messages).toEqual([
      { id: 0, warmUp: true, document: { kind: 'rapport-revue', format: 'pdf', snapshot } },
    ]);
  });
});
