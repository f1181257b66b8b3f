/**
 * Scores one extraction against its truth, field by field:
 * - right: the value read is the truth (compared by `compare.ts`);
 * - wrong: a value read, not the truth's;
 * - missing: the truth has a value, the importer gives nothing;
 * - flagged (« signalé »): missing, but the importer said it could not read that part
 *   (an `unread` entry whose `part` covers the field) — better than a silent miss;
 * - invented: a value given where the truth has none, or an extra list item (each of its
 *   values counts once).
 * Lists are paired item by item (missions by wording, contacts by side and role, escalation by
 * name, bulletins by annex and site) before their fields are compared.
 */
import type { ConventionExtraction, Extracted, UnreadPart } from '../../shared/import/types';
import { type FieldResult, Judge } from './score-judge';
import { bulletins, contacts, escalation, missions } from './score-lists';
import type { Truth } from './truth';

export type { FieldResult, Outcome } from './score-judge';

export interface Counts {
  right: number;
  wrong: number;
  missing: number;
  flagged: number;
  invented: number;
  /** Fields the truth holds a value for (right + wrong + missing + flagged). */
  expected: number;
  /** `unread` entries about a part the truth does not hold (« could not read » said of
   *  something absent): noise for the reviewer, counted apart. */
  falseFlags: number;
}

export interface DocScore {
  fields: FieldResult[];
  falseFlags: UnreadPart[];
  counts: Counts;
}

/**
 * Which fields an `unread` part stands for (the keys the readers in shared/import/readers use;
 * a part key not listed is taken as a field path prefix, e.g. 'partner.address').
 */
const PART_FIELDS: Record<string, string[]> = {
  contacts: ['contacts'],
  contact: ['contacts'],
  annex: ['contacts'],
  bulletins: ['bulletins'],
  bulletin: ['bulletins'],
  quotas: ['bulletins'],
  quota: ['bulletins'],
  siret: ['partner.siret'],
  signature: ['convention.signedAt'],
  'signature-date': ['convention.signedOn', 'serviceContract.signedOn'],
  representative: ['partner.representativeName', 'partner.representativeTitle'],
  missions: ['convention.missions'],
  escalation: ['serviceContract.escalation'],
  partner: ['partner'],
  parties: ['partner', 'caf'],
  caf: ['caf'],
  director: ['caf.directorName', 'caf.directorTitle'],
  deliberation: ['deliberation'],
  prefectureActId: ['deliberation.prefectureActId'],
  serviceContract: ['serviceContract'],
  contrat: ['serviceContract'],
  serviceCentre: [
    'serviceContract.serviceCentreEmail',
    'serviceContract.serviceCentreHours',
    'serviceContract.handlingTime',
  ],
  mode: ['convention.mode'],
  number: ['convention.number'],
};

const covers = (prefix: string, field: string) =>
  field === prefix || field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[`);

export function isFlagged(field: string, unread: readonly UnreadPart[]): boolean {
  return unread.some((u) => (PART_FIELDS[u.part] ?? [u.part]).some((p) => covers(p, field)));
}

const v = (e: Extracted<string> | undefined) => e?.value;

export function scoreExtraction(truth: Truth, x: ConventionExtraction): DocScore {
  const j = new Judge();
  const { caf, partner, convention: conv, deliberation: del, serviceContract: sc } = truth;
  j.scalar('caf.name', 'text', caf.name, v(x.caf.name));
  j.scalar('caf.address', 'text', caf.address, v(x.caf.address));
  j.scalar('caf.directorName', 'person', caf.directorName, v(x.caf.directorName));
  j.scalar('caf.directorTitle', 'text', caf.directorTitle, v(x.caf.directorTitle));
  j.scalar('partner.name', 'text', partner.name, v(x.partner.name));
  j.scalar('partner.kind', 'code', partner.kind, x.partner.kind?.value);
  j.scalar('partner.address', 'text', partner.address, v(x.partner.address));
  j.scalar(
    'partner.representativeName',
    'person',
    partner.representativeName,
    v(x.partner.representativeName),
  );
  j.scalar(
    'partner.representativeTitle',
    'text',
    partner.representativeTitle,
    v(x.partner.representativeTitle),
  );
  j.scalar('partner.siret', 'digits', partner.siret, v(x.partner.siret));
  j.scalar('partner.email', 'email', partner.email, v(x.partner.email));
  j.scalar('partner.phone', 'phone', partner.phone, v(x.partner.phone));
  j.scalar('convention.number', 'id', conv.number, v(x.convention.number));
  j.scalar('convention.signedAt', 'text', conv.signedAt, v(x.convention.signedAt));
  j.scalar('convention.signedOn', 'date', conv.signedOn, v(x.convention.signedOn));
  j.scalar('convention.mode', 'code', conv.mode, x.convention.mode?.value);
  missions(
    j,
    conv.missions,
    x.convention.missions.map((m) => m.value),
  );
  j.scalar('deliberation.body', 'text', del.body, v(x.deliberation.body));
  j.scalar('deliberation.date', 'date', del.date, v(x.deliberation.date));
  j.scalar('deliberation.number', 'id', del.number, v(x.deliberation.number));
  j.scalar(
    'deliberation.prefectureActId',
    'id',
    del.prefectureActId,
    v(x.deliberation.prefectureActId),
  );
  j.scalar('serviceContract.signedOn', 'date', sc.signedOn, v(x.serviceContract.signedOn));
  j.scalar(
    'serviceContract.serviceCentreEmail',
    'email',
    sc.serviceCentreEmail,
    v(x.serviceContract.serviceCentreEmail),
  );
  j.scalar(
    'serviceContract.serviceCentreHours',
    'text',
    sc.serviceCentreHours,
    v(x.serviceContract.serviceCentreHours),
  );
  j.scalar(
    'serviceContract.handlingTime',
    'text',
    sc.handlingTime,
    v(x.serviceContract.handlingTime),
  );
  escalation(j, sc.escalation, x.serviceContract.escalation);
  contacts(j, truth.contacts, x.contacts);
  bulletins(j, truth.bulletins, x.bulletins);

  const unread = x.unread ?? [];
  const fields = j.fields.map((f) =>
    f.outcome === 'missing' && isFlagged(f.field, unread)
      ? { ...f, outcome: 'flagged' as const }
      : f,
  );
  const held = fields.filter((f) => f.outcome !== 'invented').map((f) => f.field);
  const falseFlags = unread.filter((u) => !held.some((field) => isFlagged(field, [u])));
  return { fields, falseFlags, counts: { ...countOf(fields), falseFlags: falseFlags.length } };
}

export function countOf(fields: readonly FieldResult[]): Counts {
  const c: Counts = {
    right: 0,
    wrong: 0,
    missing: 0,
    flagged: 0,
    invented: 0,
    expected: 0,
    falseFlags: 0,
  };
  for (const f of fields) c[f.outcome]++;
  c.expected = c.right + c.wrong + c.missing + c.flagged;
  return c;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    right: a.right + b.right,
    wrong: a.wrong + b.wrong,
    missing: a.missing + b.missing,
    flagged: a.flagged + b.flagged,
    invented: a.invented + b.invented,
    expected: a.expected + b.expected,
    falseFlags: a.falseFlags + b.falseFlags,
  };
}

export const emptyCounts = (): Counts => ({
  right: 0,
  wrong: 0,
  missing: 0,
  flagged: 0,
  invented: 0,
  expected: 0,
  falseFlags: 0,
});
