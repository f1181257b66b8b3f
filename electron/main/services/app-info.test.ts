import { describe, expect, it } from 'vitest';
import { createAppInfo } from './app-info';

describe('createAppInfo', () => {
  it('reports name, version, folders and platform', () => {
    const app = {
      getName: () => 'Convention MCP',
      getVersion: () => '0.1.0',
      getPath: (name: string) =>
        name === 'userData' ? 'C:\\Users\\a\\AppData\\Roaming\\Convention MCP' : 'x',
    };
    const info = createAppInfo({
      app: app,
      backupFolder: 'C:\\Users\\a\\AppData\\Roaming\\Convention MCP\\Sauvegardes',
      platform: 'win32',
    })();
    expect(info).toEqual({
      name: 'Convention MCP',
      version: '0.1.0',
      dataFolder: 'C:\\Users\\a\\AppData\\Roaming\\Convention MCP',
      backupFolder: 'C:\\Users\\a\\AppData\\Roaming\\Convention MCP\\Sauvegardes',
      platform: 'win32',
    });
  });
});
