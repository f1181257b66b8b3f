/**
 * A backup is checked as a register before anything is replaced: each crafted inconsistency
 * (checksum recomputed, as a forger or a faulty tool would) is either refused with a French
 * reason or loaded with a French warning — never accepted silently.
 */
import { describe, expect, it } from 'vitest';
import { ImportRefusedError, type ExportBody } from '../../../shared/backup/export-format';
import { frenchTypographyIssues } from '../../../shared/domain/text';
import { SEED_TODAY, seededDb } from '../../../test/support/seed-register';
import { buildExport, buildExportFromBody } from './export';
import { parseExportFile, replaceAllData, type ParsedExport } from './import';

type Row = Record<string, unknown>;
type Tables = Record<string, Row[]>;

let seededText: string | undefined;
/** A fresh copy of the seeded register's body (seeded once: it is the slow part). */
async function seededBody(): Promise<{ tables: Tables; journalHead: ExportBody['journalHead'] }> {
  if (!seededText) {
    const { db } = await seededDb({ oldRevocation: true });
    seededText = (await buildExport(db, { appVersion: '0.1.0' })).body;
  }
  return JSON.parse(seededText) as { tables: Tables; journalHead: ExportBody['journalHead'] };
}

async function load(body: {
  tables: Tables;
  journalHead: ExportBody['journalHead'];
}): Promise<ParsedExport | ImportRefusedError> {
  const built = await buildExportFromBody(body as unknown as ExportBody, { appVersion: '0.1.0' });
  try {
    return await parseExportFile(built.bytes, { today: SEED_TODAY });
  } catch (error) {
    expect(error).toBeInstanceOf(ImportRefusedError);
    return error as ImportRefusedError;
  }
}

function expectFrench(lines: string[]) {
  for (const line of lines) {
    expect(line).not.toMatch(/Invalid|Expected|Required|undefined|NaN|ConstraintError|BulkError/);
    expect(frenchTypographyIssues(line)).toEqual([]);
  }
}

async function expectRefused(mutate: (t: Tables) => void, pattern: RegExp) {
  const body = await seededBody();
  mutate(body.tables);
  const result = await load(body);
  expect(result).toBeInstanceOf(ImportRefusedError);
  const error = result as ImportRefusedError;
  expect(['inconsistent', 'invalid-rows']).toContain(error.code);
  expect(error.details.join('\n')).toMatch(pattern);
  expectFrench([error.message, ...error.details]);
  return error;
}

async function expectWarned(mutate: (t: Tables) => void, pattern: RegExp) {
  const body = await seededBody();
  mutate(body.tables);
  const result = await load(body);
  expect(result).not.toBeInstanceOf(ImportRefusedError);
  const parsed = result as ParsedExport;
  const lines = parsed.preview.warnings.flatMap((g) => g.messages);
  expect(lines.join('\n')).toMatch(pattern);
  expectFrench(lines);
  return parsed;
}

const first = (t: Tables, table: string) => t[table]![0]!;

describe('restore checks the register as a whole', { timeout: 30_000 }, () => {
  it('a consistent backup has no warning', async () => {
    const parsed = (await load(await seededBody())) as ParsedExport;
    expect(parsed.preview.warnings).toEqual([]);
  });

  it('refuses dangling references', async () => {
    await expectRefused(
      (t) => (first(t, 'habilitations').agentId = 'agent-disparu'),
      /renvoie à un agent absent/,
    );
    await expectRefused(
      (t) => (first(t, 'habilitations').bulletinId = 'bulletin-disparu'),
      /renvoie à un bulletin absent/,
    );
    await expectRefused(
      (t) => (first(t, 'quotas').bulletinId = 'bulletin-disparu'),
      /Le quota T13 .* bulletin absent/,
    );
    await expectRefused(
      (t) => (first(t, 'bulletins').conventionId = 'conv-disparue'),
      /convention .*absente/,
    );
    await expectRefused(
      (t) => (first(t, 'conventions').partnerId = 'org-disparue'),
      /le partenaire .* absent/,
    );
    await expectRefused(
      (t) => (first(t, 'agents').organisationId = 'org-disparue'),
      /organisme absent/,
    );
    await expectRefused((t) => {
      const holder = first(t, 'habilitations').agentId;
      t.agents = t.agents!.filter((a) => a.id !== holder);
    }, /renvoie à un agent absent/);
  });

  it('refuses the dates the app refuses to write', async () => {
    await expectRefused((t) => {
      const h = first(t, 'habilitations');
      h.grantedOn = '2024-05-10';
      h.revokedOn = '2024-05-01';
    }, /date de retrait .* antérieure à la date d’attribution/);
    await expectRefused((t) => {
      const a = first(t, 'agents');
      a.arrivedOn = '2024-05-10';
      a.departedOn = '2024-05-01';
    }, /date de départ .* antérieure à la date d’arrivée/);
    await expectRefused(
      (t) => (first(t, 'habilitations').grantedOn = '0100-01-01'),
      /hors des limites plausibles/,
    );
    await expectRefused(
      (t) => (first(t, 'agents').arrivedOn = '9999-12-31'),
      /hors des limites plausibles/,
    );
  });

  it('refuses duplicate keys with a French message, never a ConstraintError', async () => {
    await expectRefused((t) => t.agents!.push({ ...first(t, 'agents') }), /apparaît deux fois/);
    await expectRefused(
      (t) => t.quotas!.push({ ...first(t, 'quotas'), id: 'quota-double' }),
      /deux quotas pour le profil T13/,
    );
    await expectRefused(
      (t) => t.serviceContracts!.push({ ...first(t, 'serviceContracts'), id: 'contrat-double' }),
      /Deux contrats de services/,
    );
  });

  it('loads with a warning what the register may hold (over quota, unknown profile)', async () => {
    const parsed = await expectWarned(
      (t) => (first(t, 'quotas').max = 1),
      /Quota dépassé pour le profil T13/,
    );
    expect(parsed.preview.warnings[0]?.label).toBe('Profils et quotas');
    await expectWarned(
      (t) => (first(t, 'habilitations').profileCode = 'T99'),
      /profil absent du catalogue/,
    );
    await expectWarned(
      (t) => (t.settings!.find((r) => r.key === 'currentConventionId')!.value = 'conv-disparue'),
      /convention affichée par défaut/,
    );
  });

  it('a restore with warnings loads the file exactly', async () => {
    const { db } = await seededDb();
    const body = await seededBody();
    first(body.tables, 'quotas').max = 1;
    const parsed = (await load(body)) as ParsedExport;
    expect(parsed.preview.warnings.length).toBe(1);
    await replaceAllData(db, parsed);
    expect((await db.quotas.toArray())[0]?.max).toBe(1);
  });

  it('groups refusals by kind for the preview', async () => {
    const error = await expectRefused((t) => {
      first(t, 'habilitations').agentId = 'agent-disparu';
      t.quotas!.push({ ...first(t, 'quotas'), id: 'quota-double' });
    }, /agent absent/);
    expect(error.groups.map((g) => g.label)).toEqual([
      'Liens vers des données absentes de la sauvegarde',
      'Doublons',
    ]);
  });
});
