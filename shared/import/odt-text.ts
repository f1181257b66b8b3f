/**
 * The text of an OpenDocument text (content.xml of an .odt) as the importer reads it (see
 * office-flow): text:p and text:h one line each, text:s as its spaces (text:c of them),
 * text:tab a tab, text:line-break a new line, a list item's first paragraph after its number
 * counted from its list style (odt-lists; « - » for bullets, or the number the file wrote in
 * text:number), tables row by row (a covered cell is an empty
 * cell, repeated cells and rows are capped), frames' text boxes read where they stand. Not
 * read: notes (text:note), tracked deletions (text:tracked-changes), comments, hidden text,
 * index templates. The white space of the XML itself collapses as ODF says.
 */
import { OdtListNumbering } from './odt-lists';
import { OfficeTextFlow } from './office-flow';
import { intAttr, XmlWalker } from './office-xml';

type Piece = { kind: 'text'; text: string } | { kind: 'tab' } | { kind: 'br' };

interface Paragraph {
  pieces: Piece[];
  prefix: string;
  hidden: boolean;
  /** The last character written came from the XML's white space (collapsible). */
  softSpace: boolean;
}

/** Elements whose content is not part of the text the document shows. */
const SKIPPED = new Set([
  'text:note',
  'text:tracked-changes',
  'office:annotation',
  'text:table-of-content-source',
  'text:alphabetical-index-source',
  'text:illustration-index-source',
  'text:object-index-source',
  'text:user-index-source',
  'text:table-index-source',
  'text:bibliography-source',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'text:dde-connection-decls',
  'office:forms',
  'table:table-columns',
  'table:table-header-columns',
  'table:table-column-group',
  'table:table-source',
  'svg:title',
  'svg:desc',
  'office:binary-data',
  'text:ruby-text',
  'office:event-listeners',
]);

const REPEAT_CAP = 64;

export function odtText(contentXml: string, stylesXml?: string): string {
  const flow = new OfficeTextFlow();
  const lists = new OdtListNumbering();
  lists.readStyles(stylesXml);
  lists.readStyles(contentXml);
  const w = new XmlWalker(contentXml);
  const paragraphs: Paragraph[] = [];
  let inText = false;
  const rowRepeats: number[] = [];
  const cellRepeats: number[] = [];

  const emit = (p: Paragraph) => {
    if (p.hidden) return;
    if (p.prefix) flow.text(p.prefix);
    for (const x of p.pieces) {
      if (x.kind === 'text') flow.text(x.text);
      else if (x.kind === 'tab') flow.tab();
      else flow.lineBreak();
    }
    flow.endParagraph();
  };
  const top = () => paragraphs[paragraphs.length - 1];
  const add = (piece: Piece, soft = false) => {
    const p = top();
    if (!p) return;
    p.pieces.push(piece);
    p.softSpace = soft;
  };

  for (let t = w.next(); t; t = w.next()) {
    if (t.kind === 'text') {
      const p = top();
      if (!p || !inText) continue;
      let text = t.text.replace(/[ \t\r\n]+/g, ' ');
      // XML white space collapses with the one before it, and never starts a paragraph
      if (text.startsWith(' ') && (p.softSpace || !p.pieces.length)) text = text.slice(1);
      if (text) add({ kind: 'text', text }, text.endsWith(' '));
      continue;
    }
    if (t.kind === 'close') {
      switch (t.name) {
        case 'office:text':
          inText = false;
          break;
        case 'text:p':
        case 'text:h': {
          const p = paragraphs.pop();
          if (p) emit(p);
          break;
        }
        case 'text:list-item':
        case 'text:list-header':
          lists.closeItem();
          break;
        case 'text:list':
          lists.closeList();
          break;
        case 'table:table-cell':
          flow.endCell(1, cellRepeats.pop() ?? 1);
          break;
        case 'table:table-row':
          flow.endRow(rowRepeats.pop() ?? 1);
          break;
        case 'table:table':
          flow.endTable();
          break;
      }
      continue;
    }
    if (SKIPPED.has(t.name)) {
      if (!t.selfClosing) w.skip(t.name);
      continue;
    }
    if (t.name === 'office:text') {
      inText = !t.selfClosing;
      continue;
    }
    if (!inText) continue;
    switch (t.name) {
      case 'text:p':
      case 'text:h': {
        const heading =
          t.name === 'text:h' && t.attrs['text:is-list-header'] !== 'true'
            ? { level: intAttr(t.attrs, 'text:outline-level') ?? 1 }
            : undefined;
        const p: Paragraph = {
          pieces: [],
          prefix: lists.label(t.attrs['text:style-name'], heading),
          hidden: false,
          softSpace: false,
        };
        if (t.selfClosing) emit(p);
        else paragraphs.push(p);
        break;
      }
      case 'text:number': {
        // the number the application wrote for a list item or heading: it replaces « - »
        if (t.selfClosing) break;
        let text = '';
        for (let x = w.next(); x && !(x.kind === 'close' && x.name === 'text:number'); x = w.next())
          if (x.kind === 'text') text += x.text;
        const p = top();
        if (p && text.trim()) p.prefix = `${text.trim()} `;
        break;
      }
      case 'text:list':
        if (!t.selfClosing) lists.openList(t.attrs);
        break;
      case 'text:list-item':
      case 'text:list-header':
        if (!t.selfClosing) lists.openItem(t.attrs, t.name === 'text:list-header');
        break;
      case 'text:s': {
        const n = Math.min(intAttr(t.attrs, 'text:c') ?? 1, 1000);
        if (n > 0) add({ kind: 'text', text: ' '.repeat(n) });
        break;
      }
      case 'text:tab':
        add({ kind: 'tab' });
        break;
      case 'text:line-break':
        add({ kind: 'br' });
        break;
      case 'text:hidden-paragraph': {
        const p = top();
        if (p && t.attrs['text:is-hidden'] === 'true') p.hidden = true;
        break;
      }
      case 'text:hidden-text':
        if (t.attrs['text:is-hidden'] === 'true' && !t.selfClosing) w.skip(t.name);
        break;
      case 'table:table':
        if (!t.selfClosing) flow.startTable();
        break;
      case 'table:table-row':
        if (t.selfClosing) break;
        rowRepeats.push(Math.min(intAttr(t.attrs, 'table:number-rows-repeated') ?? 1, REPEAT_CAP));
        flow.startRow();
        break;
      case 'table:table-cell': {
        const repeat = Math.min(intAttr(t.attrs, 'table:number-columns-repeated') ?? 1, REPEAT_CAP);
        // the content is read once, then written for every column the cell repeats for
        flow.startCell();
        if (t.selfClosing) flow.endCell(1, repeat);
        else cellRepeats.push(repeat);
        break;
      }
      case 'table:covered-table-cell': {
        // a cell under a merged one: empty where it stands, whatever it holds
        const repeat = Math.min(intAttr(t.attrs, 'table:number-columns-repeated') ?? 1, REPEAT_CAP);
        if (!t.selfClosing) w.skip(t.name);
        flow.startCell();
        flow.endCell(1, repeat);
        break;
      }
    }
  }
  while (paragraphs.length) emit(paragraphs.shift()!);
  return flow.result();
}
