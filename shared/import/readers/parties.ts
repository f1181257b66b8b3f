/**
 * The parties block (« La présente convention est signée entre : … »): the CAF, its seat and
 * director, then the partner, its address, representative, contact details. Every anchor
 * is folded and OCR-tolerant. The switch to the partner's side happens on « Ci-après
 * dénommée « Caf » », on a lone « et », or on the second « représenté(e) par »; when it never
 * happens nothing is guessed and the part is reported as unread.
 */
import {
  findEmails,
  findPhones,
  fixAcronyms,
  fold,
  isPlaceholder,
  parsePerson,
} from '../text-tools';
import { findAnchor, findAny, foldLoose } from './anchors';
import {
  AND_LINE,
  cafName,
  DENOMME,
  END,
  inlineParty,
  representedBy,
  stripEnd,
  withoutDeterminer,
} from './party-text';

export { inlineParty, partnerNameLines, representedBy, withoutDeterminer } from './party-text';
import { type Candidate, type Ctx, makeCtx, type Party, unread } from './context';
import { lineOf, softLine } from './paragraphs';
import { partiesSentence } from './segmentation';

export interface PartiesCandidates {
  cafName: Candidate<string>[];
  cafAddress: Candidate<string>[];
  directorName: Candidate<string>[];
  directorTitle: Candidate<string>[];
  partnerName: Candidate<string>[];
  partnerAddress: Candidate<string>[];
  repName: Candidate<string>[];
  repTitle: Candidate<string>[];
  partnerEmail: Candidate<string>[];
  partnerPhone: Candidate<string>[];
  /** Lines read as the CAF's side (a SIRET there is not the partner's). */
  cafSide: Set<number>;
  /** Lines of the parties blocks (start sentence to end). */
  blocks: { start: number; end: number }[];
}

/** A line of the CAF's address written without « Dont le siège » (street, postcode, CS/BP). */
const ADDRESS_LINE = /\b\d{5}\b|^\d{1,4}(?:\s?(?:bis|ter))?[\s,]+\p{L}|^(?:cs|bp|tsa)\s*\d/iu;

export function collectParties(ctx: Ctx): PartiesCandidates {
  const out = emptyParties();
  const { lines } = ctx;
  for (let i = 0; i < lines.length; i++) {
    const sentence = sentenceParties(ctx, i);
    if (sentence) {
      // « Entre la Commune de X, …, d'une part, et la Caisse …, d'autre part »: read as blocks
      const view = makeCtx(sentence.texts);
      const sub = collectParties(view);
      mergeView(ctx, out, sub, view, sentence.order);
      out.blocks.push({ start: i, end: Math.max(...sentence.order) + 1 });
      i = Math.max(...sentence.order);
      continue;
    }
    if (!opensParties(lines[i] ?? '')) continue;
    const order = partiesOrder(ctx, i);
    if (order) {
      // the partner's block comes first: read the blocks in the CAF-then-partner order, then
      // point every value back at its own line
      const view = makeCtx(order.map((k) => lines[k] ?? ''));
      const sub = emptyParties();
      readBlock(view, 0, sub);
      mergeView(ctx, out, sub, view, order);
      out.blocks.push({ start: i, end: Math.max(...order) + 1 });
      i = Math.max(...order);
      continue;
    }
    i = readBlock(ctx, i, out) - 1;
  }
  return out;
}

/**
 * The parties written as sentences opened by « Entre » (« Entre la Commune de X, …,
 * représentée par …, d'une part, et la Caisse …, d'autre part »), in one paragraph or two:
 * the same text laid out as blocks (« ENTRE : », the first party, « ET : », the second), each
 * view line with the source line it comes from.
 */
function sentenceParties(ctx: Ctx, i: number): { texts: string[]; order: number[] } | undefined {
  const line = ctx.lines[i] ?? '';
  const open = /^entre\s+(?=(?:la|le|les|l')\s*\p{L})/iu.exec(line);
  if (!open || findAnchor(line, 'entre les soussignes', { atStart: true })) return undefined;
  const par = ctx.paragraphs.list[ctx.paragraphs.byLine[i] ?? -1];
  if (!par || par.lines[0] !== i) return undefined;
  let first = par.text.slice(open[0].length);
  let firstAt = i;
  let second: string | undefined;
  let secondAt = i;
  // « …, d'une part, et la Caisse … » in the same paragraph
  const split = /,?\s*d'une part\s*,?\s*(?:et\s+)?/i.exec(first);
  if (split) {
    const rest = first.slice(split.index + split[0].length).trim();
    if (rest) {
      second = rest;
      secondAt = lineOf(par, open[0].length + split.index + split[0].length);
    }
    first = first.slice(0, split.index);
  }
  if (!second) {
    // the next paragraph: « et la Caisse … »
    const next =
      ctx.paragraphs.list[(ctx.paragraphs.byLine[par.lines[par.lines.length - 1]!] ?? -1) + 1];
    const et = next ? /^et\s+(?=(?:la|le|les|l')\s*\p{L})/iu.exec(next.text) : null;
    if (!next || !et || next.lines[0]! - par.lines[par.lines.length - 1]! > 3) return undefined;
    second = next.text.slice(et[0].length);
    secondAt = next.lines[0]!;
  }
  second = second.replace(/,?\s*d'autre part\s*[,.;]?\s*$/i, '');
  firstAt = par.lines[0]!;
  if (!findAnchor(first, 'represente') || !findAnchor(second, 'represente')) return undefined;
  return {
    texts: ['ENTRE :', first, '', 'ET :', '', second],
    order: [i, firstAt, firstAt, secondAt, secondAt, secondAt],
  };
}

/** « La présente convention est signée entre : », « ENTRE : », « Entre d'une part, », « Entre les soussignés ». */
export function opensParties(line: string): boolean {
  return (
    !!partiesSentence(line) ||
    /^entre\s*(?:d'une part)?\s*[,:]?$/i.test(foldLoose(line)) ||
    !!findAnchor(line, 'entre les soussignes', { atStart: true })
  );
}

/** A line that ends the parties block: an article or annex heading, « Il est convenu », a new parties sentence. */
function endsParties(row: string): boolean {
  return (
    !!findAny(row, END, { atStart: true }) ||
    /^art[il1|]c[il1|]e\s*(?:\d+|premier|1er|[IVX]+)\b/i.test(row) ||
    /^annexe\s*(?:n\s?°\s*)?\d/i.test(row) ||
    !!partiesSentence(row)
  );
}

const PARTNER_WORDS =
  /^(?:la|le|les|l')?\s*(?:commune|ville|mairie|c\.?\s?c\.?\s?a\.?\s?s|c\.?\s?i\.?\s?a\.?\s?s|centre (?:inter)?communal|communaut[ée]|m[ée]tropole|syndicat|epci|conseil d[ée]partemental|d[ée]partement)\b/iu;

/** What a party's block says it is: the CAF (« Caisse d'allocations familiales », « la Caf »), the partner, or unknown. */
function segmentParty(lines: readonly string[]): Party | undefined {
  let caf = false;
  let partner = false;
  for (const line of lines) {
    if (!line) continue;
    const denomme = findAny(line, DENOMME);
    if (denomme) {
      const said = foldLoose(line.slice(denomme.end));
      if (/\bpartenaire\b/.test(said)) partner = true;
      else if (/\bcaf\b|\bcaisse\b/.test(said)) caf = true;
      continue;
    }
    if (cafName(line)) caf = true;
    else if (PARTNER_WORDS.test(foldLoose(line))) partner = true;
  }
  if (caf === partner) return undefined;
  return caf ? 'caf' : 'partner';
}

/**
 * When the block opened at `i` gives the partner first and the CAF after (each block saying
 * which it is), the line indexes in the CAF-then-partner order; otherwise undefined.
 */
function partiesOrder(ctx: Ctx, i: number): number[] | undefined {
  const { lines } = ctx;
  const segments: number[][] = [[]];
  const separators: number[] = [];
  let j = i + 1;
  for (; j < lines.length && j < i + 45; j++) {
    const row = lines[j] ?? '';
    if (row && endsParties(row)) break;
    if (AND_LINE.test(foldLoose(row))) {
      separators.push(j);
      segments.push([]);
      continue;
    }
    if (/^d'(?:une|autre) part\b/.test(foldLoose(row))) continue;
    segments[segments.length - 1]!.push(j);
    if (findAny(row, DENOMME, { atStart: true })) segments.push([]);
  }
  const parts = segments.filter((s) => s.some((k) => lines[k]));
  if (parts.length !== 2) return undefined;
  const [first, second] = parts as [number[], number[]];
  if (
    segmentParty(first.map((k) => lines[k] ?? '')) !== 'partner' ||
    segmentParty(second.map((k) => lines[k] ?? '')) !== 'caf'
  )
    return undefined;
  const between = separators.filter((k) => k > first[first.length - 1]! && k < second[0]!);
  return [i, ...second, ...between, ...first];
}

function emptyParties(): PartiesCandidates {
  return {
    cafName: [],
    cafAddress: [],
    directorName: [],
    directorTitle: [],
    partnerName: [],
    partnerAddress: [],
    repName: [],
    repTitle: [],
    partnerEmail: [],
    partnerPhone: [],
    cafSide: new Set(),
    blocks: [],
  };
}

/** Copies what was read on a reordered view back, each value pointing at its own line. */
function mergeView(
  ctx: Ctx,
  out: PartiesCandidates,
  sub: PartiesCandidates,
  view: Ctx,
  order: number[],
) {
  const back = <T>(c: Candidate<T>): Candidate<T> => ({ ...c, index: order[c.index] ?? c.index });
  const keys = [
    'cafName',
    'cafAddress',
    'directorName',
    'directorTitle',
    'partnerName',
    'partnerAddress',
    'repName',
    'repTitle',
    'partnerEmail',
    'partnerPhone',
  ] as const;
  for (const k of keys) out[k].push(...sub[k].map(back));
  sub.cafSide.forEach((k) => out.cafSide.add(order[k] ?? k));
  for (const u of view.unread)
    unread(ctx, u.part, u.label, order[u.sourceLine - 1] ?? u.sourceLine - 1);
}

/** Reads the parties block opened at line `i`; returns the line where it ended. */
function readBlock(ctx: Ctx, i: number, out: PartiesCandidates): number {
  const { lines } = ctx;
  {
    let side: 'caf' | 'between' | 'partner' = 'caf';
    let cafRep = false;
    let cafNameSeen = false;
    let partnerInline = false;
    let consumedUpTo = -1;
    const cafAddressLines: number[] = [];
    const partnerLines: number[] = [];
    let j = i + 1;
    for (; j < lines.length && j < i + 45; j++) {
      if (!lines[j] || j <= consumedUpTo) continue;
      const soft = softLine(lines, ctx.paragraphs, j);
      const row = soft.text;
      if (endsParties(row)) break;
      if (soft.last > j) consumedUpTo = soft.last;
      if (/^d'(?:une|autre) part\b/i.test(row)) continue;
      const denomme = findAny(row, DENOMME, { atStart: true });
      // a party written as one sentence (possibly wrapped over several lines)
      const par = ctx.paragraphs.list[ctx.paragraphs.byLine[j] ?? -1];
      if (
        par &&
        par.lines[0] === j &&
        !partnerInline &&
        (side !== 'caf' || !cafRep) &&
        /,.*,/.test(par.text) &&
        row.includes(',') &&
        !representedBy(row) &&
        !/repr[ée]sent/i.test(row.split(',')[0] ?? '')
      ) {
        const repAt = findAnchor(par.text, 'represente');
        if (repAt && repAt.start > 10 && (side !== 'caf' || cafName(par.text))) {
          const party = inlineParty(par.text);
          const line = (at: number) => lineOf(par, at);
          if (side === 'caf') {
            const caf = cafName(
              par.text.slice(0, party.address?.at ?? party.rep?.at ?? par.text.length),
            );
            if (caf)
              out.cafName.push({
                value: stripEnd(caf.value.split(',')[0] ?? caf.value),
                index: j,
                confidence: 'high',
                corrected: caf.corrected,
                party: 'caf',
              });
            if (party.address)
              out.cafAddress.push({
                value: party.address.value,
                index: line(party.address.at),
                confidence: 'high',
                party: 'caf',
              });
            if (party.rep) {
              const p = parsePerson(party.rep.value);
              if (p.name)
                out.directorName.push({
                  value: p.name,
                  index: line(party.rep.at),
                  confidence: 'high',
                  corrected: party.rep.corrected,
                  party: 'caf',
                });
              if (p.title)
                out.directorTitle.push({
                  value: p.title,
                  index: line(party.rep.at),
                  confidence: 'high',
                  corrected: party.rep.corrected,
                  party: 'caf',
                });
            }
            par.lines.forEach((k) => out.cafSide.add(k));
            cafRep = true;
            cafNameSeen = true;
            if (party.named) side = 'between';
          } else {
            if (party.name) {
              const name = withoutDeterminer(fixAcronyms(party.name.value));
              if (/\p{L}{2}/u.test(name))
                out.partnerName.push({
                  value: name,
                  index: line(party.name.at),
                  confidence: 'high',
                  party: 'partner',
                });
            }
            if (party.address)
              out.partnerAddress.push({
                value: party.address.value,
                index: line(party.address.at),
                confidence: 'high',
                party: 'partner',
              });
            if (party.rep) {
              const p = parsePerson(party.rep.value);
              if (p.name)
                out.repName.push({
                  value: p.name,
                  index: line(party.rep.at),
                  confidence: 'high',
                  corrected: party.rep.corrected,
                  party: 'partner',
                });
              if (p.title)
                out.repTitle.push({
                  value: p.title,
                  index: line(party.rep.at),
                  confidence: 'high',
                  corrected: party.rep.corrected,
                  party: 'partner',
                });
            }
            side = 'partner';
            partnerInline = true;
          }
          j = par.lines[par.lines.length - 1]!;
          continue;
        }
      }
      if (side === 'caf') {
        out.cafSide.add(j);
        if (denomme) {
          side = 'between';
          continue;
        }
        if (AND_LINE.test(foldLoose(row))) {
          side = 'partner';
          continue;
        }
        const rep = representedBy(row);
        if (rep && cafRep) {
          // the second « représenté(e) par »: the switch was missed, this is the partner's
          out.cafSide.delete(j);
          side = 'partner';
          partnerLines.push(j);
          continue;
        }
        const caf = cafName(row);
        if (caf) {
          out.cafName.push({
            value: caf.value,
            index: j,
            confidence: 'high',
            corrected: caf.corrected,
            party: 'caf',
          });
          cafNameSeen = true;
          continue;
        }
        const seat = findAnchor(row, 'dont le siege', { atStart: true });
        if (seat) {
          const v = row
            .slice(seat.end)
            .replace(/^\s*(?:social\s*)?(?:est\s*)?(?:situ[ée]e?\s*)?(?:à|au|:)?\s*/i, '');
          if (v && !isPlaceholder(v))
            out.cafAddress.push({
              value: stripEnd(v),
              index: j,
              confidence: 'high',
              corrected: seat.corrected,
              party: 'caf',
            });
          continue;
        }
        if (
          cafNameSeen &&
          !cafRep &&
          ADDRESS_LINE.test(row) &&
          !/\b(?:article|code|organisme|loi)\b/i.test(row)
        ) {
          cafAddressLines.push(j);
          continue;
        }
        if (rep) {
          cafRep = true;
          const p = parsePerson(rep.rest || nextValue(lines, j));
          if (p.name)
            out.directorName.push({
              value: p.name,
              index: j,
              confidence: 'high',
              corrected: rep.corrected,
              party: 'caf',
            });
          if (p.title)
            out.directorTitle.push({
              value: p.title,
              index: j,
              confidence: 'high',
              corrected: rep.corrected,
              party: 'caf',
            });
          continue;
        }
        continue;
      }
      if (denomme) break;
      if (side === 'between' && AND_LINE.test(foldLoose(row))) {
        side = 'partner';
        continue;
      }
      side = 'partner';
      partnerLines.push(j);
    }
    out.blocks.push({ start: i, end: j });
    if (cafAddressLines.length && !out.cafAddress.some((c) => c.index > i && c.index < j)) {
      out.cafAddress.push({
        value: cafAddressLines
          .map((k) => stripEnd(unlabelled(softLine(lines, ctx.paragraphs, k).text)))
          .join(', '),
        index: cafAddressLines[0]!,
        confidence: cafAddressLines.length > 3 ? 'low' : 'high',
        party: 'caf',
      });
    }
    if (side === 'caf' && out.cafName.some((c) => c.index > i && c.index < j)) {
      unread(
        ctx,
        'partner',
        'le bloc du partenaire (la fin du bloc de la Caf n’a pas été reconnue)',
        i,
      );
    }
    collectPartner(ctx, out, partnerLines, partnerInline);
    return j;
  }
}

/** « Adresse : 14 rue … » → « 14 rue … » (the label is no part of the address). */
const unlabelled = (line: string) =>
  line.replace(
    /^(?:adresse(?: postale)?|si[èe]ge(?: social)?|domicili[ée]e? (?:au|à))\s*:?\s*(?=\d|\p{L})/iu,
    '',
  );

/** The next non-empty line, when a label's value went to it. */
function nextValue(lines: readonly string[], j: number): string {
  for (let k = j + 1; k < j + 3 && k < lines.length; k++) {
    const l = lines[k] ?? '';
    if (!l) continue;
    return /:\s*$|^(num[ée]ro|n°|siret|ci\s*[-–]?\s*apr)/i.test(l) ? '' : l;
  }
  return '';
}

function collectPartner(ctx: Ctx, out: PartiesCandidates, indexes: number[], nameRead: boolean) {
  const rest: number[] = [];
  const consumed = new Set<number>();
  let repSeen = false;
  for (const j of indexes) {
    if (consumed.has(j)) continue;
    const line = softLine(ctx.lines, ctx.paragraphs, j).text;
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
      const p = parsePerson(value);
      if (p.name)
        out.repName.push({
          value: p.name,
          index: j,
          confidence: 'high',
          corrected: rep.corrected,
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
    if (/\bsire[tn]\b/i.test(fold(line)) || findAnchor(line, 'siret')) continue; // read by the identifiers reader
    const emails = findEmails(line);
    const phones = findPhones(line);
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
    rest.push(j);
  }
  const [nameIndex, ...addressIndexes] = rest;
  if (nameIndex === undefined) return;
  let nameText = stripEnd(softLine(ctx.lines, ctx.paragraphs, nameIndex).text);
  // a name in capitals over two lines (« CENTRE INTERCOMMUNAL D'ACTION SOCIALE » / « DU
  // GRESIVAUDAN NORD »): the second line, in capitals with no digit, goes on with the name
  const second = addressIndexes[0];
  const secondText = second === nameIndex + 1 ? (ctx.lines[second] ?? '') : '';
  const capitals = (t: string) => /\p{Lu}{3}/u.test(t) && t === t.toUpperCase() && !/\d/.test(t);
  if (secondText && capitals(nameText) && capitals(secondText) && secondText.length <= 60) {
    nameText = `${nameText} ${stripEnd(secondText)}`;
    addressIndexes.shift();
  }
  const name = withoutDeterminer(fixAcronyms(nameText));
  if (!/\p{L}{2}/u.test(name) || !/\p{Lu}/u.test(name) || /^(?:et|d'une|d'autre)\b/i.test(name))
    return;
  out.partnerName.push({ value: name, index: nameIndex, confidence: 'high', party: 'partner' });
  const address = addressIndexes.slice(0, 3);
  if (address.length) {
    out.partnerAddress.push({
      value: address
        .map((k) => stripEnd(unlabelled(softLine(ctx.lines, ctx.paragraphs, k).text)))
        .join(', '),
      index: address[0]!,
      confidence: addressIndexes.length > 3 ? 'low' : 'high',
      party: 'partner',
    });
  }
}
