/**
 * The 13 direct tamperings of the audit, each done on the stored data (as a tool editing
 * IndexedDB would), then « Vérifier l'intégrité »: detected, or — for what no check without
 * a key can see — shown by the desktop app's seal or a copy of the head, and said on the
 * screen as out of reach of the unkeyed check.
 */
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJournalSeal, type SafeStorageLike } from '../../electron/main/services/journal-seal';
import { buildEntry, computeEntryHash, verifyChain } from '../../shared/domain/journal-chain';
import { compareWithHead } from '../../shared/domain/journal-integrity';
import type { JournalEntry } from '../../shared/domain/schemas';
import type { AppDatabase } from '../../renderer/db/database';
import { buildExport } from '../../renderer/db/export-import/export';
import {
  checkIntegrity,
  integrityLimits,
  integrityOk,
  integrityVerdicts,
} from '../../renderer/db/integrity-report';
import { sealJournalHead } from '../../renderer/db/journal-sealer';
import { JOURNAL_HEAD_KEY } from '../../renderer/db/register-writer';
import { applyPurge, planPurge } from '../../renderer/db/repositories/purge';
import { saveAgent } from '../../renderer/db/repositories/roster';
import type { JournalSealer } from '../../renderer/platform';
import { frenchTypographyIssues } from '../../shared/domain/text';
import { seededDb, seedActor } from '../support/seed-register';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'tampering-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const safeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (t) => Buffer.from(t).reverse(),
  decryptString: (b) => Buffer.from(b).reverse().toString(),
};

const later = { ...seedActor, now: () => new Date('2026-11-24T09:00:00Z') };

/** A register with edits, a revocation and a purge (legitimately erased payloads), sealed. */
async function register() {
  const seeded = await seededDb({ oldRevocation: true });
  const { db, agents } = seeded;
  await saveAgent(db, seedActor, { ...agents[0]!, function: 'Conseillère ESF' });
  await applyPurge(db, later, await planPurge(db, '2026-11-23'));
  // The last two entries: an agent edited twice.
  await saveAgent(db, later, { ...agents[1]!, service: 'Accueil' });
  await saveAgent(db, later, { ...agents[1]!, service: 'Accueil social' });
  const sealer: JournalSealer = createJournalSeal({ safeStorage, userDataPath: dir });
  await sealJournalHead(db, sealer);
  const backup = await buildExport(db, { appVersion: '0.1.0' });
  return { ...seeded, sealer, backupHead: backup.header.journalHead! };
}

async function entries(db: AppDatabase) {
  return db.journal.orderBy('seq').toArray();
}

async function verdicts(db: AppDatabase, sealer?: JournalSealer) {
  const report = await checkIntegrity(db, sealer);
  const list = integrityVerdicts(report);
  for (const text of [
    ...list.flatMap((v) => [v.text, ...(v.details ?? [])]),
    ...integrityLimits(report.seal),
  ]) {
    expect(frenchTypographyIssues(text), text).toEqual([]);
  }
  return {
    report,
    list,
    ok: integrityOk(list),
    failed: list.filter((v) => v.level === 'fail').map((v) => v.title),
  };
}

/** Rewrites the hashes from `from` on, and the head record, as a careful forger would. */
async function rechain(db: AppDatabase, all: JournalEntry[], from: number) {
  const out: JournalEntry[] = [];
  let prev: JournalEntry | undefined;
  for (const e of all) {
    if (e.seq < from) {
      prev = e;
      out.push(e);
      continue;
    }
    const next = { ...e, prevHash: prev!.hash };
    next.hash = computeEntryHash(next);
    out.push(next);
    prev = next;
  }
  await db.journal.clear();
  await db.journal.bulkPut(out);
  await db.meta.put({ key: JOURNAL_HEAD_KEY, value: { seq: prev!.seq, hash: prev!.hash } });
}

describe('13 tamperings of the journal and data', () => {
  it('before any tampering: every check passes, sealed, and the screen says what it cannot detect', async () => {
    const { db, sealer } = await register();
    const { ok, list, report } = await verdicts(db, sealer);
    expect(list.filter((v) => v.level !== 'ok')).toEqual([]);
    expect(ok).toBe(true);
    expect(report.seal).toMatchObject({ kind: 'sealed', unsealed: 0 });
    expect(integrityLimits(report.seal).join(' ')).toContain(
      'programme qui agirait depuis l’application',
    );
    expect(integrityLimits({ kind: 'web' }).join(' ')).toContain('n’est pas détecté ici');
  });

  it('1. cut the end of the chain: detected (the head recorded apart is missing)', async () => {
    const { db } = await register();
    const all = await entries(db);
    await db.journal.bulkDelete(all.slice(-2).map((e) => e.seq));
    const { ok, failed, report } = await verdicts(db);
    expect(ok).toBe(false);
    expect(failed).toContain('Chaîne du journal');
    expect(report.startup.journal.chain).toMatchObject({ ok: false, kind: 'truncated' });
  });

  it('2. cut the end and move the head: detected by the rows the cut entries wrote, by the seal, by an earlier copy', async () => {
    const { db, sealer, backupHead, agents } = await register();
    const all = await entries(db);
    const kept = all.slice(0, -2);
    await db.journal.bulkDelete(all.slice(-2).map((e) => e.seq));
    await db.meta.put({
      key: JOURNAL_HEAD_KEY,
      value: { seq: kept.at(-1)!.seq, hash: kept.at(-1)!.hash },
    });
    const plain = await verdicts(db);
    expect(plain.failed).toEqual(['Données et journal']);
    // The forger also puts the row back as the remaining journal says: only the seal and
    // earlier copies of the head can show it (said on the screen for the web version).
    await db.agents.put(agents[1]!);
    const web = await verdicts(db);
    expect(web.ok).toBe(true);
    expect(integrityLimits(web.report.seal).join(' ')).toContain('coupure de la fin du journal');
    const keyed = await verdicts(db, sealer);
    expect(keyed.failed).toEqual(['Sceau du poste (clé protégée par le système)']);
    expect(compareWithHead(await entries(db), backupHead)).toMatchObject({ status: 'missing' });
    // The next change through the app does not move the seal over the cut.
    await saveAgent(db, later, { ...agents[3]!, service: 'Accueil' });
    await sealJournalHead(db, sealer);
    expect((await verdicts(db, sealer)).failed).toContain(
      'Sceau du poste (clé protégée par le système)',
    );
  });

  it('3. rewrite the chain from entry k: not detectable without a key; the seal and an earlier copy show it', async () => {
    const { db, sealer, backupHead } = await register();
    const all = await entries(db);
    const k = 4;
    all[k - 1] = { ...all[k - 1]!, summary: 'Résumé réécrit', actor: 'Quelqu’un d’autre' };
    await rechain(db, all, k);
    expect(verifyChain(await entries(db)).ok).toBe(true);
    const web = await verdicts(db);
    expect(web.ok).toBe(true);
    expect(integrityLimits(web.report.seal).join(' ')).toContain(
      'réécrit avec un outil à la fois les données et tout le journal',
    );
    const keyed = await verdicts(db, sealer);
    expect(keyed.failed).toEqual(['Sceau du poste (clé protégée par le système)']);
    expect(keyed.list.find((v) => v.level === 'fail')?.text).toContain('réécrit');
    expect(compareWithHead(await entries(db), backupHead)).toMatchObject({ status: 'different' });
  });

  it('4. null a payload never purged: detected', async () => {
    const { db } = await register();
    const target = (await entries(db)).find((e) => e.entity === 'conventions')!;
    await db.journal.put({ ...target, payload: null });
    const { failed, list } = await verdicts(db);
    expect(failed).toContain('Détails effacés');
    expect(list.find((v) => v.title === 'Détails effacés')?.details).toEqual([
      `Entrée n°\u00a0${target.seq}`,
    ]);
  });

  it('   …while the payloads a purge erased verify', async () => {
    const { db } = await register();
    expect((await entries(db)).filter((e) => e.payload === null).length).toBeGreaterThan(2);
    expect((await verdicts(db)).failed).toEqual([]);
  });

  it('5. edit a data row directly: detected (« modifiée hors de l’application »)', async () => {
    const { db, agents } = await register();
    await db.agents.update(agents[0]!.id, { lastName: 'DUPONT' });
    const { failed, list } = await verdicts(db);
    expect(failed).toEqual(['Données et journal']);
    expect(list.find((v) => v.title === 'Données et journal')?.details?.[0]).toContain(
      'modifiée hors de l’application',
    );
  });

  it('   …a purged row edited directly too (checked against the purge’s digest)', async () => {
    const { db, agents } = await register();
    await db.agents.update(agents[2]!.id, { lastName: 'Nom rétabli' });
    expect((await verdicts(db)).failed).toEqual(['Données et journal']);
  });

  it('6. delete a data row: detected', async () => {
    const { db, agents } = await register();
    await db.agents.delete(agents[4]!.id);
    const { list } = await verdicts(db);
    expect(list.find((v) => v.title === 'Données et journal')?.details?.[0]).toContain(
      'supprimée hors de l’application',
    );
  });

  it('7. add a row directly: detected', async () => {
    const { db, agents } = await register();
    await db.agents.add({ ...agents[0]!, id: 'ajout-direct', lastName: 'FANTÔME' });
    const { list } = await verdicts(db);
    expect(list.find((v) => v.title === 'Données et journal')?.details).toEqual([
      'Agents «\u00a0ajout-direct\u00a0»\u00a0: ajoutée hors de l’application (aucune entrée du journal)',
    ]);
  });

  it('8. reorder entries: detected', async () => {
    const { db } = await register();
    const all = await entries(db);
    const [a, b] = [all[5]!, all[6]!];
    // Each entry's content under the other's number (the store is keyed by seq).
    await db.table('journal').bulkPut([
      { ...b, seq: a.seq },
      { ...a, seq: b.seq },
    ]);
    expect((await verdicts(db)).failed).toContain('Chaîne du journal');
  });

  it('9. change a timestamp: detected', async () => {
    const { db } = await register();
    const e = (await entries(db))[3]!;
    await db.journal.put({ ...e, at: '2020-01-01T00:00:00.000Z' });
    expect((await verdicts(db)).report.startup.journal.chain).toMatchObject({
      ok: false,
      kind: 'hash',
      firstBrokenSeq: e.seq,
    });
  });

  it('10. change an author: detected', async () => {
    const { db } = await register();
    const e = (await entries(db))[3]!;
    await db.journal.put({ ...e, actor: 'Autre personne' });
    expect((await verdicts(db)).report.startup.journal.chain).toMatchObject({
      ok: false,
      kind: 'hash',
    });
  });

  it('11. duplicate an entry: detected (as a new last entry, or twice the same number in a file)', async () => {
    const { db } = await register();
    const all = await entries(db);
    const copy = { ...all[2]!, seq: all.at(-1)!.seq + 1 };
    await db.journal.put(copy);
    await db.meta.put({ key: JOURNAL_HEAD_KEY, value: { seq: copy.seq, hash: copy.hash } });
    expect((await verdicts(db)).failed).toContain('Chaîne du journal');
    expect(verifyChain([...all, all[2]!])).toMatchObject({ ok: false, kind: 'gap' });
  });

  it('12. delete a middle entry: detected', async () => {
    const { db } = await register();
    const all = await entries(db);
    await db.journal.delete(all[4]!.seq);
    expect((await verdicts(db)).report.startup.journal.chain).toMatchObject({
      ok: false,
      kind: 'gap',
      firstBrokenSeq: all[4]!.seq,
    });
  });

  it('13. empty journal while data exists: never « ✓ »', async () => {
    const { db, sealer } = await register();
    await db.journal.clear();
    await db.meta.delete(JOURNAL_HEAD_KEY);
    const { ok, failed, list } = await verdicts(db, sealer);
    expect(ok).toBe(false);
    expect(failed).toContain('Journal');
    expect(list.find((v) => v.title === 'Journal')?.text).toContain('journal est vide');
    expect(failed).toContain('Sceau du poste (clé protégée par le système)');
  });

  it('an entry appended by a forger after the seal shows as unsealed, not as verified', async () => {
    const { db, sealer } = await register();
    const last = (await entries(db)).at(-1)!;
    const forged = buildEntry(last, {
      at: '2026-11-25T10:00:00.000Z',
      actor: 'Faussaire',
      action: 'update',
      entity: 'note',
      entityId: 'x',
      payload: { before: null, after: null },
    });
    await db.journal.add(forged);
    await db.meta.put({ key: JOURNAL_HEAD_KEY, value: { seq: forged.seq, hash: forged.hash } });
    const { report, list } = await verdicts(db, sealer);
    expect(report.seal).toMatchObject({ kind: 'sealed', unsealed: 1 });
    expect(list.find((v) => v.title.startsWith('Sceau'))?.level).toBe('info');
  });
});
