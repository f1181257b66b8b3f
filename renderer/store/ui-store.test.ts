import { afterEach, describe, expect, it, vi } from 'vitest';
import { autoDismissMs, resetUiStore, useUiStore } from './ui-store';

afterEach(() => {
  vi.useRealTimers();
  resetUiStore();
});

describe('notices', () => {
  it('success messages go away by themselves after long enough to be read; alerts stay', () => {
    vi.useFakeTimers();
    const { notify } = useUiStore.getState();
    notify('ok', 'Décision enregistrée.');
    const long = 'x'.repeat(400);
    notify('ok', long);
    notify('alerte', 'Quota atteint.');
    expect(useUiStore.getState().notices).toHaveLength(3);
    vi.advanceTimersByTime(6_900);
    expect(useUiStore.getState().notices).toHaveLength(3);
    vi.advanceTimersByTime(200);
    expect(useUiStore.getState().notices.map((n) => n.message)).toEqual([long, 'Quota atteint.']);
    vi.advanceTimersByTime(20_000);
    expect(useUiStore.getState().notices.map((n) => n.message)).toEqual(['Quota atteint.']);
    expect(autoDismissMs('court')).toBe(7_000);
    expect(autoDismissMs(long)).toBe(20_000);
  });

  it('returns the id to dismiss an error once fixed, and does not stack the same message twice', () => {
    const { notify, dismiss } = useUiStore.getState();
    const id = notify('alerte', 'Indiquez le motif.');
    notify('alerte', 'Indiquez le motif.');
    expect(useUiStore.getState().notices).toHaveLength(1);
    dismiss(useUiStore.getState().notices[0]!.id);
    expect(useUiStore.getState().notices).toHaveLength(0);
    expect(typeof id).toBe('number');
  });
});
