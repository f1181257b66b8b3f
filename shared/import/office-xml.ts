/**
 * A small XML tokenizer for the parts of Word (.docx) and OpenDocument (.odt) files: start and
 * end tags with their attributes, and text with its entities decoded. No DOM (shared/ runs in
 * the browser and in Node), no validation: a document part is read as it comes, comments,
 * processing instructions and doctypes are skipped, CDATA is text.
 */

export type XmlToken =
  | { kind: 'open'; name: string; attrs: Readonly<Record<string, string>>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

const fromCodePoint = (n: number) =>
  Number.isInteger(n) && n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff)
    ? String.fromCodePoint(n)
    : '\ufffd';

/** « &amp; », « &lt; », « &#233; », « &#xE9; » decoded; an unknown entity is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#')
      return fromCodePoint(
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10),
      );
    return NAMED[body] ?? whole;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) attrs[m[1]!] = decodeEntities(m[3] ?? m[4] ?? '');
  return attrs;
}

/** The tokens of an XML text, in document order. */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      yield { kind: 'text', text: decodeEntities(xml.slice(i)) };
      return;
    }
    if (lt > i) yield { kind: 'text', text: decodeEntities(xml.slice(i, lt)) };
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      yield { kind: 'text', text: xml.slice(lt + 9, end < 0 ? n : end) };
      i = end < 0 ? n : end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      i = end < 0 ? n : end + 2;
    } else if (xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
    } else {
      // a tag: its end is the first « > » outside a quoted attribute value
      let j = lt + 1;
      let quote = '';
      while (j < n) {
        const c = xml[j]!;
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
        j++;
      }
      const inner = xml.slice(lt + 1, j);
      i = j + 1;
      if (inner.startsWith('/')) {
        yield { kind: 'close', name: inner.slice(1).trim() };
        continue;
      }
      const selfClosing = inner.endsWith('/');
      const body = selfClosing ? inner.slice(0, -1) : inner;
      const space = body.search(/\s/);
      const name = space < 0 ? body : body.slice(0, space);
      yield {
        kind: 'open',
        name,
        attrs: space < 0 ? {} : parseAttrs(body.slice(space)),
        selfClosing,
      };
    }
  }
}

/** A whole part as a tree-less stream with a skip helper: readers walk it once. */
export class XmlWalker {
  private readonly tokens: Generator<XmlToken>;
  constructor(xml: string) {
    this.tokens = xmlTokens(xml.replace(/^\ufeff/, ''));
  }
  next(): XmlToken | undefined {
    const r = this.tokens.next();
    return r.done ? undefined : r.value;
  }
  /** Skips the content of an element just opened (not self-closing), up to its end tag. */
  skip(name: string): void {
    let depth = 1;
    for (let t = this.next(); t; t = this.next()) {
      if (t.kind === 'open' && !t.selfClosing && t.name === name) depth++;
      else if (t.kind === 'close' && t.name === name && --depth === 0) return;
    }
  }
}

/** An attribute value as an integer, or undefined. */
export function intAttr(attrs: Readonly<Record<string, string>>, name: string): number | undefined {
  const v = attrs[name];
  if (v === undefined || !/^\s*-?\d+\s*$/.test(v)) return undefined;
  return parseInt(v, 10);
}
