import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  ensureSingleInstance,
  type FocusableWindow,
  type SingleInstanceApp,
} from './single-instance';

function fakeApp(lock: boolean) {
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
  });
  return app;
}

function fakeWindow(state: { minimized?: boolean; visible?: boolean; destroyed?: boolean } = {}) {
  return {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized ?? false,
    isVisible: () => state.visible ?? true,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('ensureSingleInstance', () => {
  it('quits when another instance holds the lock', () => {
    const app = fakeApp(false);
    expect(ensureSingleInstance(app as unknown as SingleInstanceApp, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('keeps running with the lock and focuses the existing window on second-instance', () => {
    const app = fakeApp(true);
    const win = fakeWindow({ minimized: true, visible: false });
    expect(
      ensureSingleInstance(
        app as unknown as SingleInstanceApp,
        () => win as unknown as FocusableWindow,
      ),
    ).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, [], '/');
    expect(win.restore).toHaveBeenCalledTimes(1);
    expect(win.show).toHaveBeenCalledTimes(1);
    expect(win.focus).toHaveBeenCalledTimes(1);
  });

  it('only focuses a window that is already visible and not minimized', () => {
    const app = fakeApp(true);
    const win = fakeWindow();
    ensureSingleInstance(app as unknown as SingleInstanceApp, () => win);
    app.emit('second-instance', {}, [], '/');
    expect(win.restore).not.toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalledTimes(1);
  });

  it('does nothing when there is no window (yet) or it was destroyed', () => {
    const app = fakeApp(true);
    const destroyed = fakeWindow({ destroyed: true });
    let current: ReturnType<typeof fakeWindow> | null = null;
    ensureSingleInstance(app as unknown as SingleInstanceApp, () => current);
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow();
    current = destroyed;
    app.emit('second-instance', {}, [], '/');
    expect(destroyed.focus).not.toHaveBeenCalled();
  });
});
