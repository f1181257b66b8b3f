import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayIso } from './use-register';

/** « Today » is read once per UTC hour: it must still change at Paris midnight, winter and summer. */
describe('todayIso', () => {
  afterEach(() => vi.useRealTimers());

  const at = (iso: string) => {
    vi.setSystemTime(new Date(iso));
    return todayIso();
  };

  it('changes at Paris midnight, not at UTC midnight, in winter and in summer', () => {
    vi.useFakeTimers();
    expect(at('2024-01-15T10:00:00Z')).toBe('2024-01-15');
    expect(at('2024-01-15T22:59:59.999Z')).toBe('2024-01-15');
    expect(at('2024-01-15T23:00:00Z')).toBe('2024-01-16'); // 00:00 in Paris (UTC+1)
    expect(at('2024-01-15T23:59:59Z')).toBe('2024-01-16');
    expect(at('2024-07-14T21:59:59.999Z')).toBe('2024-07-14');
    expect(at('2024-07-14T22:00:00Z')).toBe('2024-07-15'); // 00:00 in Paris (UTC+2)
    // The clocks go forward (31 March 2024, 01:00 UTC) and back (27 October 2024, 01:00 UTC).
    expect(at('2024-03-30T22:59:00Z')).toBe('2024-03-30');
    expect(at('2024-03-30T23:00:00Z')).toBe('2024-03-31');
    expect(at('2024-03-31T01:30:00Z')).toBe('2024-03-31');
    expect(at('2024-03-31T21:59:00Z')).toBe('2024-03-31');
    expect(at('2024-03-31T22:00:00Z')).toBe('2024-04-01');
    expect(at('2024-10-26T21:59:00Z')).toBe('2024-10-26');
    expect(at('2024-10-26T22:00:00Z')).toBe('2024-10-27');
    expect(at('2024-10-27T22:59:00Z')).toBe('2024-10-27');
    expect(at('2024-10-27T23:00:00Z')).toBe('2024-10-28');
    // Back in time (a clock put right): read again.
    expect(at('2024-01-15T10:00:00Z')).toBe('2024-01-15');
  });
});
