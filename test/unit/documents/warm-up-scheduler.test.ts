import { describe, expect, it } from 'vitest';
import { createWarmUpScheduler } from '../../../renderer/documents/warm-up';

/** A warm-up step that records its start and end and finishes when the test says so. */
function controlledStep(name: string, log: string[]) {
  let markStarted!: () => void;
  let finish!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const run = () =>
    new Promise<void>((resolve) => {
      log.push(`${name}:start`);
      finish = () => {
        log.push(`${name}:end`);
        resolve();
      };
      markStarted();
    });
  return { run, started, finish: () => finish() };
}

describe('documents worker warm-up scheduler', () => {
  it('runs every step, one at a time, when no request comes', async () => {
    const log: string[] = [];
    const steps = ['fonts', 'form', 'report'].map((n) => async () => void log.push(n));
    await createWarmUpScheduler(steps).warmUp();
    expect(log).toEqual(['fonts', 'form', 'report']);
  });

  it('an export requested during the warm-up completes, after the step in progress only, and the steps left are dropped', async () => {
    const log: string[] = [];
    const fonts = controlledStep('fonts', log);
    const form = controlledStep('form', log);
    const report = controlledStep('report', log);
    const scheduler = createWarmUpScheduler([
      () => fonts.run(),
      () => form.run(),
      () => report.run(),
    ]);
    const warm = scheduler.warmUp();
    await fonts.started;
    const exported = scheduler.request(async () => {
      log.push('user');
      return 'pdf-bytes';
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Never interleaved with the step in progress (pdfmake keeps global state).
    expect(log).toEqual(['fonts:start']);
    fonts.finish();
    await expect(exported).resolves.toBe('pdf-bytes');
    await warm;
    expect(log).toEqual(['fonts:start', 'fonts:end', 'user']);
  });

  it('a request before the first step starts runs at once and no warm-up step runs', async () => {
    const log: string[] = [];
    const scheduler = createWarmUpScheduler([async () => void log.push('fonts')]);
    const warm = scheduler.warmUp();
    await expect(scheduler.request(async () => (log.push('user'), 1))).resolves.toBe(1);
    await warm;
    expect(log).toEqual(['user']);
  });

  it('a failing warm-up step does not fail the warm-up nor the request', async () => {
    const log: string[] = [];
    const scheduler = createWarmUpScheduler([
      () => Promise.reject(new Error('police absente')),
      async () => void log.push('form'),
    ]);
    await scheduler.warmUp();
    expect(log).toEqual(['form']);
    await expect(scheduler.request(async () => 'ok')).resolves.toBe('ok');
  });

  it('a step a screen queues later runs after the first steps, or is dropped by a request', async () => {
    const log: string[] = [];
    const scheduler = createWarmUpScheduler([async () => void log.push('fonts')]);
    void scheduler.warmUp();
    await scheduler.warmUp([async () => void log.push('report words')]);
    expect(log).toEqual(['fonts', 'report words']);
    // Base steps run once; a screen opened later queues its own step only.
    await scheduler.warmUp([async () => void log.push('again')]);
    expect(log).toEqual(['fonts', 'report words', 'again']);
    const dropped = scheduler.warmUp([async () => void log.push('dropped')]);
    await scheduler.request(async () => void log.push('user'));
    await dropped;
    expect(log).toEqual(['fonts', 'report words', 'again', 'user']);
  });

  it('no step starts while a request is running', async () => {
    const log: string[] = [];
    const user = controlledStep('user', log);
    const scheduler = createWarmUpScheduler([]);
    const exported = scheduler.request(() => user.run());
    await user.started;
    const warm = scheduler.warmUp([async () => void log.push('report words')]);
    await warm;
    user.finish();
    await exported;
    expect(log).toEqual(['user:start', 'user:end']);
  });
});
