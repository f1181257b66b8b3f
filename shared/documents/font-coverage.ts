/**
 * The characters the embedded fonts can print. The DejaVu files are cut down to these ranges
 * (scripts/subset-fonts.sh reads the same JSON): anything else in a document would print as an
 * empty box, so the user is told before exporting.
 */
import coverage from './data/font-coverage.json';

const RANGES: readonly (readonly [number, number])[] = coverage.ranges.map(
  ([a, b]) => [parseInt(a!, 16), parseInt(b!, 16)] as const,
);

/** Line breaks and tabs are layout, not glyphs. */
const LAYOUT = new Set([0x09, 0x0a, 0x0d]);

export function isPrintable(codePoint: number): boolean {
  if (LAYOUT.has(codePoint)) return true;
  return RANGES.some(([a, b]) => codePoint >= a && codePoint <= b);
}

/** The distinct characters of every string in `value` (deeply) that the fonts cannot print. */
export function unprintableCharacters(value: unknown): string[] {
  const found = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const ch of v) if (!isPrintable(ch.codePointAt(0)!)) found.add(ch);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return [...found];
}

/** The warning shown before exporting a PDF with such characters, or undefined. */
export function fontCoverageWarning(value: unknown): string | undefined {
  const chars = unprintableCharacters(value);
  if (!chars.length) return undefined;
  const shown = chars
    .slice(0, 10)
    .map((c) => `« ${c} »`)
    .join(', ');
  return `${chars.length > 1 ? 'Ces caractères ne peuvent pas être imprimés' : 'Ce caractère ne peut pas être imprimé'} dans le PDF et ${chars.length > 1 ? 'apparaîtront' : 'apparaîtra'} comme un carré vide : ${shown}${chars.length > 10 ? '…' : ''}. Écrivez ${chars.length > 1 ? 'ces noms' : 'ce nom'} en lettres latines si possible.`;
}
