/**
 * Parts read only in part. A reader that got two of four contacts, the partner's name but not
 * its address, or the first level of an escalation reports nothing unread, so the review
 * showed the rest as « absent » although the text holds it. These detectors look, once every
 * reader has run, for what the text plainly holds near a part and no read value accounts for:
 * an e-mail or a French phone number beside a person or a role, a street or postcode in a
 * party's block, « représenté par » with a name after it. They never read a value (a guess
 * would be an invention); they only turn a silent « absent » into « not understood, here ».
 */
import { findEmails, findPhones, fold, isPlaceholder } from '../text-tools';
import type { ConventionExtraction, Extracted } from '../types';
import { type Ctx, unread } from './context';
import { type Block, blockAt } from './segmentation';

export function detectLeftovers(ctx: Ctx, blocks: Block[], x: ConventionExtraction): void {
  leftoverCoordinates(ctx, blocks, x);
  partyDetails(ctx, x);
}

/** Every e-mail (lower case) and phone (digits only) that some read value or conflict holds. */
function accountedCoordinates(x: ConventionExtraction): Set<string> {
  const seen = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const e of findEmails(value)) seen.add(e.toLowerCase());
      for (const p of findPhones(value)) seen.add(p.replace(/\D/g, ''));
      const digits = value.replace(/\D/g, '');
      if (digits.length === 10 && /^0/.test(digits)) seen.add(digits);
      return;
    }
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        // the source excerpts hold the text around a value, not the value: they account for nothing
        if (k !== 'sourceText') visit(v);
      }
  };
  const { lines: _lines, unread: _unread, warnings: _warnings, ...values } = x;
  visit(values);
  return seen;
}

/** A role of the contacts annex or of an escalation, or a person: what makes a line a contact's. */
const PERSON_CONTEXT =
  /\b(?:administrat(?:eur|rice)|suppleant|referent|correspondant|responsable|interlocut|contact|securite|rssi|dpo|delegue|protection des donnees|guichet|niveau|escalade|m\.|mme|madame|monsieur)\b/;
const UPPER_NAME = /\b\p{Lu}{2,}(?:[-' ]\p{Lu}{2,})*\b/u;
const ESCALATION_CUE = /escalad|\bniveau\b|\bn\s?\+\s?1\b|\brecours\b/;

/** Dotted or underlined leaders: a blank of a template, not a value. */
const LEADERS = /\.\s?\.|_{3}/;

/** One « not understood » per part: the first place is enough to send the reader there. */
function unreadOnce(ctx: Ctx, part: string, label: string, index: number) {
  if (!ctx.unread.some((u) => u.part === part)) unread(ctx, part, label, index);
}

/**
 * Lines holding an e-mail or phone number no value accounts for, beside a person or a role:
 * in the contrat, an escalation person not read; elsewhere, a contact not read. The lines of
 * the parties (a party's own switchboard) and of bulletins and deliberations (their own
 * readers) are left out.
 */
function leftoverCoordinates(ctx: Ctx, blocks: readonly Block[], x: ConventionExtraction) {
  const accounted = accountedCoordinates(x);
  const partyLines = partiesZone(ctx, x);
  const found: Record<'contacts' | 'escalation', { index: number; items: string[] }> = {
    contacts: { index: -1, items: [] },
    escalation: { index: -1, items: [] },
  };
  ctx.lines.forEach((line, i) => {
    const left = [
      ...findEmails(line).filter((e) => !accounted.has(e.toLowerCase())),
      ...findPhones(line).filter((p) => !accounted.has(p.replace(/\D/g, ''))),
    ];
    if (!left.length || partyLines.has(i)) return;
    const block = blockAt(blocks, i);
    if (block?.kind === 'deliberation' || block?.kind === 'bulletin') return;
    const around = ctx.lines.slice(Math.max(0, i - 3), i + 1);
    const personNear =
      PERSON_CONTEXT.test(fold(around.join(' '))) || around.some((l) => UPPER_NAME.test(l));
    if (!personNear) return;
    const part = sectionOf(ctx, block, i);
    if (!part) return;
    const slot = found[part];
    if (slot.index < 0) slot.index = i;
    for (const item of left) if (!slot.items.includes(item)) slot.items.push(item);
  });
  const shown = (items: string[]) =>
    items.slice(0, 2).join(', ') +
    (items.length > 3
      ? ` et ${items.length - 2} autres`
      : items.length === 3
        ? ` et ${items[2]}`
        : '');
  if (found.contacts.index >= 0)
    unreadOnce(
      ctx,
      'contacts',
      `des coordonnées d’interlocuteurs qui n’ont pas été reprises (${shown(found.contacts.items)})`,
      found.contacts.index,
    );
  if (found.escalation.index >= 0)
    unreadOnce(
      ctx,
      'escalation',
      `des personnes de la procédure d’escalade qui n’ont pas été reprises (${shown(found.escalation.items)})`,
      found.escalation.index,
    );
}

const CONTACTS_CUE = /\binterlocut|\bannexe\b|\bcontacts?\b|\bcorrespondants\b|\bcoordonnees\b/;

/**
 * Whose coordinates a line holds: the nearest cue above it (within its block) says escalation
 * or contacts; in the contrat with neither, nothing is said (the service centre's own address
 * has its detector).
 */
function sectionOf(ctx: Ctx, block: Block | undefined, i: number) {
  const from = block?.start ?? 0;
  for (let k = i; k >= from && k >= i - 40; k--) {
    const f = fold(ctx.lines[k] ?? '');
    if (ESCALATION_CUE.test(f)) return 'escalation' as const;
    // (in the contrat, only an annex of its own: the security article's « interlocuteurs »
    // are the annex's persons, named again)
    if (CONTACTS_CUE.test(f))
      return block?.kind !== 'contrat' || underAnnex(ctx, from, k)
        ? ('contacts' as const)
        : undefined;
  }
  return block?.kind === 'contrat' ? undefined : ('contacts' as const);
}

/**
 * In the contrat, persons listed under an annex heading are the annex's contacts; under an
 * article (the security article's « interlocuteurs ») they are the annex's persons named again.
 */
function underAnnex(ctx: Ctx, from: number, k: number): boolean {
  for (let j = k; j >= from; j--) {
    const f = fold(ctx.lines[j] ?? '');
    if (/^\s*annexe\b/.test(f)) return true;
    if (/^\s*article\b/.test(f)) return false;
  }
  return false;
}

/**
 * The lines of a party's block: from its name down to a blank line, the end of the block
 * (« ci-après … »), the other party's name or the next part of the text.
 */
function partyBlock(ctx: Ctx, name: Extracted<string> | undefined, otherName?: Extracted<string>) {
  if (!name) return [];
  const start = name.sourceLine - 1;
  const out: number[] = [];
  for (let i = start; i < Math.min(ctx.lines.length, start + 8); i++) {
    const line = ctx.lines[i] ?? '';
    const f = fold(line).trim();
    if (i > start) {
      if (!f || i === (otherName?.sourceLine ?? 0) - 1) break;
      if (
        /^(?:article\b|et\b|entre\b|d'une part|d'autre part|il a ete|il est convenu|vu\b)/.test(f)
      )
        break;
      if (/\b(?:signee|conclue|passee) entre\b/.test(f)) break;
    }
    out.push(i);
    if (/ci-?\s*apres|d'(?:une|autre) part/.test(f)) break;
  }
  return out;
}

const CAF_NAMED = /caisse d.allocations familiales|\bcaf\b/;
const PARTY_CUE = /^\s*(?:entre|et|d'une part|d'autre part)\b|\bd'(?:une|autre) part\b/;
const PARTY_DETAIL =
  /represente\w*\s+par\s+(?:son|sa|le|la|m\.|mme|madame|monsieur)?\s*\p{L}{2}|en la personne de\s+\p{L}|\bsise?\s+\p{L}|\bsiege\b|\bsiret\b\D{0,12}\d|\d{5}\s+\p{L}/u;

/**
 * The parties as the text introduces them (« ENTRE : la Caisse …, représentée par … d'une
 * part, ET : la Commune de …, … d'autre part »), before the first article: each introduction
 * with the lines that go on from it, for the CAF or for the partner by whether it names the
 * CAF. Only lines that hold a party's details (a representative, an address, a SIRET).
 */
function cuedPartyLines(ctx: Ctx): { caf: number[]; partner: number[] } {
  const out = { caf: [] as number[], partner: [] as number[] };
  const firstArticle = ctx.lines.findIndex((l) => /^\s*article\s+(?:1|premier|i)\b/.test(fold(l)));
  const end = Math.min(ctx.lines.length, firstArticle < 0 ? 80 : firstArticle);
  for (let i = 0; i < end; i++) {
    const f = fold(ctx.lines[i] ?? '');
    if (!PARTY_CUE.test(f) || /\b(?:signee|conclue|passee) entre\b/.test(f)) continue;
    const block = [i];
    for (let j = i + 1; j < Math.min(end, i + 6); j++) {
      const g = fold(ctx.lines[j] ?? '').trim();
      if (
        !g ||
        /^(?:et|entre|article)\b/.test(g) ||
        (/d'(?:une|autre) part\b.*\p{L}{3}.*$/u.test(g) && j > i + 1)
      )
        break;
      block.push(j);
      if (/d'(?:une|autre) part|ci-?\s*apres/.test(g)) break;
    }
    const text = fold(block.map((k) => ctx.lines[k] ?? '').join(' '));
    // (a blank template's « Représenté(e) par : ……… » holds no detail)
    if (LEADERS.test(text) || text.includes('…')) continue;
    if (!PARTY_DETAIL.test(text) || isPlaceholder(text)) continue;
    (CAF_NAMED.test(text.slice(0, 80)) ? out.caf : out.partner).push(...block);
    i = block[block.length - 1]!;
  }
  return out;
}

/** Where a party's own coordinates stand: its block, or a line with its SIRET or « ci-après ». */
function partiesZone(ctx: Ctx, x: ConventionExtraction): Set<number> {
  const zone = new Set([
    ...partyBlock(ctx, x.partner.name, x.caf.name),
    ...partyBlock(ctx, x.caf.name, x.partner.name),
  ]);
  ctx.lines.forEach((_line, i) => {
    const near = fold(ctx.lines.slice(Math.max(0, i - 2), i + 3).join(' '));
    if (/\bsiret\b|\bsiren\b|ci-?\s*apres|d'(?:une|autre) part|\bsise?\b|\bdomicilie/.test(near))
      zone.add(i);
    // a deliberation designating its administrators (one not recognised as a block) names
    // persons who are not the annex's contacts
    if (/\bdesigne\b/.test(near)) zone.add(i);
  });
  return zone;
}

const POSTCODE_TOWN = /(?<![\d/.-])\d{2}\s?\d{3}(?![\d/.-])\s+\p{L}/u;
const STREET =
  /^\s*(?:\d+\s*(?:bis|ter)?\s*,?\s*)?(?:rue|avenue|av\.|boulevard|bd|place|chemin|route|allee|quai|cours|impasse|square|esplanade|parvis|rond-point)\b/;
const REPRESENTED_BY = /\brepresente(?:e|\(e\))?s?\s+(?:par|en la personne)\b\s*:?\s*(.*)$/;

/**
 * The first line of a party's block holding a postcode or a street, unless its postcode is in
 * the other party's address as read (both addresses on one line).
 */
function addressLine(
  ctx: Ctx,
  lines: readonly number[],
  otherAddress: Extracted<string> | undefined,
): number | undefined {
  const theirs = otherAddress && fold(otherAddress.value).replace(/\s/g, '');
  return lines.find((i) => {
    const line = ctx.lines[i] ?? '';
    if (!POSTCODE_TOWN.test(line) && !STREET.test(fold(line))) return false;
    const code = line.match(/\d{2}\s?\d{3}/)?.[0]?.replace(/\s/g, '');
    return !(code && theirs?.includes(code));
  });
}

/** The line of a block saying « représenté(e) par » with a name after it (not a blank). */
function representedLine(ctx: Ctx, lines: readonly number[]): number | undefined {
  return lines.find((i) => {
    const m = fold(ctx.lines[i] ?? '').match(REPRESENTED_BY);
    if (!m) return false;
    const rest = [m[1] ?? '', fold(ctx.lines[i + 1] ?? '')].join(' ');
    return /\p{L}{3}/u.test(rest) && !isPlaceholder(rest) && !LEADERS.test(rest);
  });
}

/**
 * A party whose name was read but whose address, representative or director was not, while
 * its block holds a postcode, a street or « représenté(e) par » and a name; a party introduced
 * with its details whose name no reader took.
 */
function partyDetails(ctx: Ctx, x: ConventionExtraction) {
  const cued = cuedPartyLines(ctx);
  const partnerLines = [
    ...new Set([...partyBlock(ctx, x.partner.name, x.caf.name), ...cued.partner]),
  ];
  const cafLines = [...new Set([...partyBlock(ctx, x.caf.name, x.partner.name), ...cued.caf])];
  if (!x.caf.name && cued.caf.length)
    unreadOnce(ctx, 'caf', 'la Caf (nom, adresse, directeur)', cued.caf[0]!);
  if (!x.partner.name && cued.partner.length)
    unreadOnce(ctx, 'partner', 'le partenaire (nom, adresse, représentant)', cued.partner[0]!);
  // (a party whose name is not read is said unread as a whole: no detail is added to it)
  if (x.partner.name && !x.partner.address) {
    const i = addressLine(ctx, partnerLines, x.caf.address);
    if (i !== undefined) unread(ctx, 'partner.address', 'l’adresse du partenaire', i);
  }
  if (x.caf.name && !x.caf.address) {
    const i = addressLine(ctx, cafLines, x.partner.address);
    if (i !== undefined) unread(ctx, 'caf.address', 'l’adresse de la Caf', i);
  }
  if (x.partner.name && (!x.partner.representativeName || !x.partner.representativeTitle)) {
    const i = representedLine(ctx, partnerLines);
    if (i !== undefined) unread(ctx, 'representative', 'le représentant du partenaire', i);
  }
  if (x.caf.name && (!x.caf.directorName || !x.caf.directorTitle)) {
    const i = representedLine(ctx, cafLines);
    if (i !== undefined) unread(ctx, 'director', 'le directeur ou la directrice de la Caf', i);
  }
}
