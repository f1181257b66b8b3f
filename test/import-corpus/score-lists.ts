/**
 * The lists of an extraction scored item by item: missions paired by wording, escalation by
 * name, contacts by side and role, bulletins by annex and site; an item the truth lacks has
 * each of its values counted invented.
 */
import type { ConventionExtraction } from '../../shared/import/types';
import { normalizeAs, sameAs, similarity, type Kind } from './compare';
import { firstOf, type Judge, pairUp, present } from './score-judge';
import type { Truth, TruthBulletin, TruthContact, TruthEscalation, TruthScalar } from './truth';

export function missions(j: Judge, truth: Truth['convention']['missions'], got: string[]) {
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

export function escalation(
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

export function contacts(j: Judge, truth: TruthContact[], got: ConventionExtraction['contacts']) {
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

export function bulletins(
  j: Judge,
  truth: TruthBulletin[],
  got: ConventionExtraction['bulletins'],
) {
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
