/** The partner's lines of a parties block: its name, address, representative, contact details. */
import {
  findEmails,
  findPhones,
  fixAcronyms,
  fold,
  isPlaceholder,
  parsePerson,
} from '../text-tools';
import { findAnchor, foldLoose, ocrWords, phonesTolerant, wordsOf } from './anchors';
import { type Ctx, unread } from './context';
import { softLine, STREET_START } from './paragraphs';
import type { PartiesCandidates } from './parties';
import {
  capsNameOcr,
  DESCRIPTIVE,
  personBelow,
  representedBy,
  stripEnd,
  withoutDeterminer,
  qualityField,
} from './party-text';

/**
 * « Adresse : 14 rue … », « Dont le siège est situé 2 rue … » → « 14 rue … », « 2 rue … » (the
 * label is no part of the address).
 */
export const unlabelled = (line: string) =>
  line.replace(
    /^(?:adresse(?: postale)?|sise?\s+(?:au\s+|à\s+)?(?=\d)|(?:dont (?:le|son) |ayant son )?si[èe]ge(?: social)?(?: est)?(?: (?:situ[ée]e?|fix[ée]e?|[ée]tabli))?(?: (?:au|à))?|domicili[ée]e? (?:au|à))\s*:?\s*(?=\d|\p{L})/iu,
    '',
  );

/** The next non-empty line, when a label's value went to it. */
export function nextValue(lines: readonly string[], j: number): string {
  for (let k = j + 1; k < j + 3 && k < lines.length; k++) {
    const l = lines[k] ?? '';
    if (!l) continue;
    return /:\s*$|^(num[ée]ro|n°|siret|ci\s*[-–]?\s*apr)/i.test(l) ? '' : l;
  }
  return '';
}

/**
 * A name line that goes on after a comma: « Association X (AX), association régie par la loi
 * du 1er juillet 1901 » (an apposition in lower case, or a description of the body: no part
 * of the name), « CCAS de Y, 3 place de la Mairie » (the address starts). Anything else after
 * the comma stays with the name.
 */
export function nameApart(text: string): { name: string; address?: string } {
  // (« … Alpilles-Durance (établissement public de coopération intercommunale) »: an apposition
  // in brackets, in lower case, says what the body is)
  const apposition = /\s*\(((?=\p{Ll})[^()]*)\)\s*$/u.exec(text);
  if (apposition && apposition.index > 0 && DESCRIPTIVE.test(apposition[1]!))
    return nameApart(text.slice(0, apposition.index));
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (c !== ',' || depth) continue;
    const head = stripEnd(text.slice(0, k));
    const tail = text.slice(k + 1).trim();
    if (!/\p{L}{2}/u.test(head)) return { name: text };
    if (STREET_START.test(tail) || /^\d{1,4}\s?(?:bis|ter)?[\s,]+\p{L}/iu.test(tail))
      return { name: head, address: stripEnd(tail) };
    if (/^\p{Ll}/u.test(tail) || DESCRIPTIVE.test(tail)) return { name: head };
    return { name: text };
  }
  return { name: text };
}

/** « Établissement public administratif », « Organisme … »: a line saying what the body is. */
const describes = (line: string) =>
  DESCRIPTIVE.test(line) && !/^(?:dont le si[èe]ge|sise?\b|repr[ée]sent)/i.test(line);

export function collectPartner(
  ctx: Ctx,
  out: PartiesCandidates,
  indexes: number[],
  nameRead: boolean,
) {
  const rest: number[] = [];
  const consumed = new Set<number>();
  let repSeen = false;
  for (const j of indexes) {
    if (consumed.has(j)) continue;
    let line = softLine(ctx.lines, ctx.paragraphs, j).text;
    const rep = representedBy(line);
    if (rep) {
      repSeen = true;
      let value = rep.rest;
      if (!value) {
        const next = indexes.find((k) => k > j && k <= j + 2);
        if (next !== undefined && nextValue(ctx.lines, j) === ctx.lines[next]) {
          value = ctx.lines[next] ?? '';
          consumed.add(next);
        }
      }
      if (value && isPlaceholder(value)) continue;
      const ocr = capsNameOcr(ocrWords(value, wordsOf(ctx.lines)).text, ctx.lines);
      const p = parsePerson(ocr.text);
      // (« Représentée par son Maire » / « Monsieur Thierry FALCONNET »)
      const below = !p.name && p.title ? personBelow(ctx.lines, j) : undefined;
      if (below && indexes.includes(below.index)) {
        out.repName.push({
          value: below.name,
          index: below.index,
          confidence: 'high',
          party: 'partner',
        });
        consumed.add(below.index);
      }
      if (p.name)
        out.repName.push({
          value: p.name,
          index: j,
          confidence: 'high',
          corrected: rep.corrected || ocr.corrected,
          party: 'partner',
        });
      if (p.title)
        out.repTitle.push({
          value: p.title,
          index: j,
          confidence: 'high',
          corrected: rep.corrected,
          party: 'partner',
        });
      if (value && !p.name && !p.title)
        unread(ctx, 'representative', 'le représentant du partenaire', j);
      continue;
    }
    // (« Représenté par : Madame X » then « Qualité : Directrice générale »)
    const quality = qualityField(line);
    if (quality && repSeen) {
      out.repTitle.push({
        value: quality,
        index: j,
        confidence: 'high',
        party: 'partner',
      });
      continue;
    }
    // the SIRET is read by the identifiers reader; the fields after it on its line
    // (« SIRET : … – Téléphone : … – Courriel : … ») are the partner's
    if (/\bsire[tn]\b/i.test(fold(line)) || findAnchor(line, 'siret')) {
      const others = line
        .split(/\s+[–—|]\s+|\s*;\s*/)
        .filter((piece) => !/\bsire[tn]\b/i.test(fold(piece)) && !findAnchor(piece, 'siret'))
        .join(' – ');
      if (!findEmails(others).length && !findPhones(others).length) continue;
      line = others;
    }
    // a page's number (« Page 12 sur 28 », « 4/8 », « - 3 - »; OCR may damage its digits)
    if (
      /^(?:page\s*\w{1,3}\s*(?:sur|\/)\s*\w{1,3}|\d{1,3}\s*\/\s*\d{1,3}|[-–]\s*\d{1,3}\s*[-–])$/i.test(
        line.trim(),
      )
    )
      continue;
    const emails = findEmails(line);
    // (« 04 73 69 9O 00 »: a letter for a digit in an OCR'd number)
    const tolerant = phonesTolerant(line, findPhones);
    const phones = tolerant.phones;
    if (emails.length || phones.length) {
      if (emails[0])
        out.partnerEmail.push({
          value: emails[0],
          index: j,
          confidence: 'medium',
          party: 'partner',
        });
      if (phones[0])
        out.partnerPhone.push({
          value: phones[0],
          index: j,
          confidence: 'medium',
          party: 'partner',
          ...(tolerant.corrected ? { corrected: true } : {}),
        });
      continue;
    }
    if (
      /:\s*$/.test(line) ||
      isPlaceholder(line) ||
      /^(?:t[ée]l|fax|courriel|m[ée]l)\b/i.test(line)
    )
      continue;
    if (repSeen || nameRead) continue; // after the representative: no more name or address
    // (« LE PARTENAIRE », « LE BAILLEUR »: the block's heading, no name)
    if (
      /^(?:le|la|l')\s*(?:partenaire|bailleur|organisme|structure|collectivite|beneficiaire|adherent)\s*:?$/i.test(
        foldLoose(line).trim(),
      )
    )
      continue;
    rest.push(j);
  }
  const [nameIndex, ...addressIndexes] = rest;
  if (nameIndex === undefined) return;
  // (« Le Centre Communal d'Action Sociale de Pessac » / « Établissement public administratif
  // communal »: a line describing the body is no part of its name)
  const below = ctx.lines[nameIndex + 1] ?? '';
  let nameText = stripEnd(
    describes(below)
      ? (ctx.lines[nameIndex] ?? '')
      : softLine(ctx.lines, ctx.paragraphs, nameIndex).text,
  );
  // a name in capitals over two lines (« CENTRE INTERCOMMUNAL D'ACTION SOCIALE » / « DU
  // GRESIVAUDAN NORD »): the second line, in capitals with no digit, goes on with the name
  const second = addressIndexes[0];
  const secondText = second === nameIndex + 1 ? (ctx.lines[second] ?? '') : '';
  const capitals = (t: string) => /\p{Lu}{3}/u.test(t) && t === t.toUpperCase() && !/\d/.test(t);
  if (secondText && capitals(nameText) && capitals(secondText) && secondText.length <= 60) {
    nameText = `${nameText} ${stripEnd(secondText)}`;
    addressIndexes.shift();
  }
  const split = nameApart(nameText);
  const name = withoutDeterminer(fixAcronyms(split.name));
  if (!/\p{L}{2}/u.test(name) || !/\p{Lu}/u.test(name) || /^(?:et|d'une|d'autre)\b/i.test(name))
    return;
  out.partnerName.push({ value: name, index: nameIndex, confidence: 'high', party: 'partner' });
  // (the describing line under the name is no address either)
  if (addressIndexes.length && describes(ctx.lines[addressIndexes[0]!] ?? ''))
    addressIndexes.shift();
  const address = addressIndexes.slice(0, 3);
  const pieces = address.map((k) =>
    stripEnd(unlabelled(softLine(ctx.lines, ctx.paragraphs, k).text)),
  );
  if (split.address) pieces.unshift(split.address);
  if (pieces.length) {
    out.partnerAddress.push({
      value: pieces.join(', '),
      index: split.address ? nameIndex : address[0]!,
      confidence: addressIndexes.length > 3 ? 'low' : 'high',
      party: 'partner',
    });
  }
}
