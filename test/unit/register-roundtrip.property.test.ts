/**
 * The invariant of the backups: after any sequence of what a user can do, the backup the
 * app writes restores to the same register, byte for byte on re-export. Model-based
 * (fast-check `commands`) over the repositories, with hostile text (controls, bidi
 * overrides, zero-width, 1 000+ characters) in the free fields. A write the app refuses
 * must be refused with a French message and change nothing.
 *
 * `npm test` runs a few sequences; `npm run test:deep` runs many (REGISTER_PROPERTY_RUNS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/domain/journal-chain';
import { looksTechnical } from '../../shared/domain/technical-errors';
import type { AppDatabase } from '../../renderer/db/database';
import { buildExport, readExportBody } from '../../renderer/db/export-import/export';
import { parseExportFile, replaceAllData } from '../../renderer/db/export-import/import';
import { setQuota } from '../../renderer/db/repositories/bulletins';
import { saveAvenant, updateConvention } from '../../renderer/db/repositories/conventions';
import { applyPurge, planPurge } from '../../renderer/db/repositories/purge';
import { closeReview, decideItem, openReview } from '../../renderer/db/repositories/reviews';
import {
  addAgent,
  grantHabilitation,
  revokeHabilitation,
  saveAgent,
} from '../../renderer/db/repositories/roster';
import { setUserName } from '../../renderer/db/repositories/settings';
import { RuleRefusedError, ValidationError } from '../../renderer/db/validation';
import { emptyDb, seedActor, seededDb } from '../support/seed-register';

const RUNS = Number(process.env.REGISTER_PROPERTY_RUNS ?? 4);
const MAX_COMMANDS = Number(process.env.REGISTER_PROPERTY_COMMANDS ?? 12);

interface Real {
  db: AppDatabase;
  conventionId: string;
  partnerId: string;
  bulletinId: string;
  today: string;
}
type Model = Record<string, never>;

/** Text a user can paste: ordinary names, and the hostile kinds the schemas clean or refuse. */
const hostileText = fc.oneof(
  fc.constantFrom('Karim BENALI', 'Élodie D’ARTOIS', 'Chloé  Œuvre', 'Service RSA'),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '\u200B\u200B',
    'a\u202Eb',
    'x\u0000y\nz',
    ' \t ',
    'x'.repeat(1000),
    'y'.repeat(100_000),
    '\uFEFF',
  ),
);
const day = fc
  .integer({ min: 0, max: 3000 })
  .map((n) => new Date(Date.UTC(2017, 0, 1 + n)).toISOString().slice(0, 10));
const anyDay = fc.oneof(day, fc.constantFrom('0100-01-01', '9999-12-31', '2025-02-30'));
const profile = fc.constantFrom('T13', 'T1', 'T2', 'T99');

/** Runs a write: success, or a French refusal that changed nothing. */
async function attempt(db: AppDatabase, work: () => Promise<unknown>): Promise<void> {
  const before = canonicalJson(await readExportBody(db));
  try {
    await work();
  } catch (error) {
    if (!(error instanceof ValidationError || error instanceof RuleRefusedError)) throw error;
    for (const m of error instanceof ValidationError
      ? error.messages
      : error.findings.map((f) => f.message)) {
      expect(looksTechnical(m), m).toBe(false);
    }
    expect(canonicalJson(await readExportBody(db))).toBe(before);
  }
}

const pick = async <T>(rows: Promise<T[]>, i: number): Promise<T | undefined> => {
  const all = await rows;
  return all.length ? all[i % all.length] : undefined;
};

class Cmd implements fc.AsyncCommand<Model, Real> {
  constructor(
    private readonly label: string,
    private readonly run0: (r: Real) => Promise<unknown>,
  ) {}
  check() {
    return true;
  }
  async run(_m: Model, r: Real) {
    await attempt(r.db, () => this.run0(r));
  }
  toString() {
    return this.label;
  }
}

const commands = [
  fc.tuple(hostileText, hostileText, fc.option(anyDay, { nil: undefined })).map(
    ([lastName, fn, arrivedOn]) =>
      new Cmd(`addAgent(${JSON.stringify(lastName.slice(0, 20))})`, (r) =>
        addAgent(r.db, seedActor, {
          organisationId: r.partnerId,
          lastName,
          function: fn,
          qualifiedSocialWorker: false,
          ...(arrivedOn ? { arrivedOn } : {}),
        }),
      ),
  ),
  fc.tuple(fc.nat(), hostileText, fc.option(anyDay, { nil: undefined })).map(
    ([i, service, departedOn]) =>
      new Cmd(`editAgent(${i})`, async (r) => {
        const a = await pick(r.db.agents.toArray(), i);
        if (a)
          await saveAgent(r.db, seedActor, {
            ...a,
            service,
            ...(departedOn ? { departedOn } : {}),
          });
      }),
  ),
  fc.tuple(fc.nat(), profile, anyDay, hostileText).map(
    ([i, profileCode, grantedOn, justification]) =>
      new Cmd(`grant(${i}, ${profileCode})`, async (r) => {
        const a = await pick(r.db.agents.toArray(), i);
        if (a)
          await grantHabilitation(
            r.db,
            seedActor,
            { agentId: a.id, bulletinId: r.bulletinId, profileCode, grantedOn, justification },
            r.today,
          );
      }),
  ),
  fc.tuple(fc.nat(), anyDay, hostileText).map(
    ([i, on, reason]) =>
      new Cmd(`revoke(${i}, ${on})`, async (r) => {
        const h = await pick(r.db.habilitations.filter((x) => !x.revokedOn).toArray(), i);
        if (h) await revokeHabilitation(r.db, seedActor, h.id, on, reason);
      }),
  ),
  fc
    .tuple(profile, fc.integer({ min: 0, max: 6 }))
    .map(
      ([code, max]) =>
        new Cmd(`setQuota(${code}, ${max})`, (r) =>
          setQuota(r.db, seedActor, r.bulletinId, code, max),
        ),
    ),
  hostileText.map((name) => new Cmd(`setUserName(${name.length})`, (r) => setUserName(r.db, name))),
  fc.integer({ min: 2024, max: 2027 }).map(
    (year) =>
      new Cmd(`openReview(${year})`, (r) =>
        openReview(r.db, seedActor, {
          conventionId: r.conventionId,
          partnerId: r.partnerId,
          year,
          today: r.today,
        }),
      ),
  ),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom<'maintenir' | 'supprimer' | 'modifier'>('maintenir', 'supprimer', 'modifier'),
      hostileText,
      profile,
    )
    .map(
      ([i, decision, reason, newProfileCode]) =>
        new Cmd(`decide(${i}, ${decision})`, async (r) => {
          const item = await pick(r.db.reviewItems.toArray(), i);
          if (item)
            await decideItem(
              r.db,
              seedActor,
              item.id,
              { decision, reason, newProfileCode },
              r.today,
            );
        }),
    ),
  fc.nat().map(
    (i) =>
      new Cmd(`closeReview(${i})`, async (r) => {
        const c = await pick(r.db.reviewCampaigns.filter((x) => x.status === 'open').toArray(), i);
        if (c) await closeReview(r.db, seedActor, c.id, r.today);
      }),
  ),
  fc.constant(
    new Cmd('purge', async (r) => {
      const plan = await planPurge(r.db, '2032-01-01');
      if (plan.habilitationIds.length) await applyPurge(r.db, seedActor, plan);
    }),
  ),
  fc
    .tuple(anyDay, hostileText)
    .map(
      ([date, object]) =>
        new Cmd(`avenant(${date})`, (r) =>
          saveAvenant(r.db, seedActor, { conventionId: r.conventionId, date, object }),
        ),
    ),
  fc.tuple(hostileText, fc.option(anyDay, { nil: undefined })).map(
    ([label, signedOn]) =>
      new Cmd('editConvention', async (r) => {
        const c = await r.db.conventions.get(r.conventionId);
        if (c)
          await updateConvention(r.db, seedActor, {
            ...c,
            label,
            ...(signedOn ? { signedOn } : {}),
          });
      }),
  ),
];

describe('every backup restores to the same register', () => {
  it(
    'after any sequence of operations, export → restore → export is byte-identical',
    { timeout: 600_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: MAX_COMMANDS }), async (cmds) => {
          const { db, conv, bulletin } = await seededDb({ oldRevocation: true });
          const real: Real = {
            db,
            conventionId: conv.id,
            partnerId: conv.partnerId,
            bulletinId: bulletin.id,
            today: '2026-11-23',
          };
          await fc.asyncModelRun(() => ({ model: {}, real }), cmds);
          const first = await buildExport(db, {
            appVersion: '0.1.0',
            now: () => new Date('2026-11-23T12:00:00Z'),
          });
          const parsed = await parseExportFile(first.bytes, { today: real.today });
          const target = await emptyDb();
          await replaceAllData(target, parsed);
          const again = await buildExport(target, {
            appVersion: '0.1.0',
            now: () => new Date('2026-11-23T12:00:00Z'),
          });
          expect(again.body).toBe(first.body);
          expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
          db.close();
          target.close();
        }),
        {
          numRuns: RUNS,
          seed: process.env.REGISTER_PROPERTY_SEED
            ? Number(process.env.REGISTER_PROPERTY_SEED)
            : undefined,
        },
      );
    },
  );
});
