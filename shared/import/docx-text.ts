/**
 * The text of a Word document (word/document.xml) as the importer reads it (see office-flow):
 * paragraphs with their automatic numbering written out (docx-numbering), tables row by row
 * (a merged cell's w:gridSpan and a row's w:gridBefore keep the columns aligned), text boxes
 * read once (mc:Choice, never its mc:Fallback copy). What Word does not show is not read:
 * tracked deletions (w:del, w:delText, w:moveFrom), field codes (w:instrText; the field's shown
 * result is read), hidden text (w:vanish), content-control properties. Headers, footers,
 * footnotes and comments live in other parts and are not read. A w:tab is a tab only inside a
 * run (a paragraph's w:tabs are tab stops); w:br and w:cr start a new line.
 */
import { DocxNumbering, styleValue, type DocxStyles } from './docx-numbering';
import { OfficeTextFlow } from './office-flow';
import { intAttr, XmlWalker, type XmlToken } from './office-xml';

type Piece = { kind: 'text'; text: string } | { kind: 'tab' } | { kind: 'br' };

interface Paragraph {
  pieces: Piece[];
  styleId?: string;
  numId?: string;
  ilvl?: number;
  /** The paragraph mark is hidden: a paragraph with no shown text is not shown at all. */
  markHidden: boolean;
}

/** Elements whose whole content Word does not show as text. */
const SKIPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:delInstrText',
  'mc:Fallback',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:tblPr',
  'w:tblGrid',
  'w:tblPrEx',
  'w:sectPr',
  'w:fldData',
  'w:rt',
  'w:pPrChange',
  'w:rPrChange',
  'w:tcPrChange',
  'w:trPrChange',
]);

const on = (t: Extract<XmlToken, { kind: 'open' }>) =>
  !['0', 'false', 'off'].includes(t.attrs['w:val'] ?? 'true');

export function docxText(
  documentXml: string,
  numbering: DocxNumbering = new DocxNumbering(undefined),
  styles: DocxStyles = new Map(),
): string {
  const flow = new OfficeTextFlow();
  const w = new XmlWalker(documentXml);
  const paragraphs: Paragraph[] = [];
  const spans: number[] = [];
  let runHidden = false;
  /** Open runs: a w:tab or w:br outside a run is no character. */
  let runs = 0;
  let inBody = false;

  const emit = (p: Paragraph) => {
    const shown = p.pieces.some((x) => x.kind !== 'text' || x.text !== '');
    if (!shown && p.markHidden) return;
    const numId = p.numId ?? styleValue(styles, p.styleId, 'numId');
    if (numId !== undefined && numId !== '0') {
      const ilvl =
        p.ilvl ?? styleValue(styles, p.styleId, 'ilvl') ?? numbering.levelOfStyle(p.styleId) ?? 0;
      const prefix = numbering.prefix(numId, ilvl);
      if (prefix) flow.text(prefix);
    }
    for (const x of p.pieces) {
      if (x.kind === 'text') flow.text(x.text);
      else if (x.kind === 'tab') flow.tab();
      else flow.lineBreak();
    }
    flow.endParagraph();
  };
  const add = (piece: Piece) => {
    const p = paragraphs[paragraphs.length - 1];
    if (p && !runHidden) p.pieces.push(piece);
  };

  const readParagraphProps = (p: Paragraph) => {
    let inRunProps = false;
    for (let t = w.next(); t; t = w.next()) {
      if (t.kind === 'close') {
        if (t.name === 'w:pPr') return;
        if (t.name === 'w:rPr') inRunProps = false;
        continue;
      }
      if (t.kind !== 'open') continue;
      if (SKIPPED.has(t.name)) {
        if (!t.selfClosing) w.skip(t.name);
      } else if (t.name === 'w:rPr') inRunProps = !t.selfClosing;
      else if (t.name === 'w:pStyle') p.styleId = t.attrs['w:val'];
      else if (t.name === 'w:numId') p.numId = t.attrs['w:val'];
      else if (t.name === 'w:ilvl') p.ilvl = intAttr(t.attrs, 'w:val');
      else if (t.name === 'w:vanish' && inRunProps) p.markHidden = on(t);
    }
  };

  const readRunProps = () => {
    let hidden: boolean | undefined;
    let style: string | undefined;
    for (let t = w.next(); t; t = w.next()) {
      if (t.kind === 'close' && t.name === 'w:rPr') break;
      if (t.kind !== 'open') continue;
      if (SKIPPED.has(t.name)) {
        if (!t.selfClosing) w.skip(t.name);
      } else if (t.name === 'w:vanish') hidden = on(t);
      else if (t.name === 'w:rStyle') style = t.attrs['w:val'];
    }
    runHidden = hidden ?? styleValue(styles, style, 'hidden') ?? false;
  };

  const readCellProps = () => {
    for (let t = w.next(); t; t = w.next()) {
      if (t.kind === 'close' && t.name === 'w:tcPr') return;
      if (t.kind !== 'open') continue;
      if (SKIPPED.has(t.name)) {
        if (!t.selfClosing) w.skip(t.name);
      } else if (t.name === 'w:gridSpan')
        spans[spans.length - 1] = Math.max(1, intAttr(t.attrs, 'w:val') ?? 1);
    }
  };

  const readRowProps = () => {
    for (let t = w.next(); t; t = w.next()) {
      if (t.kind === 'close' && t.name === 'w:trPr') return;
      if (t.kind !== 'open') continue;
      if (SKIPPED.has(t.name)) {
        if (!t.selfClosing) w.skip(t.name);
      } else if (t.name === 'w:gridBefore') {
        const n = intAttr(t.attrs, 'w:val') ?? 0;
        if (n > 0) {
          flow.startCell();
          flow.endCell(n);
        }
      }
    }
  };

  for (let t = w.next(); t; t = w.next()) {
    if (t.kind === 'text') {
      continue;
    }
    if (t.kind === 'close') {
      switch (t.name) {
        case 'w:body':
          inBody = false;
          break;
        case 'w:p': {
          const p = paragraphs.pop();
          if (p) emit(p);
          break;
        }
        case 'w:r':
          runHidden = false;
          runs = Math.max(0, runs - 1);
          break;
        case 'w:tc':
          flow.endCell(spans.pop() ?? 1);
          break;
        case 'w:tr':
          flow.endRow();
          break;
        case 'w:tbl':
          flow.endTable();
          break;
      }
      continue;
    }
    if (SKIPPED.has(t.name)) {
      if (!t.selfClosing) w.skip(t.name);
      continue;
    }
    if (t.name === 'w:body') {
      inBody = !t.selfClosing;
      continue;
    }
    if (!inBody) continue;
    switch (t.name) {
      case 'w:p': {
        const p: Paragraph = { pieces: [], markHidden: false };
        if (t.selfClosing) emit(p);
        else paragraphs.push(p);
        break;
      }
      case 'w:pPr':
        if (!t.selfClosing && paragraphs.length)
          readParagraphProps(paragraphs[paragraphs.length - 1]!);
        else if (!t.selfClosing) w.skip(t.name);
        break;
      case 'w:rPr':
        if (!t.selfClosing) readRunProps();
        break;
      case 'w:r':
        runHidden = false;
        if (!t.selfClosing) runs++;
        break;
      case 'w:t':
        if (!t.selfClosing) {
          let text = '';
          for (let x = w.next(); x && !(x.kind === 'close' && x.name === 'w:t'); x = w.next())
            if (x.kind === 'text') text += x.text;
          add({ kind: 'text', text });
        }
        break;
      case 'w:tab':
      case 'w:ptab':
        if (runs) add({ kind: 'tab' });
        break;
      case 'w:br':
      case 'w:cr':
        if (runs) add({ kind: 'br' });
        break;
      case 'w:noBreakHyphen':
        add({ kind: 'text', text: '-' });
        break;
      case 'w:tbl':
        if (!t.selfClosing) flow.startTable();
        break;
      case 'w:tr':
        if (!t.selfClosing) flow.startRow();
        break;
      case 'w:trPr':
        if (!t.selfClosing) readRowProps();
        break;
      case 'w:tc':
        if (!t.selfClosing) {
          flow.startCell();
          spans.push(1);
        }
        break;
      case 'w:tcPr':
        if (!t.selfClosing) readCellProps();
        break;
    }
  }
  while (paragraphs.length) emit(paragraphs.shift()!);
  return flow.result();
}
