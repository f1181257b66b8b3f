/** Where the parties block opens and ends, and in which order its two parties come. */
import { findAnchor, findAny, foldLoose } from './anchors';
import { type Ctx, type Party } from './context';
import { lineOf } from './paragraphs';
import { AND_LINE, cafName, DENOMME, END } from './party-text';
import { partiesSentence } from './segmentation';

/**
 * The parties written as sentences opened by « Entre » (« Entre la Commune de X, …,
 * représentée par …, d'une part, et la Caisse …, d'autre part »), in one paragraph or two:
 * the same text laid out as blocks (« ENTRE : », the first party, « ET : », the second), each
 * view line with the source line it comes from.
 */
export function sentenceParties(
  ctx: Ctx,
  i: number,
): { texts: string[]; order: number[]; last?: number } | undefined {
  const line = ctx.lines[i] ?? '';
  // (« La présente convention est conclue entre la Caisse … »: the sentence's lead before « entre »)
  const open =
    /^(?:(?:la|le)\s+pr[ée]sente?\s+(?:convention|contrat)[^,.;]{0,40}?\s(?:conclue?|sign[ée]e?|pass[ée]e?|[ée]tablie?)\s+)?entre\s+(?=(?:la|le|les|l')\s*\p{L})/iu.exec(
      line,
    );
  if (!open || findAnchor(line, 'entre les soussignes', { atStart: true })) return undefined;
  const own = ctx.paragraphs.list[ctx.paragraphs.byLine[i] ?? -1];
  // (a whole sentence on its line inside a paragraph that started above: « pris en
  // application de la convention … » / « Le présent contrat est conclu entre … . »)
  const par =
    own && own.lines[0] === i
      ? own
      : own && open[0].length > 10 && /[.]$/.test(line)
        ? { text: line, lines: [i], offsets: [0] }
        : undefined;
  if (!par) return undefined;
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
    // « Entre la Caisse …, représentée par …, | et le Centre … »: the second party in the same
    // paragraph, after the first one's representative
    const rep = findAnchor(first, 'represente');
    const et = rep ? /,?\s*\bet\s+(?=(?:la|le|les|l')\s*\p{L})/iu.exec(first.slice(rep.end)) : null;
    if (rep && et) {
      const cut = rep.end + et.index;
      second = first.slice(cut + et[0].length);
      secondAt = lineOf(par, open[0].length + cut + et[0].length);
      first = first.slice(0, cut);
    }
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
    // (the view's « ET : » is read on the CAF's side: never on the partner's line, whose SIRET
    // would then be taken for the CAF's)
    order: [i, firstAt, firstAt, -1, secondAt, secondAt],
  };
}

/** What may stand before a party's paragraph: « Entre : », « ET : », « D'une part, », « d'autre part, ». */
// (« Entre, d'une part, la Caisse … » / « et, d'autre part, la Communauté … »: commas too)
const PARTY_LEAD =
  /^(?:entre|et)\s*:\s*|^(?:entre\s*,?\s*|et\s*,?\s*)?d'(?:une|autre) part\s*[,:]\s*|^et\s+(?=(?:la|le|les|l')\s*\p{L})/iu;
/** A party's paragraph starts with a body: the CAF, or a partner's kind of body. */
const BODY_START =
  /^(?:la|le|les|l')\s*(?:caisse d'allocations familiales|commune|ville|mairie|c\.?c\.?a\.?s|c\.?i\.?a\.?s|centre (?:inter)?communal|centre hospitalier|communaute|metropole|syndicat|departement|conseil departemental|association|etablissement|groupement|union|federation|office|fondation|mission locale)\b/;

/**
 * The run of lines from `i` up to a blank line, a lone « ET » or a heading (at most 12): a
 * party's paragraph, however the paragraph view cut it.
 */
function lineRun(ctx: Ctx, i: number): { text: string; last: number } {
  const parts: string[] = [];
  let last = i;
  for (let k = i; k < ctx.lines.length && k < i + 12; k++) {
    const row = ctx.lines[k] ?? '';
    if (opensParties(row)) break;
    if (!row || (k > i && (AND_LINE.test(foldLoose(row)) || endsParties(row)))) break;
    // (« …, d'une part, » then « et la Caisse … » on the next line: the other party's run)
    if (
      k > i &&
      /d'une part\s*,?\s*$/i.test(foldLoose(parts[parts.length - 1] ?? '')) &&
      /^et\s+/i.test(row)
    )
      break;
    parts.push(row);
    last = k;
  }
  return { text: parts.join(' ').replace(/(\p{L})- (\p{Ll})/gu, '$1$2'), last };
}

/** The party a run of lines opens (after its lead); undefined when it opens none. */
function partyParagraph(
  ctx: Ctx,
  i: number,
): { text: string; line: number; last: number; caf: boolean; lead: string } | undefined {
  const run = lineRun(ctx, i);
  const lead = PARTY_LEAD.exec(run.text);
  const text = run.text.slice(lead?.[0].length ?? 0);
  const f = foldLoose(text);
  if (!BODY_START.test(f) || !findAnchor(text, 'represente') || text.length > 900) return undefined;
  const caf = /^(?:la|l')\s*caisse d'allocations familiales\b/.test(f);
  return { text, line: i, last: run.last, caf, lead: foldLoose(lead?.[0] ?? '') };
}

/**
 * Two paragraphs, one per party, with no « Entre : » line of their own: « ENTRE : la Caisse …,
 * représentée par …, d'une part, » then « ET : la Commune de X, …, d'autre part » ; « D'une part,
 * la Caisse … ; » then « d'autre part, le Centre hospitalier … » ; or the partner's paragraph
 * first, a lone « ET » between. Each starts with a body and says who represents it, exactly
 * one is the CAF's. The same text laid out as blocks (« ENTRE : », the first, « ET : », the
 * second), each view line with its source line; undefined otherwise.
 */
export function paragraphParties(
  ctx: Ctx,
  i: number,
): { texts: string[]; order: number[]; last?: number } | undefined {
  const { lines } = ctx;
  // (a paragraph's start: after a blank line, or after a line ending a sentence — « … ; vu la
  // loi … modifiée ; » then « La Communauté de communes … »)
  if (!lines[i] || (i > 0 && lines[i - 1] && !/[.;:]\s*$/.test(lines[i - 1]!))) return undefined;
  const first = partyParagraph(ctx, i);
  if (!first) return undefined;
  // the second party: the next run of lines, past blank lines and a lone « ET »
  let j = first.last + 1;
  let between: number | undefined;
  while (j < lines.length && j < first.last + 6) {
    const row = lines[j] ?? '';
    if (row && AND_LINE.test(foldLoose(row)) && between === undefined) between = j;
    else if (row) break;
    j++;
  }
  const second = j < lines.length ? partyParagraph(ctx, j) : undefined;
  if (!second || first.caf === second.caf) return undefined;
  // the pair must say they are two: a lead, « ET » between, or « d'une part » / « d'autre part »
  const paired =
    between !== undefined ||
    (first.lead && second.lead) ||
    (/d'une part/.test(foldLoose(first.text)) && /d'autre part/.test(foldLoose(second.text)));
  if (!paired) return undefined;
  // (« la Caisse … de la Loire (ci-après « la Caf »), 3 avenue … »: the bracket names, no more)
  const strip = (t: string) =>
    t
      .replace(/\s*\(\s*ci\s*-?\s*(?:apr[èe]s|dessous)[^()]*\)/gi, '')
      .replace(/,?\s*d'(?:une|autre) part\s*[,.;]?\s*$/i, '');
  return {
    texts: ['ENTRE :', strip(first.text), '', 'ET :', '', strip(second.text)],
    // (the « ET : » of the view is read on the CAF's side: never on the partner's line)
    order: [
      i,
      first.line,
      first.line,
      between ?? (first.caf ? first.last : -1),
      second.line,
      second.line,
    ],
    last: second.last,
  };
}

/** « La présente convention est signée entre : », « ENTRE : », « Entre d'une part, », « Entre les soussignés ». */
export function opensParties(line: string): boolean {
  return (
    !!partiesSentence(line) ||
    /^entre\s*,?\s*(?:d'une part)?\s*[,:]?$/i.test(foldLoose(line)) ||
    // (« ENTRE ⇥ ET »: the titles of two columns a PDF then gave one after the other)
    /^entre\s*[,:]?\s+et\s*[,:]?$/i.test(foldLoose(line)) ||
    // (« Désignation des parties », « Identification des parties », « Les parties » as a heading)
    /^(?:(?:designation|identification|presentation)\s+des\s+parties|les\s+parties(?:\s+(?:contractantes|signataires))?)\s*:?$/i.test(
      foldLoose(line),
    ) ||
    // (« Entre les parties désignées ci-dessous », « Entre les parties suivantes : »)
    /^entre\s+les\s+parties(?:\s+(?:designees|suivantes|ci-dessous|ci-apres|signataires)(?:\s+ci-(?:dessous|apres))?)?\s*:?$/i.test(
      foldLoose(line),
    ) ||
    // (« LES SOUSSIGNÉS : », the older notarial opener, alone on its line)
    /^(?:entre\s+)?les\s+soussigne(?:e?s)?\s*[,:]?$/i.test(foldLoose(line)) ||
    !!findAnchor(line, 'entre les soussignes', { atStart: true })
  );
}

/** A line that ends the parties block: an article or annex heading, « Il est convenu », a new parties sentence. */
export function endsParties(row: string): boolean {
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
      // (from the cue's start: « ci-après la Caf » holds the name in the cue itself)
      const said = foldLoose(line.slice(denomme.start));
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
export function partiesOrder(ctx: Ctx, i: number): number[] | undefined {
  const { lines } = ctx;
  const segments: number[][] = [[]];
  const separators: number[] = [];
  let named = 0;
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
    if (findAny(row, DENOMME, { atStart: true })) {
      // (the second party named « ci-après … » closes the block: « 1. Objet » may follow
      // with no « Article » word to end it)
      if (++named === 2) break;
      segments.push([]);
    }
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
  // (« Entre, » then a blank line: the blank stays after it, so that the Caf's sentence moved
  // up is a paragraph of its own)
  const gap = first[0] !== undefined && !lines[first[0]] ? first[0] : undefined;
  return [
    i,
    ...(gap !== undefined ? [gap] : []),
    ...second,
    ...between,
    ...first.filter((k) => k !== gap),
  ];
}
