import { describe, expect, it } from 'vitest';
import {
  ImportRefusedError,
  sealHeader,
  type ExportHeader,
} from '../../../shared/backup/export-format';
import {
  canonicalJson,
  verifyChain,
  type JournalHeadRecord,
} from '../../../shared/domain/journal-chain';
import { emptyDb, seededDb } from '../../../test/support/seed-register';
import type { AppDatabase } from '../database';
import { verifyJournal } from '../repositories/journal';
import { buildExport, readExportBody } from './export';
import { parseExportFile, readExportHeader, replaceAllData } from './import';
import { wipeAllData } from './wipe';

const actor = { name: 'Sandrine COFFI', now: () => new Date('2026-11-24T10:00:00Z') };

async function snapshot(db: AppDatabase) {
  return canonicalJson(await readExportBody(db));
}

async function refusal(p: Promise<unknown>): Promise<ImportRefusedError> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportRefusedError);
    return error as ImportRefusedError;
  }
  throw new Error('expected a refusal');
}

function withHeader(bytes: Uint8Array, change: (h: ExportHeader) => ExportHeader): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const nl = text.indexOf('\n');
  const header = JSON.parse(text.slice('{"header":'.length, nl - 1)) as ExportHeader;
  // A newer app seals its header: reseal it, as it would.
  return new TextEncoder().encode(
    `{"header":${canonicalJson(sealHeader(change(header)))},${text.slice(nl)}`,
  );
}

describe('full export and import', () => {
  it('round trip: export → wipe → import gives the same data and a byte-identical re-export', async () => {
    const { db } = await seededDb({ oldRevocation: true });
    const first = await buildExport(db, {
      appVersion: '0.1.0',
      now: () => new Date('2026-11-23T12:00:00Z'),
    });
    const before = await snapshot(db);
    expect(readExportHeader(first.bytes)?.counts.agents).toBe(5);

    await wipeAllData(db, actor);
    expect(await db.agents.count()).toBe(0);
    expect(await snapshot(db)).not.toBe(before);

    const parsed = await parseExportFile(first.bytes);
    expect(parsed.preview.partner).toBe('CCAS de Lieusaint');
    expect(parsed.preview.counts.agents).toBe(5);
    expect(parsed.preview.journal.ok).toBe(true);
    const verification = await replaceAllData(db, parsed);
    expect(verification.ok).toBe(true);
    expect(await snapshot(db)).toBe(before);
    expect((await verifyJournal(db)).ok).toBe(true);

    const again = await buildExport(db, {
      appVersion: '0.1.0',
      now: () => new Date('2026-11-23T12:00:00Z'),
    });
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    // Another date changes the header only.
    const later = await buildExport(db, { appVersion: '0.2.0' });
    expect(later.body).toBe(first.body);
  });

  it('answers after the write with the journal as stored: the file’s verification only when the database holds that chain', async () => {
    const { db } = await seededDb({ oldRevocation: true });
    const file = await buildExport(db, { appVersion: '0.1.0' });
    const parsed = await parseExportFile(file.bytes);
    const stored = async () =>
      verifyChain(
        await db.journal.orderBy('seq').toArray(),
        ((await db.meta.get('journalHead'))?.value as JournalHeadRecord | undefined) ?? null,
      );
    expect(parsed.preview.journal.ok).toBe(true);
    expect(await replaceAllData(db, parsed)).toEqual(await stored());
    // A file whose journal does not verify: the stored journal is verified in full.
    const journal = parsed.body.tables.journal;
    const cut = {
      ...parsed,
      body: { ...parsed.body, tables: { ...parsed.body.tables, journal: journal.slice(1) } },
    };
    cut.preview = { ...parsed.preview, journal: verifyChain(cut.body.tables.journal as never) };
    const broken = await replaceAllData(db, cut);
    expect(broken.ok).toBe(false);
    expect(broken).toEqual(await stored());
    // A verification that is not the stored chain's (another count) is never taken as the answer.
    const lying = { ...cut, preview: { ...parsed.preview } };
    const answer = await replaceAllData(db, lying);
    expect(answer).toEqual(await stored());
    expect(answer.ok).toBe(false);
  });

  it('writes the journal head into the header (and reads headers written without one)', async () => {
    const { db } = await seededDb();
    const built = await buildExport(db, { appVersion: '0.1.0' });
    const head = await db.meta.get('journalHead');
    expect(built.header.journalHead).toEqual(head?.value);
    expect(built.header.journalHead?.seq).toBeGreaterThan(0);
    expect(readExportHeader(built.bytes)?.journalHead).toEqual(head?.value);
    // An older file, written before the field existed, still reads and restores.
    const older = withHeader(built.bytes, ({ journalHead: _h, ...rest }) => rest);
    expect(readExportHeader(older)?.journalHead).toBeUndefined();
    expect((await parseExportFile(older)).preview.journal.ok).toBe(true);
    const empty = await buildExport(await emptyDb(), { appVersion: '0.1.0' });
    expect(empty.header.journalHead).toBeNull();
  });

  it('gives the same body whatever the order rows were written in', async () => {
    const { db } = await seededDb();
    const a = await buildExport(db, { appVersion: '0.1.0' });
    const other = await emptyDb();
    const parsed = await parseExportFile(a.bytes);
    // Reverse every table before writing it.
    for (const rows of Object.values(parsed.body.tables)) rows.reverse();
    await replaceAllData(other, parsed);
    expect((await buildExport(other, { appVersion: '0.1.0' })).body).toBe(a.body);
  });

  // PBKDF2 at 600 000 iterations, four times: slow on a loaded machine.
  it(
    'with a passphrase: the file differs each time, the body does not; a wrong passphrase is refused',
    { timeout: 30_000 },
    async () => {
      const { db } = await seededDb();
      const one = await buildExport(db, {
        appVersion: '0.1.0',
        passphrase: 'Cheval correct agrafe',
        now: () => new Date(0),
      });
      const two = await buildExport(db, {
        appVersion: '0.1.0',
        passphrase: 'Cheval correct agrafe',
        now: () => new Date(0),
      });
      expect(Buffer.from(one.bytes).equals(Buffer.from(two.bytes))).toBe(false);
      expect(one.body).toBe(two.body);
      expect(new TextDecoder().decode(one.bytes)).not.toContain('COFFI');
      expect(one.header.encryption?.iterations).toBeGreaterThanOrEqual(600_000);

      const before = await snapshot(db);
      expect((await refusal(parseExportFile(one.bytes))).code).toBe('passphrase-required');
      expect((await refusal(parseExportFile(one.bytes, { passphrase: 'cheval' }))).code).toBe(
        'wrong-passphrase',
      );

      await wipeAllData(db, actor);
      const parsed = await parseExportFile(one.bytes, { passphrase: 'Cheval correct agrafe' });
      await replaceAllData(db, parsed);
      expect(await snapshot(db)).toBe(before);
      const plainAgain = await buildExport(db, { appVersion: '0.1.0' });
      expect(plainAgain.body).toBe(one.body);
    },
  );

  it('refuses a truncated file, a flipped byte, a newer schema, with the database unchanged', async () => {
    const { db } = await seededDb();
    const file = (await buildExport(db, { appVersion: '0.1.0' })).bytes;
    const before = await snapshot(db);

    const truncated = await refusal(parseExportFile(file.slice(0, Math.floor(file.length * 0.7))));
    expect(truncated.code).toBe('truncated');
    expect(truncated.message).toContain('incomplet');

    const flipped = file.slice();
    const at = new TextDecoder().decode(file).indexOf('Lieusaint', 2000);
    flipped[at] = flipped[at]! ^ 0x01;
    const altered = await refusal(parseExportFile(flipped));
    expect(altered.code).toBe('altered');
    expect(altered.message).toContain('somme de contrôle');

    const newer = await refusal(
      parseExportFile(
        withHeader(file, (h) => ({
          ...h,
          schemaVersion: h.schemaVersion + 1,
          appVersion: '9.0.0',
        })),
      ),
    );
    expect(newer.code).toBe('newer-schema');
    expect(newer.message).toContain('version plus récente');

    expect((await refusal(parseExportFile(new TextEncoder().encode('{"bonjour":1}')))).code).toBe(
      'not-an-export',
    );
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses a truncated or altered encrypted file', async () => {
    const { db } = await seededDb();
    const file = (await buildExport(db, { appVersion: '0.1.0', passphrase: 'secret' })).bytes;
    expect(
      (await refusal(parseExportFile(file.slice(0, file.length - 40), { passphrase: 'secret' })))
        .code,
    ).toBe('truncated');
    const flipped = file.slice();
    flipped[file.length - 30] = flipped[file.length - 30] === 65 ? 66 : 65;
    const code = (await refusal(parseExportFile(flipped, { passphrase: 'secret' }))).code;
    expect(['wrong-passphrase', 'altered']).toContain(code);
  });

  it('names the table, row and field of invalid rows (checksum recomputed by a forger)', async () => {
    const { db } = await seededDb();
    const built = await buildExport(db, { appVersion: '0.1.0' });
    const body = JSON.parse(built.body) as { tables: { agents: { lastName: string }[] } };
    body.tables.agents[1]!.lastName = '';
    const { buildExportFromBody } = await import('./export');
    const forged = await buildExportFromBody(body as never, { appVersion: '0.1.0' });
    const error = await refusal(parseExportFile(forged.bytes));
    expect(error.code).toBe('invalid-rows');
    expect(error.details[0]).toMatch(
      /^Agents, ligne 2 \(.+\), champ «\u00A0NOM\u00A0»\u00A0: Ce champ est obligatoire\.$/,
    );
  });
});
