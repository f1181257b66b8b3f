/**
 * The contrat de services: its signature date, the service centre (opening hours, e-mail,
 * handling time), the escalation contacts in order, and the management mode the parties
 * chose. Sentences are matched on the paragraph view (a sentence broken anywhere still
 * reads); opening hours must name days or hours, or they are not opening hours.
 */
import { findEmails, personKey } from '../text-tools';
import type { ContactValue, ConventionExtraction, EscalationValue, Extracted } from '../types';
import { findAnchor } from './anchors';
import { type Candidate, type Ctx, resolve, uniqueBy } from './context';
import { ESCALATION_LEAD, escalationList, LEVEL_ROW, proseEscalation } from './contrat-escalation';
import { MAIL_CUE, serviceCentre, valueOnNextLine } from './contrat-service-centre';
import { isHeadingLine } from './paragraphs';
import type { Block } from './segmentation';
import { avenantEscalation } from './avenant';
import { signaturesIn } from './signature';

export { managementMode } from './contrat-mode';
export { hoursPhrase } from './contrat-service-centre';
export { nameBeforeFunction } from './contrat-escalation';

/** A line labelled as an e-mail address (« Messagerie : », « Courriel ⇥ », « Adresse électronique »). */
const MAIL_LABEL =
  /^(?:messagerie|courriel|m[ée]l|e-?mail|adresse (?:[ée]lectronique|mail|m[ée]l))\b[^:\t@]{0,40}(?::|\t)/i;

/**
 * The section a heading opens (up to the next heading) is about the service centre: its
 * heading or its text names the centre, the assistance, the support or the incidents desk.
 */
export function isCentreSection(lines: readonly string[], heading: number, end: number): boolean {
  let text = lines[heading] ?? '';
  for (let k = heading + 1; k < end && !isHeadingLine(lines[k] ?? ''); k++) text += ` ${lines[k]}`;
  return /centre de services|guichet unique|\bassistance\b|\bsupport\b|hotline/i.test(text);
}

/**
 * The e-mail in the row under a header row that names it (« Adresse de messagerie »), when the
 * table is the centre's: the header also names the days or hours, or the line before it names
 * the centre (« Le centre de services est joignable aux jours et heures suivants : »).
 */
function centreRow(
  lines: readonly string[],
  header: number,
  end: number,
): { email: string; index: number } | undefined {
  let before = header - 1;
  while (before >= 0 && !(lines[before] ?? '').trim()) before--;
  const centres =
    /\b(?:jours|horaires?|heures)\b/i.test(lines[header] ?? '') ||
    /centre de services|guichet unique/i.test(lines[before] ?? '');
  if (!centres) return undefined;
  let k = header + 1;
  while (k < end && !(lines[k] ?? '').trim()) k++;
  const email = k < end ? findEmails(lines[k] ?? '')[0] : undefined;
  return email ? { email, index: k } : undefined;
}

/**
 * The centre's e-mail in a paragraph that names the centre outside any contrat (« 7. Le centre
 * de services de la Caf est joignable …, à l'adresse x@caf.fr »): the first e-mail after the
 * centre is named, given with a way to reach it.
 */
function centreEmailOutside(ctx: Ctx, inside: (line: number) => boolean): Candidate<string>[] {
  for (const p of ctx.paragraphs.list) {
    if (inside(p.lines[0]!)) continue;
    const named = /centre de services|guichet unique/i.exec(p.text);
    if (!named) continue;
    const after = p.text.slice(named.index);
    const cue = /messagerie|courriel|m[ée]l\b|e-mail|adresse/i.exec(after);
    const email = findEmails(after)[0];
    if (!cue || !email || after.indexOf(email) < cue.index) continue;
    const at = named.index + after.indexOf(email);
    const k = p.offsets.findLastIndex((o) => o <= at);
    return [{ value: email, index: p.lines[Math.max(0, k)]!, confidence: 'medium' }];
  }
  return [];
}

export function serviceContract(
  ctx: Ctx,
  blocks: Block[],
  contacts: Extracted<ContactValue>[],
): ConventionExtraction['serviceContract'] {
  const contrats = blocks.filter((b) => b.kind === 'contrat');
  const dates: Candidate<string>[] = [];
  const emails: Candidate<string>[] = [];
  const hours: Candidate<string>[] = [];
  const handling: Candidate<string>[] = [];
  const escalation: Extracted<EscalationValue>[] = [];
  for (const block of contrats) {
    for (const s of signaturesIn(ctx, block.start, block.end)) if (s.date) dates.push(s.date);
    serviceCentre(ctx, block.start, block.end, hours, handling);
    let afterCentre = false;
    let centreSection = false;
    let levelsRead = false;
    for (let i = block.start; i < block.end; i++) {
      const line = ctx.lines[i] ?? '';
      if (/centre de services|guichet unique/i.test(line)) afterCentre = true;
      if (isHeadingLine(line)) centreSection = isCentreSection(ctx.lines, i, block.end);
      // « Messagerie : x@caf.fr » under a heading about the assistance, before the centre is named
      const labelled = centreSection && MAIL_LABEL.test(line) && !/partenaire/i.test(line);
      if ((afterCentre || labelled) && emails.length === 0 && MAIL_CUE.test(line)) {
        const e = findEmails(line)[0];
        if (e) emails.push({ value: e, index: i, confidence: 'high' });
        else if (line.includes('\t')) {
          // a table's header row (« Jours ⇥ Horaires ⇥ Adresse de messagerie »): the centre's
          // row under it when the table is the centre's, never a contacts table's first person
          const row = centreRow(ctx.lines, i, block.end);
          if (row) emails.push({ value: row.email, index: row.index, confidence: 'high' });
        } else {
          const next = valueOnNextLine(ctx.lines, i, block.end);
          if (next) emails.push({ value: next.email, index: next.index, confidence: 'high' });
        }
      }
      if (
        (isHeadingLine(line) || ESCALATION_LEAD.test(line)) &&
        (findAnchor(line, "procedure d'escalade") || /\bescalade\b/i.test(line))
      ) {
        escalation.push(...escalationList(ctx, i + 1, block.end, contacts));
        levelsRead = true;
      } else if (!levelsRead && LEVEL_ROW.test(line)) {
        // (« Escalade (1) ⇥ X – … » rows in a table of the contrat's particulars, no heading)
        escalation.push(...escalationList(ctx, i, block.end, contacts));
        levelsRead = true;
      }
    }
  }
  // the centre described outside any contrat de services (a convention in numbered
  // paragraphs, a pack whose contrat was not told apart): only paragraphs about the centre
  if (!hours.length || !handling.length) {
    const outside = blocks.filter((b) => b.kind !== 'convention' && b.kind !== 'contrat');
    const moreHours: Candidate<string>[] = [];
    const moreHandling: Candidate<string>[] = [];
    let from = 0;
    for (const b of [...contrats, ...outside].sort((x, y) => x.start - y.start)) {
      if (b.start > from) serviceCentre(ctx, from, b.start, moreHours, moreHandling, true);
      from = Math.max(from, b.end);
    }
    serviceCentre(ctx, from, ctx.lines.length, moreHours, moreHandling, true);
    if (!hours.length) hours.push(...moreHours);
    if (!handling.length) handling.push(...moreHandling);
  }
  // no contrat: an avenant may rewrite its escalation
  if (!contrats.length) escalation.push(...avenantEscalation(ctx, blocks, contacts));
  if (emails.length === 0) {
    const kept = blocks.filter((b) => b.kind !== 'convention');
    emails.push(...centreEmailOutside(ctx, (k) => kept.some((b) => b.start <= k && k < b.end)));
  }
  // no « escalade » heading: a paragraph saying whom one turns to when no answer comes (in the
  // contrat, or in a convention that holds the contrat's clauses itself)
  if (!escalation.length) {
    const scopes = contrats.length ? contrats : blocks.filter((b) => b.kind === 'convention');
    for (const b of scopes) escalation.push(...proseEscalation(ctx, b.start, b.end, contacts));
  }
  const guichet = contacts.find(
    (c) => c.value.side === 'caf' && c.value.role === 'guichet-unique' && c.value.email,
  );
  if (emails.length === 0 && guichet?.value.email) {
    emails.push({
      value: guichet.value.email,
      index: guichet.sourceLine - 1,
      confidence: 'medium',
    });
  }
  const r: ConventionExtraction['serviceContract'] = {
    escalation: uniqueBy(escalation, (e) => `${e.value.side}|${personKey(e.value.name)}`),
  };
  const signedOn = resolve(ctx, 'serviceContract.signedOn', 'Date du contrat de services', dates);
  const email = resolve(
    ctx,
    'serviceContract.serviceCentreEmail',
    'E-mail du centre de services',
    emails,
  );
  const hoursValue = resolve(
    ctx,
    'serviceContract.serviceCentreHours',
    'Horaires du centre de services',
    hours,
  );
  const handlingTime = resolve(
    ctx,
    'serviceContract.handlingTime',
    'Délai de traitement',
    handling,
  );
  if (signedOn) r.signedOn = signedOn;
  if (email) r.serviceCentreEmail = email;
  if (hoursValue) r.serviceCentreHours = hoursValue;
  if (handlingTime) r.handlingTime = handlingTime;
  return r;
}
