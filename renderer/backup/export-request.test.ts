import { afterEach, describe, expect, it, vi } from 'vitest';
import { seededDb } from '../../test/support/seed-register';
import { buildExport } from '../db/export-import/export';
import { buildBackupBytes, runExportRequest, type ExportRequest } from './export-request';

const NOW = new Date('2026-12-05T08:30:00.000Z');

/** A stand-in for the browser's Worker that runs the worker's side in this thread. */
class InlineWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  static started = 0;
  static terminated = 0;
  constructor() {
    InlineWorker.started++;
  }
  postMessage(request: ExportRequest) {
    void runExportRequest(request).then((data) => this.onmessage?.({ data }));
  }
  terminate() {
    InlineWorker.terminated++;
  }
}

/** A worker whose script cannot load (an old browser, a blocked file). */
class BrokenWorker extends InlineWorker {
  override postMessage() {
    setTimeout(() => this.onerror?.({ message: 'failed to load' }), 0);
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('backup export off the window’s thread', () => {
  it('gives the same bytes in the worker as in this thread, and ends the worker', async () => {
    const { db } = await seededDb();
    const options = { appVersion: '1.0.0', reason: 'Sauvegarde au démarrage', now: NOW };
    const expected = await buildExport(db, { ...options, now: () => NOW });
    vi.stubGlobal('Worker', InlineWorker);
    InlineWorker.started = InlineWorker.terminated = 0;
    const built = await buildBackupBytes(db, options);
    expect(InlineWorker.started).toBe(1);
    expect(InlineWorker.terminated).toBe(1);
    expect(new TextDecoder().decode(built.bytes)).toBe(new TextDecoder().decode(expected.bytes));
    expect(built.header.bodySha256).toBe(expected.header.bodySha256);
  });

  it('still takes the backup in this thread when the worker cannot start', async () => {
    const { db } = await seededDb();
    const options = { appVersion: '1.0.0', reason: 'Sauvegarde quotidienne', now: NOW };
    vi.stubGlobal('Worker', BrokenWorker);
    const built = await buildBackupBytes(db, options);
    const expected = await buildExport(db, { ...options, now: () => NOW });
    expect(built.bytes).toEqual(expected.bytes);
  });

  it('reports a failure of the export itself as an error, not as an empty backup', async () => {
    const response = await runExportRequest({
      databaseName: `absent-${Math.random()}`,
      appVersion: '1.0.0',
      reason: 'x',
      now: 'not a date',
    });
    expect(response).toEqual({ ok: false, message: expect.any(String) as string });
  });
});
