/**
 * Word's automatic numbering as text. A .docx does not hold the numbers it shows (« Article 3 »,
 * « 2. », « b) »): word/numbering.xml holds list definitions and each numbered paragraph names
 * its list (w:numId) and level (w:ilvl), directly or through its paragraph style
 * (word/styles.xml). The numbers are counted here in reading order as Word counts them: a level
 * starts at its start value, a deeper level restarts when a higher level moves on (unless its
 * w:lvlRestart says otherwise), the list instances of one abstract list share its counters and
 * an instance's w:startOverride restarts its level where the instance is first used. Bullets
 * come out as « - ».
 */
import { intAttr, XmlWalker } from './office-xml';

interface LevelDef {
  start: number;
  format: string;
  text: string;
  /** w:lvlRestart: 0 never restarts; n restarts when a level above n (1-based) moves on. */
  restart?: number;
  legal: boolean;
  /** w:suff: what follows the number (tab by default; a space in the text we write). */
  suffix: 'tab' | 'space' | 'nothing';
}

interface NumDef {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, LevelDef>;
}

export interface DocxStyle {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
  /** The style hides its text (w:vanish). */
  hidden?: boolean;
}

export type DocxStyles = ReadonlyMap<string, DocxStyle>;

const on = (attrs: Readonly<Record<string, string>>) =>
  !['0', 'false', 'off'].includes(attrs['w:val'] ?? 'true');

/** Paragraph and character styles: numbering and hidden text, with their base style. */
export function readDocxStyles(xml: string | undefined): DocxStyles {
  const styles = new Map<string, DocxStyle>();
  if (!xml) return styles;
  const w = new XmlWalker(xml);
  let current: DocxStyle | undefined;
  for (let t = w.next(); t; t = w.next()) {
    if (t.kind === 'open') {
      if (t.name === 'w:style') {
        current = {};
        if (t.attrs['w:styleId']) styles.set(t.attrs['w:styleId'], current);
        if (t.selfClosing) current = undefined;
      } else if (!current) continue;
      else if (t.name === 'w:pPrChange' || t.name === 'w:rPrChange') {
        if (!t.selfClosing) w.skip(t.name);
      } else if (t.name === 'w:basedOn') current.basedOn = t.attrs['w:val'];
      else if (t.name === 'w:numId') current.numId = t.attrs['w:val'];
      else if (t.name === 'w:ilvl') current.ilvl = intAttr(t.attrs, 'w:val');
      else if (t.name === 'w:vanish') current.hidden = on(t.attrs);
    } else if (t.kind === 'close' && t.name === 'w:style') current = undefined;
  }
  return styles;
}

/** A style's property, looked up through its base styles. */
export function styleValue<K extends keyof DocxStyle>(
  styles: DocxStyles,
  id: string | undefined,
  key: K,
): DocxStyle[K] | undefined {
  const seen = new Set<string>();
  for (let s = id; s && !seen.has(s); s = styles.get(s)?.basedOn) {
    seen.add(s);
    const v = styles.get(s)?.[key];
    if (v !== undefined) return v;
  }
  return undefined;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

/** Word's letters: a…z, then aa…zz, aaa… */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter as a level format writes it (formats Word spells out in words fall back to digits). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'ordinal':
      return n === 1 ? '1er' : `${n}e`;
    default:
      return String(n);
  }
}

function emptyLevel(): LevelDef {
  return { start: 1, format: 'decimal', text: '', legal: false, suffix: 'tab' };
}

export class DocxNumbering {
  private readonly abstracts = new Map<string, Map<number, LevelDef>>();
  private readonly nums = new Map<string, NumDef>();
  /** Style linked to a level (w:lvl/w:pStyle): its paragraphs take that level. */
  private readonly styleLevels = new Map<string, number>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** Instance levels whose start override was applied (`<numId>:<level>`). */
  private readonly restarted = new Set<string>();

  constructor(xml: string | undefined) {
    if (xml) this.read(xml);
  }

  /** The level a paragraph style's numbering uses when the style names no w:ilvl. */
  levelOfStyle(styleId: string | undefined): number | undefined {
    return styleId === undefined ? undefined : this.styleLevels.get(styleId);
  }

  /**
   * The text before a numbered paragraph (« 3. », « Article 2 – », « - »), counting it; undefined
   * when the list is unknown or the level shows nothing.
   */
  prefix(numId: string, ilvl: number): string | undefined {
    const num = this.nums.get(numId);
    if (!num) return undefined;
    const level = Math.max(0, Math.min(8, ilvl));
    const def = (l: number) => num.levels.get(l) ?? this.abstracts.get(num.abstractId)?.get(l);
    const start = (l: number) => num.starts.get(l) ?? def(l)?.start ?? 1;
    const d = def(level);
    if (!d) return undefined;
    // the abstract list's counters are shared by every instance; an instance's start override
    // restarts its level the first time the instance uses it (Word's « restart numbering »)
    const key = num.levels.size ? `num:${numId}` : `abs:${num.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    const override = num.starts.get(level);
    const restart = override !== undefined && !this.restarted.has(`${numId}:${level}`);
    if (restart) this.restarted.add(`${numId}:${level}`);
    counts[level] = restart
      ? override
      : counts[level] === undefined
        ? (def(level)?.start ?? 1)
        : counts[level] + 1;
    for (let deeper = level + 1; deeper < 9; deeper++) {
      const r = def(deeper)?.restart;
      if (r === undefined || (r !== 0 && level < r)) counts[deeper] = undefined;
    }
    if (d.format === 'bullet') return '- ';
    const text = d.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      if (d.format === 'none' && l === level) return '';
      const ld = def(l);
      const format = d.legal && l !== level ? 'decimal' : (ld?.format ?? 'decimal');
      return format === 'none' ? '' : formatNumber(counts[l] ?? start(l), format);
    });
    if (!text.trim()) return undefined;
    return d.suffix === 'nothing' ? text : `${text.trimEnd()} `;
  }

  private read(xml: string) {
    const w = new XmlWalker(xml);
    let abstract: Map<number, LevelDef> | undefined;
    let num: NumDef | undefined;
    let overrideLevel: number | undefined;
    let level: LevelDef | undefined;
    for (let t = w.next(); t; t = w.next()) {
      if (t.kind === 'close') {
        if (t.name === 'w:abstractNum') abstract = undefined;
        else if (t.name === 'w:num') num = undefined;
        else if (t.name === 'w:lvlOverride') overrideLevel = undefined;
        else if (t.name === 'w:lvl') level = undefined;
        continue;
      }
      if (t.kind !== 'open') continue;
      const val = t.attrs['w:val'];
      switch (t.name) {
        case 'w:abstractNum':
          abstract = new Map();
          this.abstracts.set(t.attrs['w:abstractNumId'] ?? '', abstract);
          break;
        case 'w:num':
          num = { abstractId: '', starts: new Map(), levels: new Map() };
          this.nums.set(t.attrs['w:numId'] ?? '', num);
          break;
        case 'w:abstractNumId':
          if (num) num.abstractId = val ?? '';
          break;
        case 'w:lvlOverride':
          overrideLevel = intAttr(t.attrs, 'w:ilvl');
          break;
        case 'w:startOverride':
          if (num && overrideLevel !== undefined)
            num.starts.set(overrideLevel, intAttr(t.attrs, 'w:val') ?? 1);
          break;
        case 'w:lvl': {
          const ilvl = intAttr(t.attrs, 'w:ilvl') ?? 0;
          level = emptyLevel();
          if (num && overrideLevel !== undefined) num.levels.set(ilvl, level);
          else if (abstract) abstract.set(ilvl, level);
          break;
        }
        case 'w:start':
          if (level) level.start = intAttr(t.attrs, 'w:val') ?? 1;
          break;
        case 'w:numFmt':
          if (level) level.format = val ?? 'decimal';
          break;
        case 'w:lvlText':
          if (level) level.text = val ?? '';
          break;
        case 'w:lvlRestart':
          if (level) level.restart = intAttr(t.attrs, 'w:val');
          break;
        case 'w:isLgl':
          if (level) level.legal = on(t.attrs);
          break;
        case 'w:suff':
          if (level) level.suffix = val === 'space' || val === 'nothing' ? val : 'tab';
          break;
        case 'w:pStyle':
          if (level && abstract && val) {
            for (const [l, def] of abstract) if (def === level) this.styleLevels.set(val, l);
          }
          break;
        case 'w:rPr':
        case 'w:pPr':
          // a level's paragraph and run properties: nothing we need, and their w:tab is no text
          if (!t.selfClosing) w.skip(t.name);
          break;
      }
    }
  }
}
