import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pinAppIdentity } from './app-identity';

function fakeApp() {
  const paths = new Map<string, string>([
    ['appData', join('/home', 'agent', 'AppData', 'Roaming')],
    ['userData', join('/home', 'agent', 'AppData', 'Roaming', 'convention-mcp')],
  ]);
  const app = {
    name: 'convention-mcp',
    setName: vi.fn((name: string) => {
      app.name = name;
    }),
    getPath: vi.fn((name: string) => paths.get(name) ?? ''),
    setPath: vi.fn((name: string, value: string) => {
      paths.set(name, value);
    }),
    setAppUserModelId: vi.fn(),
  };
  return { app, paths };
}

describe('pinAppIdentity', () => {
  it('pins the app name and userData to « Convention MCP » under appData', () => {
    const { app, paths } = fakeApp();
    const userData = pinAppIdentity(app, 'linux');
    const expected = join('/home', 'agent', 'AppData', 'Roaming', 'Convention MCP');
    expect(app.name).toBe('Convention MCP');
    expect(userData).toBe(expected);
    expect(paths.get('userData')).toBe(expected);
    expect(paths.get('sessionData')).toBe(expected);
    expect(app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('does not depend on the current (package) name', () => {
    const { app, paths } = fakeApp();
    app.name = 'renamed-package';
    paths.set('userData', '/elsewhere');
    pinAppIdentity(app, 'linux');
    expect(paths.get('userData')).toBe(
      join('/home', 'agent', 'AppData', 'Roaming', 'Convention MCP'),
    );
  });

  it('sets the Windows AppUserModelID to the appId', () => {
    const { app } = fakeApp();
    pinAppIdentity(app, 'win32');
    expect(app.setAppUserModelId).toHaveBeenCalledWith('fr.conventionmcp.app');
  });
});
