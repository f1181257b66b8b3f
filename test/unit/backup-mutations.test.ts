/**
 * A real backup, mutated (seeded, replayable): field values, removed, duplicated and
 * swapped rows, bad dates, non-finite numbers, truncations — with the checksums recomputed,
 * as a faulty tool or a forger would. None may be accepted silently with inconsistent data,
 * no valid file may be refused, and every refusal is said in French (no zod default, no
 * raw technical text). `BACKUP_MUTATIONS` sets how many (npm run test:deep: 2 000).
 */
import { describe, expect, it } from 'vitest';
import {
  ImportRefusedError,
  sealHeader,
  sha256HexBytes,
  type ExportHeader,
} from '../../shared/backup/export-format';
import { canonicalJson } from '../../shared/domain/journal-chain';
import { seededRandom } from '../../shared/domain/testing/seeded-random';
import { looksTechnical } from '../../shared/domain/technical-errors';
import { buildExport } from '../../renderer/db/export-import/export';
import { parseExportFile, replaceAllData } from '../../renderer/db/export-import/import';
import { emptyDb, SEED_TODAY, seededDb } from '../support/seed-register';

const COUNT = Number(process.env.BACKUP_MUTATIONS ?? 260);
type Row = Record<string, unknown>;
type Body = { journalHead: unknown; tables: Record<string, Row[]> };

const VALUES: unknown[] = [
  '',
  ' ',
  '\u200B',
  'x'.repeat(5000),
  'Texte ordinaire',
  'a\u202Eb',
  null,
  true,
  0,
  -1,
  1.5,
  1e20,
  [],
  {},
  { a: 1 },
  '2024-02-30',
  '0100-01-01',
  '9999-12-31',
  '2024-05-01',
  '2019-10-01',
  'T99',
  'T13',
  '00000000000000',
];
const DATE_FIELDS = [
  'grantedOn',
  'revokedOn',
  'arrivedOn',
  'departedOn',
  'validFrom',
  'validTo',
  'date',
  'signedOn',
  'at',
  'createdAt',
];
const REF_FIELDS = [
  'agentId',
  'bulletinId',
  'conventionId',
  'partnerId',
  'cafId',
  'organisationId',
  'campaignId',
  'habilitationId',
];

/** An oracle written apart from the restore's own check: references, keys, dates. */
function inconsistencies(body: Body): string[] {
  const t = body.tables;
  const ids = (name: string) => new Set((t[name] ?? []).map((r) => r.id as string));
  const agents = ids('agents');
  const bulletins = ids('bulletins');
  const conventions = ids('conventions');
  const organisations = ids('organisations');
  const problems: string[] = [];
  for (const h of t.habilitations ?? []) {
    if (!agents.has(h.agentId as string)) problems.push('habilitation → agent');
    if (!bulletins.has(h.bulletinId as string)) problems.push('habilitation → bulletin');
    if (h.revokedOn && (h.revokedOn as string) < (h.grantedOn as string))
      problems.push('revoked before granted');
  }
  for (const q of t.quotas ?? [])
    if (!bulletins.has(q.bulletinId as string)) problems.push('quota → bulletin');
  for (const b of t.bulletins ?? [])
    if (!conventions.has(b.conventionId as string)) problems.push('bulletin → convention');
  for (const c of t.conventions ?? []) {
    if (!organisations.has(c.partnerId as string) || !organisations.has(c.cafId as string))
      problems.push('convention → org');
  }
  for (const a of t.agents ?? []) {
    if (!organisations.has(a.organisationId as string)) problems.push('agent → org');
    if (a.arrivedOn && a.departedOn && (a.departedOn as string) < (a.arrivedOn as string))
      problems.push('departure');
  }
  for (const [name, rows] of Object.entries(t)) {
    const key =
      name === 'journal'
        ? 'seq'
        : name === 'profiles'
          ? 'code'
          : name === 'settings'
            ? 'key'
            : 'id';
    const seen = new Set<unknown>();
    for (const r of rows) {
      if (seen.has(r[key])) problems.push(`duplicate ${name}`);
      seen.add(r[key]);
    }
  }
  const qk = new Set<string>();
  for (const q of t.quotas ?? []) {
    const k = `${q.bulletinId as string}|${String(q.profileCode).trim().toUpperCase()}`;
    if (qk.has(k)) problems.push('duplicate quota');
    qk.add(k);
  }
  for (const rows of Object.values(t)) {
    for (const r of rows) {
      for (const f of DATE_FIELDS) {
        if (typeof r[f] !== 'string') continue;
        const y = Number(r[f].slice(0, 4));
        if (!(y >= 1900 && y <= 2100)) problems.push(`date ${f} ${y}`);
      }
    }
  }
  return problems;
}

function forge(header: ExportHeader, bodyText: string): Uint8Array {
  const bytes = new TextEncoder().encode(bodyText);
  const h = sealHeader({
    ...header,
    bodyBytes: bytes.byteLength,
    bodySha256: sha256HexBytes(bytes),
  });
  return new TextEncoder().encode(`{"header":${canonicalJson(h)},\n"body":${bodyText}}\n`);
}

type Mutation = { label: string; bytes: Uint8Array; body?: Body; benign: boolean };

function mutate(base: Body, header: ExportHeader, file: Uint8Array, rnd: () => number): Mutation {
  const body = JSON.parse(JSON.stringify(base)) as Body;
  const any = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const tables = Object.keys(body.tables).filter((n) => body.tables[n]!.length > 0);
  const table = any(tables);
  const rows = body.tables[table]!;
  const i = Math.floor(rnd() * rows.length);
  const kind = Math.floor(rnd() * 10);
  const text = () => canonicalJson(body);
  switch (kind) {
    case 0: {
      const field = any(Object.keys(rows[i]!));
      rows[i]![field] = any(VALUES);
      return {
        label: `${table}[${i}].${field} = value`,
        bytes: forge(header, text()),
        body,
        benign: false,
      };
    }
    case 1:
      rows.splice(i, 1);
      return { label: `${table}[${i}] removed`, bytes: forge(header, text()), body, benign: false };
    case 2:
      rows.push({ ...rows[i]! });
      return {
        label: `${table}[${i}] duplicated`,
        bytes: forge(header, text()),
        body,
        benign: false,
      };
    case 3: {
      const refs = Object.keys(rows[i]!).filter((f) => REF_FIELDS.includes(f));
      const field = refs.length ? any(refs) : 'id';
      const other = any(tables);
      const target = any(body.tables[other]!);
      rows[i]![field] = target.id ?? 'inconnu';
      return {
        label: `${table}[${i}].${field} → ${other}`,
        bytes: forge(header, text()),
        body,
        benign: false,
      };
    }
    case 4: {
      const dates = Object.keys(rows[i]!).filter((f) => DATE_FIELDS.includes(f));
      const field = dates.length ? any(dates) : any(DATE_FIELDS);
      rows[i]![field] = any([
        '2024-13-01',
        '1899-12-31',
        '2101-01-01',
        '2020-01-01',
        '2030-06-15',
        '2019-09-30',
        '20240101',
      ]);
      return {
        label: `${table}[${i}].${field} = date`,
        bytes: forge(header, text()),
        body,
        benign: false,
      };
    }
    case 5: {
      const t = text();
      const numbers = [...t.matchAll(/:(\d+)[,}]/g)];
      if (!numbers.length) return { label: 'no number', bytes: file, benign: true };
      const m = any(numbers);
      const out = `${t.slice(0, m.index + 1)}1e400${t.slice(m.index + 1 + m[1]!.length)}`;
      return { label: `non-finite number at ${m.index}`, bytes: forge(header, out), benign: false };
    }
    case 6: {
      const cut = Math.floor(rnd() * (file.byteLength - 1));
      return { label: `truncated at ${cut}`, bytes: file.slice(0, cut), benign: false };
    }
    case 7: {
      // Row order does not matter: a valid file.
      for (const name of tables) body.tables[name]!.reverse();
      return { label: 'rows reversed', bytes: forge(header, text()), body, benign: true };
    }
    case 8: {
      const s = new TextDecoder().decode(file);
      const variant = any([s.replace(/\n/g, '\r\n'), `${s}\n\n`, `${s.trimEnd()}  `, `\uFEFF${s}`]);
      return {
        label: 'line endings / whitespace',
        bytes: new TextEncoder().encode(variant),
        benign: true,
      };
    }
    default: {
      const texts = Object.keys(rows[i]!).filter((f) =>
        ['summary', 'function', 'service', 'justification', 'label', 'object'].includes(f),
      );
      if (!texts.length) return { label: 'no text', bytes: file, benign: true };
      const field = any(texts);
      if (table === 'journal') return { label: 'journal text', bytes: file, benign: true };
      rows[i]![field] = 'Texte modifié';
      return {
        label: `${table}[${i}].${field} edited`,
        bytes: forge(header, text()),
        body,
        benign: false,
      };
    }
  }
}

describe('mutated backups', () => {
  it(
    `${COUNT} seeded mutations: refused in French, or loaded with warnings, or consistent`,
    { timeout: 900_000 },
    async () => {
      const { db } = await seededDb({ oldRevocation: true });
      const built = await buildExport(db, { appVersion: '0.1.0' });
      const base = JSON.parse(built.body) as Body;
      expect(inconsistencies(base)).toEqual([]);
      const rnd = seededRandom(Number(process.env.BACKUP_MUTATIONS_SEED ?? 20261202));
      const tally = { refused: 0, warned: 0, silent: 0 };
      for (let n = 0; n < COUNT; n++) {
        const m = mutate(base, built.header, built.bytes, rnd);
        let parsed;
        try {
          parsed = await parseExportFile(m.bytes, { today: SEED_TODAY });
        } catch (error) {
          expect(error, m.label).toBeInstanceOf(ImportRefusedError);
          const e = error as ImportRefusedError;
          expect(
            m.benign,
            `valid file refused: ${m.label} — ${e.message} ${e.details.join(' | ')}`,
          ).toBe(false);
          for (const line of [e.message, ...e.details]) {
            expect(looksTechnical(line), `${m.label}: ${line}`).toBe(false);
            expect(line, m.label).not.toMatch(
              /Invalid|expected|received|Too (big|small)|Unrecognized|Entrée invalide|Trop grand :|Trop petit :/,
            );
          }
          tally.refused++;
          continue;
        }
        const warned = parsed.preview.warnings.length > 0 || !parsed.preview.journal.ok;
        // What the preview lists is French too.
        for (const line of [
          ...parsed.preview.warnings.flatMap((g) => [g.label, ...g.messages]),
          ...(parsed.preview.journal.ok ? [] : [parsed.preview.journal.reason]),
        ]) {
          expect(looksTechnical(line), `${m.label}: ${line}`).toBe(false);
          expect(line, m.label).not.toMatch(
            /Invalid|expected|received|Too (big|small)|Unrecognized|Entrée invalide|Trop grand :|Trop petit :/,
          );
        }
        if (warned) tally.warned++;
        else {
          tally.silent++;
          if (m.body) expect(inconsistencies(m.body), `accepted silently: ${m.label}`).toEqual([]);
        }
        // What is accepted also loads: no ConstraintError on the way in.
        if (n % 8 === 0) {
          const target = await emptyDb();
          await replaceAllData(target, parsed);
          target.close();
        }
      }
      expect(tally.refused + tally.warned + tally.silent).toBe(COUNT);
      expect(tally.refused).toBeGreaterThan(COUNT / 4);
    },
  );
});
