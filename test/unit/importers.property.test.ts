/**
 * Property tests: inputs made by MUTATING valid exports and CSVs (flipped bytes, cuts,
 * duplicated or deleted lines, changed fields, swapped separators and encodings). The
 * importers never crash (only typed refusals), never change the database when they refuse,
 * and whatever they accept round-trips.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ImportRefusedError,
  canonicalBody,
  type ExportBody,
} from '../../shared/backup/export-format';
import {
  guessMapping,
  mapRow,
  parseCsvText,
  readCsvSheet,
  rosterCsvRows,
  ROSTER_CSV_HEADER,
} from '../../shared/backup/roster-import';
import { formatDateFr } from '../../shared/domain/dates';
import { canonicalJson } from '../../shared/domain/journal-chain';
import { toExcelCsv } from '../../shared/documents/csv';
import type { AppDatabase } from '../../renderer/db/database';
import {
  buildExport,
  buildExportFromBody,
  readExportBody,
} from '../../renderer/db/export-import/export';
import { parseExportFile, replaceAllData } from '../../renderer/db/export-import/import';
import { importRoster } from '../../renderer/db/export-import/roster-import';
import { RuleRefusedError, ValidationError } from '../../renderer/db/validation';
import { decodeCsvBytes } from '../../renderer/platform/read-file';
import { emptyDb, SEED_TODAY, seedActor, seededDb } from '../support/seed-register';

/** Dozens of imports into IndexedDB per property: slow on a loaded 2-core machine, not a hang. */
const PROPERTY_TIMEOUT = 60_000;

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'cut'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: number[] };

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
);

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = bytes.length ? m.at % bytes.length : 0;
  const out = Array.from(bytes);
  switch (m.kind) {
    case 'flip':
      out[at] = out[at]! ^ (1 << m.bit);
      break;
    case 'cut':
      out.length = at;
      break;
    case 'delete':
      out.splice(at, m.length);
      break;
    case 'duplicate':
      out.splice(at, 0, ...out.slice(at, at + m.length));
      break;
    case 'insert':
      out.splice(at, 0, ...m.bytes);
      break;
  }
  return Uint8Array.from(out);
}

/** Import as the Sauvegardes screen does: parse everything, then replace in one transaction. */
async function importFile(db: AppDatabase, bytes: Uint8Array, passphrase?: string) {
  const parsed = await parseExportFile(bytes, passphrase ? { passphrase } : {});
  await replaceAllData(db, parsed);
  return parsed;
}

const snapshot = async (db: AppDatabase) => canonicalJson(await readExportBody(db));

let source: { bytes: Uint8Array; body: string; db: AppDatabase };
let target: AppDatabase;
let targetSnapshot: string;

beforeAll(async () => {
  const { db } = await seededDb({ oldRevocation: true });
  const built = await buildExport(db, { appVersion: '0.1.0' });
  source = { bytes: built.bytes, body: built.body, db };
  target = await emptyDb();
  targetSnapshot = await snapshot(target);
});

describe('export importer under mutation', () => {
  it(
    'refuses with a typed error and leaves the database unchanged, or accepts exactly the original',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
          const bytes = ms.reduce(mutate, source.bytes);
          try {
            const parsed = await importFile(target, bytes);
            // Accepted: the checksum held, so it is the original body (e.g. a mutation of the header only).
            expect(canonicalBody(parsed.body)).toBe(source.body);
            expect(await snapshot(target)).toBe(await snapshot(source.db));
            targetSnapshot = await snapshot(target);
          } catch (error) {
            expect(error).toBeInstanceOf(ImportRefusedError);
            expect((error as Error).message).toMatch(/[a-zé]/);
            expect(await snapshot(target)).toBe(targetSnapshot);
          }
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('a forged partner name that is not text is refused in French, not a crash (found by the property below)', async () => {
    const forged = JSON.parse(source.body) as ExportBody;
    for (const org of forged.tables.organisations) org.name = -1;
    const built = await buildExportFromBody(forged, { appVersion: '0.1.0' });
    expect(built.header.partner).toBeUndefined();
    const fresh = await emptyDb();
    const before = await snapshot(fresh);
    await expect(importFile(fresh, built.bytes)).rejects.toBeInstanceOf(ImportRefusedError);
    expect(await snapshot(fresh)).toBe(before);
    fresh.close();
  });

  it(
    'a forger who recomputes the checksum after changing fields is refused on invalid rows, or the data round-trips',
    async () => {
      const body = JSON.parse(source.body) as ExportBody;
      const cells: { table: string; row: number; field: string }[] = [];
      for (const [table, rows] of Object.entries(body.tables)) {
        rows.forEach((r, row) =>
          Object.keys(r).forEach((field) => cells.push({ table, row, field })),
        );
      }
      const value = fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constant(''),
        fc.integer(),
        fc.constant(null),
        fc.boolean(),
        fc.constant('2024-02-30'),
        fc.constant('x'.repeat(2000)),
        fc.constant(undefined),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat(), value), { minLength: 1, maxLength: 3 }),
          fc.boolean(),
          async (changes, dupRow) => {
            const forged = structuredClone(body);
            for (const [i, v] of changes) {
              const c = cells[i % cells.length]!;
              const row = (forged.tables as Record<string, Record<string, unknown>[]>)[c.table]![
                c.row
              ]!;
              row[c.field] = v;
            }
            if (dupRow) forged.tables.agents.push({ ...forged.tables.agents[0]! });
            const built = await buildExportFromBody(forged, { appVersion: '0.1.0' });
            const fresh = await emptyDb();
            const before = await snapshot(fresh);
            try {
              await importFile(fresh, built.bytes);
              // Accepted: a re-export gives the same body, and importing that again changes nothing.
              const again = await buildExport(fresh, { appVersion: '0.1.0' });
              const reparsed = await parseExportFile(again.bytes);
              expect(canonicalBody(reparsed.body)).toBe(again.body);
              await replaceAllData(fresh, reparsed);
              expect((await buildExport(fresh, { appVersion: '0.1.0' })).body).toBe(again.body);
            } catch (error) {
              expect(error).toBeInstanceOf(ImportRefusedError);
              expect(await snapshot(fresh)).toBe(before);
            } finally {
              fresh.close();
            }
          },
        ),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('an encrypted export survives no mutation of its ciphertext', async () => {
    const enc = await buildExport(source.db, {
      appVersion: '0.1.0',
      passphrase: 'phrase de passe',
    });
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const bytes = mutate(enc.bytes, m);
        try {
          const parsed = await importFile(target, bytes, 'phrase de passe');
          expect(canonicalBody(parsed.body)).toBe(source.body);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportRefusedError);
        }
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});

describe('CSV roster importer under mutation', () => {
  const people = Array.from({ length: 12 }, (_, i) => [
    `NOM${i}é`,
    `Prénom${i}`,
    i % 3 === 0 ? 'Travailleuse sociale' : 'Agent d’accueil',
    'Pôle solidarité',
    `agent${i}@ville-lieusaint.fr`,
    '01 64 13 55 88',
    '',
    '',
    '',
    '01/02/2023',
    '',
    i < 2 ? 'T13' : '',
    i < 2 ? 'Cdap' : '',
    i < 2 ? '15/03/2023' : '',
    '',
  ]);
  const validCsv = toExcelCsv(ROSTER_CSV_HEADER, people);

  const csvMutation = fc.oneof(
    mutation.map((m) => ({ kind: 'bytes' as const, m })),
    fc.constant({ kind: 'comma' as const }),
    fc.constant({ kind: 'cp1252' as const }),
    fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('dupLine' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('field' as const),
      line: fc.nat(),
      col: fc.nat(),
      value: fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constant('pas-un-mel'),
        fc.constant('T99'),
        fc.constant('31/02/2024'),
        fc.constant('=CMD()'),
        fc.constant('"'),
      ),
    }),
  );
  type CsvMutation = typeof csvMutation extends fc.Arbitrary<infer T> ? T : never;

  function applyCsv(bytes: Uint8Array, m: CsvMutation): Uint8Array {
    if (m.kind === 'bytes') return mutate(bytes, m.m);
    const { text } = decodeCsvBytes(bytes);
    const lines = text.split('\r\n');
    switch (m.kind) {
      case 'comma':
        return new TextEncoder().encode(text.replaceAll(';', ','));
      case 'cp1252': {
        // Windows-1252 for the Latin-1 range; anything else becomes « ? ».
        const clean = text.replace(/^\uFEFF/, '').replace(/’/g, '\x92');
        return Uint8Array.from(
          [...clean].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63)),
        );
      }
      case 'dropLine':
        lines.splice(m.at % lines.length, 1);
        break;
      case 'dupLine':
        lines.splice(m.at % lines.length, 0, lines[m.at % lines.length]!);
        break;
      case 'field': {
        const i = m.line % lines.length;
        const cells = lines[i]!.split(';');
        cells[m.col % cells.length] = m.value;
        lines[i] = cells.join(';');
        break;
      }
    }
    return new TextEncoder().encode(lines.join('\r\n'));
  }

  it('never crashes, never writes when refused, and what it imports is exported back identically', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(csvMutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        const { db, conv, bulletin } = await seededDb();
        try {
          const bytes = ms.reduce(applyCsv, new TextEncoder().encode(validCsv));
          const sheet = readCsvSheet(decodeCsvBytes(bytes).text);
          const mapping = guessMapping(sheet.headers);
          const before = await snapshot(db);
          const agentsBefore = await db.agents.count();
          try {
            const result = await importRoster(
              db,
              seedActor,
              sheet,
              mapping,
              {
                conventionId: conv.id,
                organisationId: conv.partnerId,
                defaultBulletinId: bulletin.id,
              },
              SEED_TODAY,
            );
            expect(await db.agents.count()).toBe(agentsBefore + result.agents);
            // Round trip: every imported agent, exported as CSV and mapped back, gives the same fields.
            const agents = await db.agents.toArray();
            const rows = rosterCsvRows({
              agents,
              habilitations: await db.habilitations.toArray(),
              bulletins: [bulletin],
              formatDate: formatDateFr,
            });
            const back = parseCsvText(toExcelCsv(ROSTER_CSV_HEADER, rows));
            const backMapping = guessMapping(back.headers);
            const profiles = await db.profiles.toArray();
            for (const [i, row] of back.rows.entries()) {
              const m = mapRow(
                row,
                i + 2,
                backMapping,
                { profiles, bulletins: [bulletin] },
                SEED_TODAY,
              );
              const agent = agents.find(
                (a) =>
                  a.lastName === m.agent.lastName &&
                  (a.firstName ?? '') === (m.agent.firstName ?? ''),
              );
              expect(agent).toBeDefined();
              for (const f of [
                'function',
                'service',
                'email',
                'phoneFixed',
                'arrivedOn',
              ] as const) {
                expect(m.agent[f] ?? '').toBe((agent![f] ?? '').trim());
              }
            }
          } catch (error) {
            if (!(error instanceof RuleRefusedError || error instanceof ValidationError))
              throw error;
            expect(await snapshot(db)).toBe(before);
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
