/**
 * OpenDocument's automatic numbering as text. An .odt does not hold the numbers it shows
 * (« ARTICLE 3 – », « 2. », « b) »): a list (text:list) names a list style whose levels say the
 * format, prefix, suffix and start value, and LibreOffice counts the items in reading order. A
 * list restarts unless it continues another (text:continue-numbering: the last list of the same
 * style; text:continue-list: the list with that xml:id); an item may set its number
 * (text:start-value); a deeper level restarts under each new item of the level above. Headings
 * outside lists take the document's outline numbering when it shows numbers. Bullets, images and
 * lists of unknown style come out as « - ».
 */
import { formatNumber } from './docx-numbering';
import { intAttr, XmlWalker } from './office-xml';

interface Level {
  bullet: boolean;
  /** ODF's style:num-format: « 1 », « a », « A », « i », « I », or empty (no number). */
  format: string;
  prefix: string;
  suffix: string;
  start: number;
  /** How many levels the label shows (« 2.1 » shows 2). */
  display: number;
}

type Attrs = Readonly<Record<string, string>>;

const OUTLINE = '\u0000outline';

const FORMATS: Readonly<Record<string, string>> = {
  '1': 'decimal',
  a: 'lowerLetter',
  A: 'upperLetter',
  i: 'lowerRoman',
  I: 'upperRoman',
};

interface Chain {
  counts: (number | undefined)[];
}

interface OpenList {
  style: string | undefined;
  chain: Chain;
}

export class OdtListNumbering {
  private readonly styles = new Map<string, Map<number, Level>>();
  /** Paragraph styles: their list style and parent. */
  private readonly paragraphStyles = new Map<string, { list?: string; parent?: string }>();
  private readonly open: OpenList[] = [];
  private readonly byId = new Map<string, Chain>();
  private readonly lastByStyle = new Map<string, Chain>();
  private readonly outline: Chain = { counts: [] };
  /** The item whose first paragraph is still to come: its level and set number. */
  private item: { level: number; start?: number } | undefined;

  /** Reads list styles and paragraph styles (styles.xml, then content.xml's automatic styles). */
  readStyles(xml: string | undefined): void {
    if (!xml) return;
    const w = new XmlWalker(xml);
    let current: Map<number, Level> | undefined;
    for (let t = w.next(); t; t = w.next()) {
      if (t.kind === 'close') {
        if (t.name === 'text:list-style' || t.name === 'text:outline-style') current = undefined;
        continue;
      }
      if (t.kind !== 'open') continue;
      const a = t.attrs;
      if (t.name === 'office:body') return;
      if (t.name === 'text:list-style' || t.name === 'text:outline-style') {
        current = new Map();
        this.styles.set(
          t.name === 'text:outline-style' ? OUTLINE : (a['style:name'] ?? ''),
          current,
        );
      } else if (t.name === 'style:style' && a['style:family'] === 'paragraph' && a['style:name']) {
        this.paragraphStyles.set(a['style:name'], {
          list: a['style:list-style-name'],
          parent: a['style:parent-style-name'],
        });
      } else if (current && /^text:(list|outline)-level-style/.test(t.name)) {
        current.set(intAttr(a, 'text:level') ?? 1, {
          bullet: /-(bullet|image)$/.test(t.name),
          format: a['style:num-format'] ?? '',
          prefix: a['style:num-prefix'] ?? '',
          suffix: a['style:num-suffix'] ?? '',
          start: intAttr(a, 'text:start-value') ?? 1,
          display: intAttr(a, 'text:display-levels') ?? 1,
        });
      }
    }
  }

  openList(a: Attrs): void {
    const outer = this.open[this.open.length - 1];
    const style = a['text:style-name'] ?? outer?.style;
    let chain: Chain;
    if (outer) chain = outer.chain;
    else if (a['text:continue-list'] && this.byId.has(a['text:continue-list']))
      chain = this.byId.get(a['text:continue-list'])!;
    else if (a['text:continue-numbering'] === 'true' && this.lastByStyle.has(style ?? ''))
      chain = this.lastByStyle.get(style ?? '')!;
    else chain = { counts: [] };
    if (!outer) {
      if (a['xml:id']) this.byId.set(a['xml:id'], chain);
      this.lastByStyle.set(style ?? '', chain);
    }
    this.open.push({ style, chain });
  }

  closeList(): void {
    this.open.pop();
  }

  openItem(a: Attrs, header: boolean): void {
    this.item = header
      ? undefined
      : { level: this.open.length, start: intAttr(a, 'text:start-value') };
  }

  closeItem(): void {
    this.item = undefined;
  }

  /**
   * The label before a paragraph that opens a list item (« ARTICLE 3 – », « - »), counting it;
   * for a heading outside lists, its outline number. Empty for any other paragraph.
   */
  label(paragraphStyle: string | undefined, heading?: { level: number }): string {
    const item = this.item;
    this.item = undefined;
    if (item) {
      const list = this.open[this.open.length - 1];
      const style = list?.style ?? this.listStyleOf(paragraphStyle);
      const levels = style === undefined ? undefined : this.styles.get(style);
      if (!list || !levels) return '- ';
      return this.count(list.chain, levels, item.level, item.start) || '- ';
    }
    if (heading && !this.open.length) {
      const levels = this.styles.get(OUTLINE);
      const def = levels?.get(heading.level);
      if (!levels || !def || (!FORMATS[def.format] && !def.prefix && !def.suffix)) return '';
      return this.count(this.outline, levels, heading.level, undefined);
    }
    return '';
  }

  private count(
    chain: Chain,
    levels: ReadonlyMap<number, Level>,
    level: number,
    start: number | undefined,
  ): string {
    const def = levels.get(level);
    const counts = chain.counts;
    counts[level] = start ?? (counts[level] === undefined ? (def?.start ?? 1) : counts[level] + 1);
    counts.length = level + 1;
    if (!def) return '';
    if (def.bullet) return '- ';
    const numbers: string[] = [];
    for (let l = Math.max(1, level - def.display + 1); l <= level; l++) {
      const d = levels.get(l);
      const format = FORMATS[d?.format ?? ''];
      if (format) numbers.push(formatNumber(counts[l] ?? d?.start ?? 1, format));
    }
    const text = `${def.prefix}${numbers.join('.')}${def.suffix}`;
    return text.trim() ? `${text.trimEnd()} ` : '';
  }

  private listStyleOf(paragraphStyle: string | undefined): string | undefined {
    const seen = new Set<string>();
    for (let s = paragraphStyle; s && !seen.has(s); s = this.paragraphStyles.get(s)?.parent) {
      seen.add(s);
      const list = this.paragraphStyles.get(s)?.list;
      if (list) return list;
    }
    return undefined;
  }
}
