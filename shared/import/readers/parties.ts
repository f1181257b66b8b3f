/**
 * The parties block (« La présente convention est signée entre : … »): the CAF, its seat and
 * director, then the partner, its address, representative, contact details. Every anchor
 * is folded and OCR-tolerant. The switch to the partner's side happens on « Ci-après
 * dénommée « Caf » », on a lone « et », or on the second « représenté(e) par »; when it never
 * happens nothing is guessed and the part is reported as unread.
 */
import { type Candidate, type Ctx, makeCtx, unread } from './context';
import { readBlock } from './parties-block';
import { normalizeLine } from '../normalize';
import { isSidesHead, labelGrid, type SideColumns, sideColumns, sideRows } from './parties-columns';
import { opensParties, paragraphParties, partiesOrder, sentenceParties } from './parties-layout';

export { inlineParty, partnerNameLines, representedBy, withoutDeterminer } from './party-text';
export { opensParties } from './parties-layout';

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
/**
 * `raw`: the text's lines as written (before spaces are collapsed), line for line with
 * `ctx.lines`, where the two parties may stand side by side.
 */
export function collectParties(ctx: Ctx, raw?: readonly string[]): PartiesCandidates {
  const out = emptyParties();
  const { lines } = ctx;
  for (let i = 0; i < lines.length; i++) {
    // (« ⇥ La Caf ⇥ Le partenaire » over « Dénomination ⇥ … ⇥ … » rows: a grid of labels)
    const opens = opensParties(lines[i] ?? '');
    let next = i + 1;
    while (next < lines.length && next <= i + 2 && !lines[next]) next++;
    const columns = raw
      ? ((opens || isSidesHead(raw[i] ?? '') ? sideColumns(raw, i + 1) : undefined) ??
        labelGrid(raw, i) ??
        (opens ? labelGrid(raw, next) : undefined) ??
        sideRows(raw, i) ??
        (opens ? sideRows(raw, next) : undefined))
      : undefined;
    if (columns) {
      readColumns(ctx, out, i, columns);
      i = columns.last;
      continue;
    }
    const sentence = sentenceParties(ctx, i) ?? paragraphParties(ctx, i);
    if (sentence) {
      // « Entre la Commune de X, …, d'une part, et la Caisse …, d'autre part »: read as blocks
      const view = makeCtx(sentence.texts);
      const sub = collectParties(view);
      mergeView(ctx, out, sub, view, sentence.order);
      const last = Math.max(...sentence.order, sentence.last ?? 0);
      out.blocks.push({ start: i, end: last + 1 });
      i = last;
      continue;
    }
    if (!opensParties(lines[i] ?? '')) continue;
    // « Partie n° 1 – La Caisse … », « Partie n° 2 – L'association … »: read without the
    // numbers, every value at its own line
    const numbered = withoutPartyNumbers(lines, i);
    if (numbered) {
      const view = makeCtx(numbered);
      const sub = emptyParties();
      const end = readBlock(view, i, sub);
      mergeView(
        ctx,
        out,
        sub,
        view,
        numbered.map((_, k) => k),
      );
      i = end - 1;
      continue;
    }
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
/** The two columns read as blocks, the CAF's first; each value back on its own line. */
function readColumns(ctx: Ctx, out: PartiesCandidates, i: number, columns: SideColumns) {
  const cell = (c: { text: string }) => normalizeLine(c.text);
  const second = columns.partner[0]!.index;
  const texts = ['ENTRE :', ...columns.caf.map(cell), '', 'ET :', '', ...columns.partner.map(cell)];
  const order = [i, ...columns.caf.map((c) => c.index), second, second, second];
  order.push(...columns.partner.map((c) => c.index));
  const view = makeCtx(texts);
  const sub = emptyParties();
  readBlock(view, 0, sub);
  mergeView(ctx, out, sub, view, order);
  // a line holding a partner's cell is no CAF's line only (its SIRET is the partner's)
  for (const c of columns.partner) out.cafSide.delete(c.index);
  out.blocks.push({ start: i, end: columns.last + 1 });
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

const PARTY_NUMBER = /^(?:partie|contractant)\s*(?:n\s*[°º]\s*)?\d\s*[–—:.-]\s*(?=\p{L})/iu;

/** The lines with « Partie n° 1 – » taken off the parties' first lines, when the block under the opener at `i` numbers them. */
function withoutPartyNumbers(lines: readonly string[], i: number): string[] | undefined {
  const near = lines.slice(i + 1, i + 30);
  if (near.filter((l) => PARTY_NUMBER.test(l)).length < 2) return undefined;
  return lines.map((l, k) => (k > i && k < i + 30 ? l.replace(PARTY_NUMBER, '') : l));
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
