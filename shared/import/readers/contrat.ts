/**
 * The contrat de services: its signature date, the service centre (opening hours, e-mail,
 * handling time), the escalation contacts in order, and the management mode the parties
 * chose. Sentences are matched on the paragraph view (a sentence broken anywhere still
 * reads); opening hours must name days or hours, or they are not opening hours.
 */
import { findEmails, keyOf } from '../text-tools';
import type { ContactValue, ConventionExtraction, EscalationValue, Extracted } from '../types';
import { findAnchor } from './anchors';
import { type Candidate, type Ctx, resolve, uniqueBy } from './context';
import { ESCALATION_LEAD, escalationList } from './contrat-escalation';
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
    for (let i = block.start; i < block.end; i++) {
      const line = ctx.lines[i] ?? '';
      if (/centre de services|guichet unique/i.test(line)) afterCentre = true;
      if (isHeadingLine(line)) centreSection = isCentreSection(ctx.lines, i, block.end);
      // « Messagerie : x@caf.fr » under a heading about the assistance, before the centre is named
      const labelled = centreSection && MAIL_LABEL.test(line) && !/partenaire/i.test(line);
      if ((afterCentre || labelled) && emails.length === 0 && MAIL_CUE.test(line)) {
        const e = findEmails(line)[0];
        if (e) emails.push({ value: e, index: i, confidence: 'high' });
        else {
          const next = valueOnNextLine(ctx.lines, i, block.end);
          if (next) emails.push({ value: next.email, index: next.index, confidence: 'high' });
        }
      }
      if (
        (isHeadingLine(line) || ESCALATION_LEAD.test(line)) &&
        (findAnchor(line, "procedure d'escalade") || /\bescalade\b/i.test(line))
      )
        escalation.push(...escalationList(ctx, i + 1, block.end, contacts));
    }
  }
  // no contrat: an avenant may rewrite its escalation
  if (!contrats.length) escalation.push(...avenantEscalation(ctx, blocks, contacts));
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
    escalation: uniqueBy(escalation, (e) => `${e.value.side}|${keyOf(e.value.name)}`),
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
