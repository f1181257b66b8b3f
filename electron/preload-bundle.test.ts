// Lives outside electron/preload/ because it needs Node (esbuild, vm), which lint forbids there.
// Builds the real preload entry the way scripts/build-electron.mjs does, then runs it in a VM
// with a fake 'electron': checks what a sandboxed preload may require, and what the page gets.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../shared/ipc/channels';

let code = '';

beforeAll(async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./preload/index.ts', import.meta.url))],
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'chrome140',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  code = result.outputFiles[0]?.text ?? '';
});

function runPreload() {
  const exposed = new Map<string, unknown>();
  const invoke = vi.fn(async (channel: string) => `answer to ${channel}`);
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() },
  };
  const module = { exports: {} };
  runInNewContext(code, {
    module,
    exports: module.exports,
    require: (id: string) => {
      required.push(id);
      if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
      return electron;
    },
  });
  return { exposed, invoke, required };
}

describe('preload bundle', () => {
  it('is small and requires nothing but electron', () => {
    expect(code.length).toBeLessThan(10_000);
    const { required } = runPreload();
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes exactly one object, conventionApi, without ipcRenderer', () => {
    const { exposed } = runPreload();
    expect([...exposed.keys()]).toEqual(['conventionApi']);
    const api = exposed.get('conventionApi') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([
      'backups',
      'getAppInfo',
      'journalSeal',
      'openExternal',
      'revealFile',
      'saveFile',
    ]);
    for (const value of Object.values(api)) expect(value).not.toHaveProperty('invoke');
  });

  it('routes calls through ipcRenderer.invoke on the contract channels', async () => {
    const { exposed, invoke } = runPreload();
    const api = exposed.get('conventionApi') as {
      getAppInfo(): Promise<unknown>;
      backups: { list(): Promise<unknown> };
    };
    await expect(api.getAppInfo()).resolves.toBe(`answer to ${IPC.appInfo}`);
    await api.backups.list();
    expect(invoke.mock.calls.map((c) => c[0])).toEqual([IPC.appInfo, IPC.backupList]);
  });
});
