import { describe, expect, it, vi } from 'vitest';
import { dialogHandlers } from './dialog-handlers';

describe('dialogHandlers', () => {
  it('clears the previous errors when a dialog opens or closes', () => {
    const setDialog = vi.fn();
    const clearErrors = vi.fn();
    const h = dialogHandlers<{ kind: 'add' }>(setDialog, clearErrors);
    h.open({ kind: 'add' });
    expect(setDialog).toHaveBeenLastCalledWith({ kind: 'add' });
    h.close();
    expect(setDialog).toHaveBeenLastCalledWith(null);
    expect(clearErrors).toHaveBeenCalledTimes(2);
  });

  it('closes after a write that went through and keeps the dialog open after a refusal', () => {
    const setDialog = vi.fn();
    const h = dialogHandlers(setDialog, vi.fn());
    expect(h.done(undefined)).toBe(false);
    expect(setDialog).not.toHaveBeenCalled();
    expect(h.done({ id: 'a' })).toBe(true);
    expect(setDialog).toHaveBeenCalledWith(null);
  });
});
