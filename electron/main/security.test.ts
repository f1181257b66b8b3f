import { EventEmitter } from 'node:events';
import type { HandlerDetails, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createExternalOpener } from './external-links';
import {
  guardWebContents,
  hardenSession,
  installWebContentsGuards,
  type HardenedSession,
} from './security';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => vi.restoreAllMocks();
});

class FakeContents extends EventEmitter {
  openHandler: ((details: HandlerDetails) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: HandlerDetails) => { action: string }): void {
    this.openHandler = handler;
  }
}

function setup() {
  const shell = { openExternal: vi.fn(async () => undefined) };
  const contents = new FakeContents();
  guardWebContents(contents as unknown as WebContents, createExternalOpener(shell));
  return { shell, contents };
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

function openDetails(url: string): HandlerDetails {
  return {
    url,
    frameName: '',
    features: '',
    disposition: 'new-window',
    referrer: { url: '', policy: 'default' },
  };
}

describe('guardWebContents', () => {
  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'http://127.0.0.1:5173/',
    'app://other/index.html',
    'app://convention.evil/',
  ])('prevents navigation to a foreign URL: %s', (url) => {
    const { contents } = setup();
    const event = navigationEvent(url);
    contents.emit('will-navigate', event, url);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('lets the app navigate inside app://convention', () => {
    const { contents } = setup();
    const event = navigationEvent('app://convention/index.html#/contacts');
    contents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('prevents redirects away from the app origin but not inside it', () => {
    const { contents } = setup();
    const foreign = navigationEvent('https://evil.example/');
    const own = navigationEvent('app://convention/index.html');
    contents.emit('will-redirect', foreign, foreign.url);
    contents.emit('will-redirect', own, own.url);
    expect(foreign.preventDefault).toHaveBeenCalledTimes(1);
    expect(own.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses every <webview>', () => {
    const { contents } = setup();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('denies window.open and opens an allowlisted URL in the system browser', async () => {
    const { contents, shell } = setup();
    const result = contents.openHandler?.(openDetails('https://www.caf.fr/partenaires'));
    expect(result).toEqual({ action: 'deny' });
    await vi.waitFor(() =>
      expect(shell.openExternal).toHaveBeenCalledWith('https://www.caf.fr/partenaires'),
    );
  });

  it.each([
    'https://evil.example/',
    'http://www.caf.fr/',
    'file:///C:/Windows/System32/calc.exe',
    'https://www.caf.fr.evil.example/',
  ])('denies window.open and does not open %s', async (url) => {
    const { contents, shell } = setup();
    expect(contents.openHandler?.(openDetails(url))).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('installWebContentsGuards', () => {
  it('guards every webContents created later', () => {
    const app = new EventEmitter();
    installWebContentsGuards(app as never, createExternalOpener({ openExternal: vi.fn() }));
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.openHandler?.(openDetails('https://evil.example/'))).toEqual({
      action: 'deny',
    });
    const event = navigationEvent('https://evil.example/');
    contents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function hardened() {
    const handlers: {
      request?: (
        wc: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: unknown,
      ) => void;
      check?: (...args: unknown[]) => boolean;
      device?: (...args: unknown[]) => boolean;
    } = {};
    const session = {
      setPermissionRequestHandler: (h: typeof handlers.request) => (handlers.request = h),
      setPermissionCheckHandler: (h: typeof handlers.check) => (handlers.check = h),
      setDevicePermissionHandler: (h: typeof handlers.device) => (handlers.device = h),
    };
    hardenSession(session as unknown as HardenedSession);
    return handlers;
  }

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
  ])('refuses the permission request %s', (permission) => {
    const handlers = hardened();
    const callback = vi.fn();
    handlers.request?.({}, permission, callback, { requestingUrl: 'app://convention/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(callback).not.toHaveBeenCalledWith(true);
  });

  it('answers false to every permission check, device checks included', () => {
    const handlers = hardened();
    expect(handlers.check?.({}, 'media', 'app://convention', {})).toBe(false);
    expect(handlers.check?.(null, 'notifications', 'https://evil.example', {})).toBe(false);
    expect(handlers.device?.({ deviceType: 'usb', origin: 'app://convention' })).toBe(false);
  });
});
