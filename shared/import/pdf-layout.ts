/**
 * Rebuilds the text of a PDF from its pdf.js text items the way the importer reads a text
 * copied from Word: one line per paragraph (soft-wrapped lines joined, hyphenation undone),
 * one line per table row (cells separated by tabs, wrapped cells kept in their cell), list
 * items and headings on their own line, running headers, footers and page numbers dropped.
 * Every line keeps the page it starts on, so that the review can say « page N ».
 */
import {
  dropRunningLines,
  lineText,
  runningHeaders,
  pageLines,
  type Fragment,
  type PageLines,
  type PdfPageInput,
  type VisualLine,
} from './pdf-geometry';
import { joinWrapped, vocabularyOf } from './pdf-join';
import { pageUnits, wrapped, type PageUnit } from './pdf-tables';
import { readSideBlocks, readTextColumns } from './pdf-text-columns';

export interface PdfLine {
  text: string;
  /** 1-based page where the line starts. */
  page: number;
}

/** A list item: « • », « - », « 1. », « a) »… */
const LIST_MARK =
  /^([•▪◦●■□➢►✓·*\u2022\uf0b7\uf0a7-]|[–—](?=\s)|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s)|[IVX]{1,4}[.)-](?=\s))/;
/** An item number printed apart from its text (« 1. », « a) »). */
const NUMBER_MARK = /^(\(?\d{1,2}[.)°]|\(?[a-z][.)])$/;
/** A lone bullet glyph printed before the item's text. */
const BULLET = /^[•▪◦●■□➢►✓·o\u2022\uf0b7\uf0a7\uf0d8\uf076-]$/;
/** Starts of headings that never continue the line above. */
const HEADING =
  /^(article|annexe|chapitre|titre|partie|pr[ée]ambule|sommaire|objet|entre les soussign[ée]s|fait [àa]|pour la caf|pour le partenaire|bulletin d.adh[ée]sion|contrat de services?)\b|^[1-9]\d?(\.\d{1,2}){0,3}\s*[-–—.)]\s/i;

interface ProseLine {
  line: VisualLine;
  text: string;
  /** Pieces far apart (tab stops, a row the table finder left alone): joined by tabs. */
  tabbed: boolean;
  /** x where the text of a list item starts (after its bullet). */
  textX: number;
  /** How far a next line may start from `textX` (wider where textX was estimated). */
  textXSlack: number;
  listItem: boolean;
}

/** Fragments joined by a tab, or by a space when they are a word gap apart (drawn apart only). */
function joinFragments(fragments: readonly Fragment[]): string {
  return fragments
    .map((f, i) => (i === 0 ? '' : f.gapBefore <= f.size * 0.42 ? ' ' : '\t') + f.text)
    .join('');
}

function proseOf(line: VisualLine): ProseLine {
  const [first, second] = line.fragments;
  if (first && second && BULLET.test(first.text)) {
    const rest = joinFragments(line.fragments.slice(1));
    return {
      line,
      text: `- ${rest}`,
      tabbed: rest.includes('\t'),
      textX: second.x,
      textXSlack: 3,
      listItem: true,
    };
  }
  const text = joinFragments(line.fragments);
  const apart = first && second && NUMBER_MARK.test(first.text);
  // « 1. exercice des … » in one piece: its next line starts under the text, after the number,
  // where the font's mean character width puts it
  const inline = !apart && first ? /^(\d{1,2}[.)]|[a-z][.)]|[–—-])\s+/.exec(first.text) : null;
  return {
    line,
    text: text.replace(/^[•▪◦●■□➢►✓\u2022\uf0b7\uf0a7]\s*/, '- '),
    tabbed: text.includes('\t'),
    // an item's number printed apart: its text's next line starts under the text
    textX: apart ? second.x : inline ? line.x + inline[0].length * first!.charWidth : line.x,
    textXSlack: inline ? Math.max(3, first!.charWidth * 1.5) : 3,
    listItem: LIST_MARK.test(text),
  };
}

const fontsOf = (l: VisualLine) => new Set(l.fragments.map((f) => f.font));

/** Typical distance between two lines of a paragraph, per font size (rounded). */
function modalPitch(pages: PageLines[], most = false): (size: number) => number {
  const counts = new Map<number, Map<number, number>>();
  for (const p of pages)
    for (let i = 1; i < p.lines.length; i++) {
      const a = p.lines[i - 1]!;
      const b = p.lines[i]!;
      if (Math.abs(a.size - b.size) > 0.5) continue;
      const pitch = Math.round((a.y - b.y) * 2) / 2;
      // (lines closer than their font size are no two lines of a paragraph: cells of a table
      // row set half a line apart, a superscript)
      if (pitch < a.size * 0.9 || pitch > a.size * 3) continue;
      const size = Math.round(a.size);
      const m = counts.get(size) ?? new Map<number, number>();
      m.set(pitch, (m.get(pitch) ?? 0) + 1);
      counts.set(size, m);
    }
  return (size) => {
    const m = counts.get(Math.round(size));
    if (!m) return size * 1.2;
    // the line pitch inside a paragraph: the smallest frequent one (a document of one-line
    // paragraphs has more paragraph gaps than line pitches)
    const top = Math.max(...m.values());
    if (most) return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    return Math.min(
      ...[...m.entries()].filter(([, n]) => n >= Math.max(2, top * 0.25)).map(([p]) => p),
    );
  };
}

/**
 * The right edge of the text on a page: where its longest prose line ends — or the mirror of
 * the left margin when that is a little further (no line of a left-aligned page quite reaches
 * the margin).
 */
function rightEdge(lines: VisualLine[], pageWidth: number): number | undefined {
  if (lines.length < 3) return undefined;
  const longest = Math.max(...lines.map((l) => l.end));
  const mirror = pageWidth - Math.min(...lines.map((l) => l.x));
  return mirror > longest && mirror - longest <= pageWidth * 0.015 ? mirror : longest;
}

interface Context {
  pitch: (size: number) => number;
  /** The most frequent distance between lines (between one-line paragraphs in a hard-wrapped text). */
  common: (size: number) => number;
  edge: (page: number) => number;
  wraps: boolean;
}

/** Whether the paragraph of `prev` goes on with `next` (a soft line break). */
function continues(prev: ProseLine, start: ProseLine, next: ProseLine, ctx: Context): boolean {
  const a = prev.line;
  const b = next.line;
  // a heading starts with a capital or a number: « … annexés au » / « contrat de services. »
  // and « … proposés à » / « titre gratuit. » go on with the sentence
  if (next.listItem || (HEADING.test(next.text) && !/^\p{Ll}/u.test(next.text))) return false;
  if (Math.abs(a.size - b.size) > 0.6) return false;
  // a line stretched to the margin ended with a manual line break (« Nom : … ⏎ »), and a
  // stretched line is one of its own, unless the sentence goes on in lower case
  if ((a.stretched || b.stretched) && !/^\p{Ll}/u.test(next.text)) return false;
  const fa = fontsOf(a);
  if (![...fontsOf(b)].some((f) => fa.has(f))) return false;
  // the top of the next column goes on with the foot of the column before, as across pages
  const columnBreak =
    b.page === a.page && b.y >= a.y && (b.column?.index ?? 0) > (a.column?.index ?? 0);
  if (b.page === a.page && !columnBreak) {
    if (b.y >= a.y) return false;
    // a paragraph's lines are evenly spaced; a gap even slightly wider is paragraph spacing
    if (a.y - b.y > ctx.pitch(a.size) * 1.1 + 0.5) return false;
  } else if (b.page !== a.page + 1) return false;
  // the continuation starts where the paragraph's text starts (after a bullet, an indent)
  const x = prev === start ? start.textX : prev.line.x;
  const slack = prev === start ? start.textXSlack : 3;
  if (!columnBreak && Math.abs(b.x - x) > slack && !(prev === start && b.x < x && x - b.x <= 40))
    return false;
  if (a.y - b.y < 0 && b.page === a.page && !columnBreak) return false;
  const hyphen = /\p{L}-$/u.test(prev.text);
  // a text of one-line paragraphs: only a line closer to the one above than paragraphs are
  // to each other was wrapped by the word processor
  if (!ctx.wraps && !hyphen && !(b.page === a.page && a.y - b.y < ctx.common(a.size) - 1))
    return false;
  // a tab-separated row goes on only with the tail of a cut cell (a number, lower case)
  if (prev.tabbed && !hyphen && !/^[\p{Ll}\d@(]/u.test(next.text)) return false;
  // a word hyphenated at the end of the line goes on with the next line's lower-case word
  // (a hard-wrapped text printed as it is: « … des fa- » / « milles », across a page break too)
  if (hyphen && /^\p{Ll}/u.test(next.text)) return true;
  // (« … – 05 » / « 53 45 27 60 – … »: a phone number cut between its groups goes on,
  // whatever the width its next group needed)
  if (phoneCut(prev.text, next.text)) return true;
  // the first word of the next line would not have fit at the end of this one
  return wrapped(a.end, b.fragments[0]!, a.column?.right ?? ctx.edge(a.page));
}

/** A French phone number whose first groups end `above` and whose last groups start `below`. */
function phoneCut(above: string, below: string): boolean {
  const head = /(?:^|\s)(0[1-9](?:[ .]\d{2}){0,3})$/.exec(above)?.[1];
  const tail = /^(\d{2}(?:[ .]\d{2}){0,3})(?!\d)/.exec(below)?.[1];
  return !!head && !!tail && `${head} ${tail}`.split(/[ .]/).length === 5;
}

/** A line that runs on from the one above at the left margin (text laid out with tab stops). */
function runsOn(above: VisualLine, aboveText: string, line: VisualLine, ctx: Context): boolean {
  if (line.page !== above.page || line.fragments.length !== 1) return false;
  if (above.y - line.y > ctx.pitch(line.size) * 1.2 + 0.5 || Math.abs(line.size - above.size) > 0.6)
    return false;
  const text = line.fragments[0]!.text;
  if (!/^[\p{Ll}\d@(]/u.test(text) && !/-$/.test(aboveText)) return false;
  return wrapped(above.end, line.fragments[0]!, above.column?.right ?? ctx.edge(line.page));
}

/** Whether the document's text is wrapped at all (a page of one-line paragraphs is not). */
function wrapsText(prose: ProseLine[][], edge: (page: number) => number): boolean {
  let near = 0;
  let total = 0;
  for (const page of prose)
    for (const p of page) {
      total++;
      const slack = 15 * (p.line.fragments[p.line.fragments.length - 1]?.charWidth ?? 5);
      if (p.line.end >= (p.line.column?.right ?? edge(p.line.page)) - slack) near++;
    }
  return total > 0 && near / total >= 0.15;
}

export function layoutPdfPages(input: readonly PdfPageInput[]): PdfLine[] {
  const pages = dropRunningLines(input.map((p, i) => pageLines(p, i + 1))).map((p) => ({
    ...p,
    lines: readSideBlocks(readTextColumns(p.lines, p.width), p.width),
  }));
  const units: PageUnit[][] = pages.map((p) => pageUnits(p.lines, p.width));
  const proseLines = units.map((us) =>
    us.flatMap((u) => (u.kind === 'prose' ? [proseOf(u.line)] : [])),
  );
  const edges = new Map<number, number>();
  proseLines.forEach((ps, i) => {
    const e = rightEdge(
      ps.map((p) => p.line),
      pages[i]!.width,
    );
    if (e !== undefined) edges.set(i + 1, e);
  });
  const known = [...edges.values()].sort((a, b) => a - b);
  const fallback =
    known[Math.floor(known.length / 2)] ?? Math.max(...pages.map((p) => p.width)) * 0.9;
  const edge = (page: number) => edges.get(page) ?? fallback;
  const ctx: Context = {
    pitch: modalPitch(pages),
    common: modalPitch(pages, true),
    edge,
    wraps: wrapsText(proseLines, edge),
  };
  const vocabulary = vocabularyOf(pages.flatMap((p) => p.lines.map(lineText)));

  // running headers and footers once, at the top, apart from the text (as a letterhead)
  const out: PdfLine[] = runningHeaders(pages).map((r) => ({ text: r.text, page: r.page }));
  if (out.length) out.push({ text: '', page: out[0]!.page });
  let para: { start: ProseLine; last: ProseLine; text: string } | undefined;
  // a blank line where the page leaves a gap, and between a list, its surrounding text and
  // tables (as in a text saved from Word), so that the end of a list is seen
  type Kind = 'list' | 'text' | 'row';
  let lastKind: Kind | undefined;
  const blank = () => {
    if (out.length && out[out.length - 1]!.text !== '')
      out.push({ text: '', page: out[out.length - 1]!.page });
  };
  const emit = (text: string, page: number, kind: Kind) => {
    if (lastKind && lastKind !== kind) blank();
    out.push({ text, page });
    lastKind = kind;
  };
  const flush = () => {
    if (para) emit(para.text, para.start.line.page, para.start.listItem ? 'list' : 'text');
    para = undefined;
  };
  const proseIndex = pages.map(() => 0);
  let lastRow: { line: VisualLine; index: number } | undefined;
  pages.forEach((page, pi) => {
    for (const unit of units[pi]!) {
      if (unit.kind === 'row') {
        const first = unit.lines[0]!;
        const before = para?.last;
        // a cell's text that began on the line above, full width (« … Libertés Rénald » /
        // « THOMAS ⇥ r.thomas@… »)
        if (
          para &&
          before &&
          !before.tabbed &&
          before.line.page === first.page &&
          Math.abs(first.x - para.start.line.x) <= 3 &&
          before.line.y - first.y <= ctx.pitch(first.size) * 1.2 + 0.5 &&
          wrapped(
            before.line.end,
            first.fragments[0]!,
            before.line.column?.right ?? ctx.edge(first.page),
          )
        ) {
          const { text, start } = para;
          para = undefined;
          emit(joinWrapped(text, unit.text, vocabulary), start.line.page, 'row');
        } else {
          flush();
          emit(unit.text, first.page, 'row');
        }
        lastRow = { line: unit.lines[unit.lines.length - 1]!, index: out.length - 1 };
        continue;
      }
      const prose = proseLines[pi]![proseIndex[pi]!++]!;
      if (lastRow && !para && runsOn(lastRow.line, out[lastRow.index]!.text, prose.line, ctx)) {
        out[lastRow.index]!.text = joinWrapped(out[lastRow.index]!.text, prose.text, vocabulary);
        lastRow = { ...lastRow, line: prose.line };
        continue;
      }
      lastRow = undefined;
      if (para && continues(para.last, para.start, prose, ctx)) {
        para.text = joinWrapped(para.text, prose.text, vocabulary);
        para.last = prose;
        continue;
      }
      const gap =
        para && para.last.line.page === prose.line.page ? para.last.line.y - prose.line.y : 0;
      flush();
      // (the lines of a block read beside another are at its own line pitch)
      const sideBlock = prose.line.column?.right === Infinity && gap <= prose.line.size * 1.6;
      if (gap > ctx.pitch(prose.line.size) * 1.3 && !sideBlock) blank();
      para = { start: prose, last: prose, text: prose.text };
    }
    for (const text of page.rotated) {
      flush();
      emit(text, page.page, 'text');
    }
  });
  flush();
  return out;
}

/** The text the importer reads (lines joined with « \n ») and the page of each of its lines. */
export function pdfText(lines: readonly PdfLine[]): { text: string; linePages: number[] } {
  return { text: lines.map((l) => l.text).join('\n'), linePages: lines.map((l) => l.page) };
}
