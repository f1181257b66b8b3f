/**
 * Issue 14's audit in miniature, on the landed code: a 1,000-character user name and a
 * backup holding `1e400` lock nothing out — both are refused in French with nothing
 * changed, and afterwards every backup the app writes restores, a good backup restores over
 * the register, « Tout effacer » works and a review opens.
 */
import { describe, expect, it } from 'vitest';
import {
  assembleFile,
  canonicalBody,
  ImportRefusedError,
  sealHeader,
  sha256HexBytes,
} from '../../shared/backup/export-format';
import { looksTechnical } from '../../shared/domain/technical-errors';
import { buildExport, readExportBody } from '../../renderer/db/export-import/export';
import { parseExportFile, replaceAllData } from '../../renderer/db/export-import/import';
import { wipeAllData } from '../../renderer/db/export-import/wipe';
import { openReview } from '../../renderer/db/repositories/reviews';
import { getUserName, setUserName } from '../../renderer/db/repositories/settings';
import type { AppDatabase } from '../../renderer/db/database';
import { JOURNAL_HEAD_KEY, RegisterWriter } from '../../renderer/db/register-writer';
import { buildEntry } from '../../shared/domain/journal-chain';
import { JOURNAL_ACTOR_MAX } from '../../shared/domain/schemas';
import { emptyDb, SEED_TODAY, seededDb, seedActor } from '../support/seed-register';

const ENGLISH = /\b(Invalid|expected|received|Too (big|small)|Unrecognized|Error|Infinity|NaN)\b/;

/** The backup the app writes now restores into an empty database, identical on re-export. */
async function expectRestorable(db: AppDatabase) {
  const built = await buildExport(db, { appVersion: '0.1.0' });
  const parsed = await parseExportFile(built.bytes, { today: SEED_TODAY });
  const target = await emptyDb();
  await replaceAllData(target, parsed);
  expect(canonicalBody(await readExportBody(target))).toBe(built.body);
  target.close();
  return built;
}

describe('issue 14 audit in miniature: nothing locks the user out', () => {
  it('a 1,000-character user name is refused in French, nothing changes; one left by an older version is not used', async () => {
    const { db, conv } = await seededDb();
    const before = canonicalBody(await readExportBody(db));
    const error = await setUserName(db, 'x'.repeat(1000)).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^Ce nom est trop long/);
    expect(ENGLISH.test(error!.message) || looksTechnical(error!.message)).toBe(false);
    expect(canonicalBody(await readExportBody(db))).toBe(before);
    await expectRestorable(db);

    // A name an earlier version let through: the app asks again and writes meanwhile as
    // « Utilisateur inconnu » (what useActor does); backups still restore, a review opens.
    await db.settings.put({ key: 'userName', value: 'y'.repeat(1000) });
    expect(await getUserName(db)).toBeUndefined();
    const actor = { name: (await getUserName(db)) ?? 'Utilisateur inconnu', now: seedActor.now };
    const review = await openReview(db, actor, {
      conventionId: conv.id,
      partnerId: conv.partnerId,
      year: 2026,
      today: SEED_TODAY,
    });
    expect(review.year).toBe(2026);
    await expectRestorable(db);
    await setUserName(db, 'Sandrine COFFI');
    expect(await getUserName(db)).toBe('Sandrine COFFI');
  });

  it('a backup holding 1e400 (checksums recomputed) is refused in French; afterwards backups, a good restore and « Tout effacer » work', async () => {
    const { db } = await seededDb();
    const good = await buildExport(db, { appVersion: '0.1.0' });
    const forged = good.body.replace(/"max":(\d+)/, '"max":1e400');
    expect(forged).not.toBe(good.body);
    const bytes = new TextEncoder().encode(forged);
    const header = sealHeader({
      ...good.header,
      bodyBytes: bytes.byteLength,
      bodySha256: sha256HexBytes(bytes),
    });
    const file = new TextEncoder().encode(assembleFile(header, forged));

    const before = canonicalBody(await readExportBody(db));
    const refusal = await parseExportFile(file, { today: SEED_TODAY }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(ImportRefusedError);
    const { message, details } = refusal as ImportRefusedError;
    expect(message).toMatch(/rien n’a été modifié/);
    for (const line of [message, ...details]) {
      expect(ENGLISH.test(line), line).toBe(false);
      expect(looksTechnical(line), line).toBe(false);
    }
    expect(details.join(' ')).toMatch(/hors des limites \(infini\)/);
    expect(canonicalBody(await readExportBody(db))).toBe(before);

    // Nothing is locked: a new backup restores, « Tout effacer » works, and the good backup
    // restores over the erased register, identical.
    await expectRestorable(db);
    await wipeAllData(db, seedActor);
    expect(await db.agents.count()).toBe(0);
    await replaceAllData(db, await parseExportFile(good.bytes, { today: SEED_TODAY }));
    expect(canonicalBody(await readExportBody(db))).toBe(good.body);
    await expectRestorable(db);

    // A non-finite number an older version let into a setting: backups still restore.
    await db.settings.put({ key: 'ancienReglage', value: { n: Infinity } });
    await expectRestorable(db);
  });

  it('journal entries an older version wrote with a 1,000-character user name still restore; new entries keep the cap', async () => {
    const { db } = await seededDb();
    // What the old writer did: chain an entry with the long name, head moved with it.
    const last = await db.journal.orderBy('seq').last();
    const legacy = buildEntry(last, {
      at: '2025-03-01T09:00:00.000Z',
      actor: 'z'.repeat(1000),
      action: 'update',
      entity: 'settings',
      entityId: 'userName',
      payload: { before: null, after: null },
    });
    await db.journal.add(legacy);
    await db.meta.put({ key: JOURNAL_HEAD_KEY, value: { seq: legacy.seq, hash: legacy.hash } });
    const built = await expectRestorable(db);
    expect(built.body).toContain('z'.repeat(1000));

    const error = await new RegisterWriter(db, {
      name: 'w'.repeat(JOURNAL_ACTOR_MAX + 1),
      now: seedActor.now,
    })
      .append('update', 'settings', 'userName', null, null)
      .then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    expect(error?.message).toMatch(/trop long|caractères/);
    expect(await db.journal.count()).toBe(legacy.seq);
  });
});
