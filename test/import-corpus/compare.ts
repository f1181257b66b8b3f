/**
 * How a value read by the importer is compared with the truth: fair (case, accents, spaces,
 * typographic quotes and dashes do not matter; phones and SIRET compare by their digits;
 * a person's name by its words in any order) but not lax (a civility, a determiner, a
 * missing word or a wrong digit is wrong).
 */

export type Kind = 'text' | 'person' | 'digits' | 'phone' | 'email' | 'id' | 'code' | 'date';

/** Case, accents, ligatures, quotes, dashes, punctuation and spaces folded away. */
export function foldText(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/œ/gi, 'oe')
      .replace(/æ/gi, 'ae')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`´'"«»“”‹›]/g, ' ')
      .replace(/[\u2010-\u2015\u2212-]/g, ' ')
      .replace(/[.,;:!?()[\]/\\*_|]/g, ' ')
      // « 9 h » and « 9h », « 8 h 30 » and « 8h30 » are the same time
      .replace(/(\d)\s+h\b/g, '$1h')
      .replace(/\bh\s+(\d)/g, 'h$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function normalizeAs(kind: Kind, value: string): string {
  switch (kind) {
    case 'text':
      return foldText(value);
    case 'person':
      return foldText(value).split(' ').sort().join(' ');
    case 'digits':
      return value.replace(/\D/g, '');
    case 'phone': {
      const d = value.replace(/\D/g, '');
      // +33 1 64 … and 0033 1 64 … are 01 64 …
      if (/^0033\d{9}$/.test(d)) return `0${d.slice(4)}`;
      // +33 (0)3 88 … keeps the trunk zero in brackets
      if (/^(?:00)?330\d{9}$/.test(d)) return `0${d.slice(-9)}`;
      if (/^33\d{9}$/.test(d)) return `0${d.slice(2)}`;
      return d;
    }
    case 'email':
      return value.replace(/\s+/g, '').toLowerCase();
    case 'id':
      return foldText(value).replace(/\s+/g, '');
    case 'code':
      return value.trim().toLowerCase();
    case 'date':
      return value.trim();
  }
}

export const sameAs = (kind: Kind, a: string, b: string) =>
  normalizeAs(kind, a) === normalizeAs(kind, b);

/** Word-overlap similarity in [0, 1] (Dice on folded words), to pair list items. */
export function similarity(a: string, b: string): number {
  const wa = foldText(a).split(' ').filter(Boolean);
  const wb = new Set(foldText(b).split(' ').filter(Boolean));
  if (!wa.length || !wb.size) return 0;
  const common = wa.filter((w) => wb.has(w)).length;
  return (2 * common) / (wa.length + wb.size);
}
