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
import { normalizeAs, sameAs, similarity, type Kind } from './compare';
import type { Truth, TruthBulletin, TruthContact, TruthEscalation, TruthScalar } from './truth';

export type Outcome = 'right' | 'wrong' | 'missing' | 'flagged' | 'invented';

export interface FieldResult {
  field: string;
  outcome: Outcome;
  expected?: string;
  got?: string;
}

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

const spec = (t: TruthScalar): { values: string[]; optional: boolean } => {
  if (t === undefined || t === null) return { values: [], optional: false };
  if (typeof t === 'string') return { values: [t], optional: false };
  if (Array.isArray(t)) return { values: t, optional: false };
  return { values: typeof t.optional === 'string' ? [t.optional] : t.optional, optional: true };
};

const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

class Judge {
  readonly fields: FieldResult[] = [];

  scalar(field: string, kind: Kind, truth: TruthScalar, got: string | undefined): void {
    const { values, optional } = spec(truth);
    const expected = values.join(' | ') || undefined;
    if (!present(got)) {
      if (values.length && !optional) this.fields.push({ field, outcome: 'missing', expected });
      return;
    }
    if (!values.length) this.fields.push({ field, outcome: 'invented', got });
    else if (values.some((v) => sameAs(kind, v, got)))
      this.fields.push({ field, outcome: 'right', expected, got });
    else this.fields.push({ field, outcome: 'wrong', expected, got });
  }

  /** Every value of an item the truth does not have. */
  extra(field: string, values: Record<string, string | undefined>): void {
    for (const [k, v] of Object.entries(values))
      if (present(v)) this.fields.push({ field: `${field}.${k}`, outcome: 'invented', got: v });
  }

  /** A set of values (a contact's phones): each truth value found or missing, each extra invented. */
  set(field: string, kind: Kind, truth: readonly string[], got: readonly string[]): void {
    const left = got.filter(present);
    for (const t of truth) {
      const i = left.findIndex((g) => sameAs(kind, t, g));
      if (i >= 0)
        this.fields.push({ field, outcome: 'right', expected: t, got: left.splice(i, 1)[0] });
      else this.fields.push({ field, outcome: 'missing', expected: t });
    }
    for (const g of left) this.fields.push({ field, outcome: 'invented', got: g });
  }
}

/** Pairs truth items with got items, stage by stage; returns the pairs and the leftovers. */
function pairUp<T, G>(truth: readonly T[], got: readonly G[], stages: ((t: T, g: G) => boolean)[]) {
  const pairs: [T, G][] = [];
  const t = [...truth];
  const g = [...got];
  for (const match of stages) {
    for (let i = 0; i < t.length;) {
      const j = g.findIndex((x) => match(t[i]!, x));
      if (j >= 0) {
        pairs.push([t[i]!, g[j]!]);
        t.splice(i, 1);
        g.splice(j, 1);
      } else i++;
    }
  }
  return { pairs, truthLeft: t, gotLeft: g };
}

const v = (e: Extracted<string> | undefined) => e?.value;
const firstOf = (t: TruthScalar) => spec(t).values;

function missions(j: Judge, truth: Truth['convention']['missions'], got: string[]) {
  const asList = (m: string | string[]) => (typeof m === 'string' ? [m] : m);
  const items = truth.map((t, i) => ({ t, n: i + 1 }));
  const { pairs, truthLeft, gotLeft } = pairUp(items, got, [
    ({ t }, g) => asList(t).some((x) => sameAs('text', x, g)),
    ({ t }, g) => asList(t).some((x) => similarity(x, g) >= 0.5),
  ]);
  for (const [{ t, n }, g] of pairs) j.scalar(`convention.missions[${n}]`, 'text', t, g);
  for (const { t, n } of truthLeft) j.scalar(`convention.missions[${n}]`, 'text', t, undefined);
  for (const g of gotLeft)
    j.fields.push({ field: 'convention.missions[+]', outcome: 'invented', got: g });
}

function escalation(
  j: Judge,
  truth: TruthEscalation[],
  got: ConventionExtraction['serviceContract']['escalation'],
) {
  const items = got.map((e) => e.value);
  const { pairs, truthLeft, gotLeft } = pairUp(truth, items, [
    (t, g) => sameAs('person', t.name, g.name),
    (t, g) => firstOf(t.phone).some((p) => present(g.phone) && sameAs('phone', p, g.phone)),
    (t, g) => similarity(t.name, g.name) >= 0.5,
  ]);
  const check = (t: TruthEscalation, g: (typeof items)[number] | undefined) => {
    const f = `serviceContract.escalation[${truth.indexOf(t) + 1}]`;
    j.scalar(`${f}.side`, 'code', t.side, g?.side);
    j.scalar(`${f}.name`, 'person', t.name, g?.name);
    j.scalar(`${f}.function`, 'text', t.function, g?.function);
    j.scalar(`${f}.phone`, 'phone', t.phone, g?.phone);
    j.scalar(`${f}.email`, 'email', t.email, g?.email);
  };
  for (const [t, g] of pairs) check(t, g);
  for (const t of truthLeft) check(t, undefined);
  for (const g of gotLeft)
    j.extra(`serviceContract.escalation[+${g.name}]`, {
      side: g.side,
      name: g.name,
      function: g.function,
      phone: g.phone,
      email: g.email,
    });
}

function contacts(j: Judge, truth: TruthContact[], got: ConventionExtraction['contacts']) {
  const items = got.map((c) => c.value);
  const sameName = (t: TruthContact, g: (typeof items)[number]) =>
    present(g.name) && firstOf(t.name).some((n) => sameAs('person', n, g.name!));
  const { pairs, truthLeft, gotLeft } = pairUp(truth, items, [
    (t, g) =>
      t.side === g.side &&
      t.role === g.role &&
      (sameName(t, g) || (!firstOf(t.name).length && !present(g.name))),
    (t, g) => t.side === g.side && t.role === g.role,
    (t, g) => t.side === g.side && sameName(t, g),
  ]);
  const label = (t: TruthContact) => {
    const same = truth.filter((x) => x.side === t.side && x.role === t.role);
    return `contacts[${t.side}/${t.role}${same.length > 1 ? `#${same.indexOf(t) + 1}` : ''}]`;
  };
  const check = (t: TruthContact, g: (typeof items)[number] | undefined) => {
    const f = label(t);
    if (g) j.scalar(`${f}.role`, 'code', t.role, g.role);
    else j.scalar(`${f}.role`, 'code', t.role, undefined);
    j.scalar(`${f}.name`, 'person', t.name, g?.name);
    j.scalar(`${f}.email`, 'email', t.email, g?.email);
    j.set(`${f}.phones`, 'phone', t.phones, g?.phones ?? []);
  };
  for (const [t, g] of pairs) check(t, g);
  for (const t of truthLeft) if (!t.optional) check(t, undefined);
  for (const g of gotLeft) {
    j.extra(`contacts[+${g.side}/${g.role}]`, { role: g.role, name: g.name, email: g.email });
    for (const p of g.phones)
      j.fields.push({
        field: `contacts[+${g.side}/${g.role}].phones`,
        outcome: 'invented',
        got: p,
      });
  }
}

function bulletins(j: Judge, truth: TruthBulletin[], got: ConventionExtraction['bulletins']) {
  const items = got.map((b) => b.value);
  const eq = (kind: Kind, t: TruthScalar, g: string | undefined) =>
    present(g) && firstOf(t).some((x) => sameAs(kind, x, g));
  const { pairs, truthLeft, gotLeft } = pairUp(truth, items, [
    (t, g) =>
      sameAs('code', t.serviceCode, g.serviceCode) &&
      eq('id', t.annexNumber, g.annexNumber) &&
      (eq('text', t.siteLabel, g.siteLabel) ||
        (!firstOf(t.siteLabel).length && !present(g.siteLabel))),
    (t, g) => sameAs('code', t.serviceCode, g.serviceCode) && eq('text', t.siteLabel, g.siteLabel),
    (t, g) =>
      sameAs('code', t.serviceCode, g.serviceCode) && eq('id', t.annexNumber, g.annexNumber),
    (t, g) => sameAs('code', t.serviceCode, g.serviceCode),
  ]);
  const check = (t: TruthBulletin, g: (typeof items)[number] | undefined) => {
    const f = `bulletins[${truth.indexOf(t) + 1}]`;
    j.scalar(`${f}.serviceCode`, 'code', t.serviceCode, g?.serviceCode);
    j.scalar(`${f}.serviceLabel`, 'text', t.serviceLabel, g?.serviceLabel);
    j.scalar(`${f}.siteLabel`, 'text', t.siteLabel, g?.siteLabel);
    j.scalar(`${f}.annexNumber`, 'id', t.annexNumber, g?.annexNumber);
    j.scalar(`${f}.date`, 'date', t.date, g?.date);
    const quotas = new Map(
      (g?.quotas ?? []).map((q) => [normalizeAs('code', q.value.profileCode), q.value]),
    );
    for (const [code, max] of Object.entries(t.quotas)) {
      const q = quotas.get(normalizeAs('code', code));
      quotas.delete(normalizeAs('code', code));
      j.scalar(`${f}.quotas.${code}`, 'code', String(max), q ? String(q.max) : undefined);
    }
    for (const q of quotas.values())
      j.fields.push({
        field: `${f}.quotas.${q.profileCode}`,
        outcome: 'invented',
        got: String(q.max),
      });
  };
  for (const [t, g] of pairs) check(t, g);
  for (const t of truthLeft) check(t, undefined);
  for (const g of gotLeft) {
    const f = `bulletins[+${g.serviceCode}]`;
    j.extra(f, {
      serviceCode: g.serviceCode,
      serviceLabel: g.serviceLabel,
      siteLabel: g.siteLabel,
      annexNumber: g.annexNumber,
      date: g.date,
    });
    for (const q of g.quotas)
      j.fields.push({
        field: `${f}.quotas.${q.value.profileCode}`,
        outcome: 'invented',
        got: String(q.value.max),
      });
  }
}

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
