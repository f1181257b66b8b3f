/**
 * The contrat de services: its signature date, the service centre (opening hours, e-mail,
 * handling time), the escalation contacts in order, and the management mode the parties
 * chose. Sentences are matched on the paragraph view (a sentence broken anywhere still
 * reads); opening hours must name days or hours, or they are not opening hours.
 */
import type { Side } from '../../domain/schemas/entities';
import { CIVILITY, NAME_RE, findEmails, findPhones, fold, keyOf, looksLikePersonName, stripBullet } from '../text-tools';
import type { ContactValue, ConventionExtraction, EscalationValue, Extracted } from '../types';
import { findAnchor } from './anchors';
import { at, type Candidate, type Ctx, resolve, uniqueBy } from './context';
import { isHeadingLine, lineOf } from './paragraphs';
import type { Block } from './segmentation';
import { signaturesIn } from './signature';

type Mode = 'délégué' | 'centralisé';

export function managementMode(ctx: Ctx): Candidate<Mode>[] {
  const out: Candidate<Mode>[] = [];
  const word = (w: string): Mode => (/^d/i.test(w) ? 'délégué' : 'centralisé');
  for (const p of ctx.paragraphs.list) {
    const t = fold(p.text);
    if (!/deleg|central/.test(t)) continue;
    const m =
      /\b(?:optent?|opte|choisi(?:ssent|t)?|retenu)\b.{0,160}?\bmode\s+(?:de gestion\s+)?(?:des habilitations\s+)?(deleguee?|centralisee?)/.exec(t) ??
      /\bmode\s+(?:de gestion\s+)?(?:des (?:habilitations|acces)\s+)?(?:retenu|choisi)\s*:?\s*(?:le mode\s+)?(deleguee?|centralisee?)/.exec(t) ??
      /(?:☒|☑|✔|✓|\[x\]|\(x\)|\bx\s)\s*(?:mode\s+|gestion\s+)?(deleguee?|centralisee?)/.exec(t);
    if (m?.[1]) out.push({ value: word(m[1]), index: lineOf(p, m.index), confidence: 'high' });
  }
  return out;
}

const DAYS = /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/i;

function serviceCentre(ctx: Ctx, from: number, to: number, hours: Candidate<string>[], handling: Candidate<string>[]) {
  for (const p of ctx.paragraphs.list) {
    const first = p.lines[0]!;
    if (first < from || first >= to) continue;
    const open = /(?:centre de services|guichet unique|service|assistance|hotline)[^.]*?\best\s+(?:ouvert|joignable|accessible)e?s?\s+(.+?)(?:\.(?:\s|$)|$)/i.exec(p.text);
    if (open?.[1]) {
      const value = open[1].replace(/[\s,;]+$/, '').replace(/\b(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b/g, (d) => d.toLowerCase());
      const real = DAYS.test(value) || /\d{1,2}\s*h/.test(value);
      if (real && value.length <= 160) hours.push({ value, index: lineOf(p, open.index), confidence: 'high' });
    }
    if (!/escalade|absence de r[ée]ponse/i.test(p.text)) {
      const h = /(?:trait[ée]e?s?|prises? en (?:charge|compte)|r[ée]ponse|r[ée]pond)[^.]{0,80}?(?:dans un d[ée]lai (?:maximum |maximal )?de|sous|dans les)\s+(\d+\s*(?:h\b|heures|jours(?: ouvr[ée]s)?))/i.exec(p.text);
      if (h?.[1]) handling.push({ value: h[1].replace(/\s*h\b/, ' h'), index: lineOf(p, h.index), confidence: 'medium' });
    }
  }
}

export function serviceContract(ctx: Ctx, blocks: Block[], contacts: Extracted<ContactValue>[]): ConventionExtraction['serviceContract'] {
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
    for (let i = block.start; i < block.end; i++) {
      const line = ctx.lines[i] ?? '';
      if (/centre de services|guichet unique/i.test(line)) afterCentre = true;
      if (afterCentre && emails.length === 0 && /messagerie|courriel|m[ée]l\b|e-mail|adresse [ée]lectronique/i.test(line)) {
        const e = findEmails(line)[0];
        if (e) emails.push({ value: e, index: i, confidence: 'high' });
      }
      if (isHeadingLine(line) && findAnchor(line, "procedure d'escalade")) escalation.push(...escalationList(ctx, i + 1, block.end));
    }
  }
  const guichet = contacts.find((c) => c.value.side === 'caf' && c.value.role === 'guichet-unique' && c.value.email);
  if (emails.length === 0 && guichet?.value.email) {
    emails.push({ value: guichet.value.email, index: guichet.sourceLine - 1, confidence: 'medium' });
  }
  const r: ConventionExtraction['serviceContract'] = {
    escalation: uniqueBy(escalation, (e) => `${e.value.side}|${keyOf(e.value.name)}`),
  };
  const signedOn = resolve(ctx, 'serviceContract.signedOn', 'Date du contrat de services', dates);
  const email = resolve(ctx, 'serviceContract.serviceCentreEmail', 'E-mail du centre de services', emails);
  const hoursValue = resolve(ctx, 'serviceContract.serviceCentreHours', 'Horaires du centre de services', hours);
  const handlingTime = resolve(ctx, 'serviceContract.handlingTime', 'Délai de traitement', handling);
  if (signedOn) r.signedOn = signedOn;
  if (email) r.serviceCentreEmail = email;
  if (hoursValue) r.serviceCentreHours = hoursValue;
  if (handlingTime) r.handlingTime = handlingTime;
  return r;
}

const PHONE_TEXT = /\(?\s*(?:(?:\+|00)33\s?|0)[1-9](?:[\s.-]?\d{2}){4}\s*\)?/g;

function escalationList(ctx: Ctx, from: number, to: number): Extracted<EscalationValue>[] {
  const out: Extracted<EscalationValue>[] = [];
  let side: Side | undefined;
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i] ?? '';
    if (isHeadingLine(line)) break;
    if (!line) continue;
    if (/\bpour la caf\b|\bc[ôo]t[ée] caf\b/i.test(line)) side = 'caf';
    if (/\bpour le partenaire\b|\bc[ôo]t[ée] partenaire\b|chez le partenaire/i.test(line)) side = 'partner';
    const text = stripBullet(line);
    const phones = findPhones(text);
    const emails = findEmails(text);
    const hasCivility = CIVILITY.test(text);
    if (!side || (!hasCivility && phones.length === 0 && emails.length === 0)) continue;
    if (/^pour (la|le)\b/i.test(text)) continue;
    let rest = text;
    for (const e of emails) rest = rest.replace(e, '');
    rest = rest.replace(PHONE_TEXT, '').replace(/\(\s*\)/g, '');
    rest = rest.replace(CIVILITY, '');
    const name = NAME_RE.exec(rest)?.[1]?.trim();
    if (!name || !looksLikePersonName(name)) continue;
    const fn = rest.slice(rest.indexOf(name) + name.length).replace(/^[\s,:–-]+|[\s,;:–-]+$/g, '').trim();
    out.push(
      at(ctx, i, {
        side,
        name,
        ...(fn ? { function: fn } : {}),
        ...(phones[0] ? { phone: phones[0] } : {}),
        ...(emails[0] ? { email: emails[0] } : {}),
      }, 'high'),
    );
  }
  return out;
}
