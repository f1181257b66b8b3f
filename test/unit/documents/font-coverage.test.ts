import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  fontCoverageWarning,
  isPrintable,
  unprintableCharacters,
} from '../../../shared/documents/font-coverage';
import { FONT_FILES } from '../../../shared/documents/fonts';
import { checkDocument } from '../../../shared/documents/registry';
import { lieusaintAdminChange } from './lieusaint';

const FONT_DIR = fileURLToPath(new URL('../../../resources/fonts/', import.meta.url));
const DOCUMENTS_DIR = fileURLToPath(new URL('../../../shared/documents/', import.meta.url));
// fontkit comes with pdfkit (pdfmake's engine): the same parser the documents use.
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  create(buffer: Buffer): { hasGlyphForCodePoint(cp: number): boolean };
};

/** Letters of the names a French office meets, the typography of the documents, and a little Greek and Cyrillic. */
const MUST_PRINT = [
  'ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆàâäçéèêëîïôöùûüÿœæ',
  'ąćęłńśźżŁŚŻřšžčďťňůŘŠŽČőűășțȘȚğışĞİŞñÑãõåøÅØßẞ',
  'Nguyễn Thị Hương Trần Đức',
  '« » ’ ‘ “ ” … — – € № ™ ° · × ≤ ≥ − → ☐ ☒ ✓ ✗',
  'αβγδΩ Жданов Київ',
].join('');

/** Every non-ASCII character written in the documents' own sources (labels, boxes, arrows). */
function documentSourceCharacters(): string[] {
  const chars = new Set<string>();
  for (const file of readdirSync(DOCUMENTS_DIR).filter((f) => f.endsWith('.ts'))) {
    for (const ch of readFileSync(DOCUMENTS_DIR + file, 'utf8'))
      if (ch.codePointAt(0)! > 0x7e) chars.add(ch);
  }
  return [...chars];
}

describe('font coverage', () => {
  const fonts = FONT_FILES.map((f) => [f, fontkit.create(readFileSync(FONT_DIR + f))] as const);

  it('keeps in every embedded font the letters and signs the documents need', () => {
    const needed = [...new Set([...MUST_PRINT.replace(/\s/g, ''), ...documentSourceCharacters()])];
    expect(needed.length).toBeGreaterThan(120);
    for (const ch of needed) {
      expect(isPrintable(ch.codePointAt(0)!), `${ch} in the coverage`).toBe(true);
      for (const [file, font] of fonts)
        expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), `${ch} in ${file}`).toBe(true);
    }
  });

  it('finds what would print as an empty box, once each, wherever it is', () => {
    expect(
      unprintableCharacters({
        a: 'Nguyễn',
        b: ['Ali عل', { c: '漢字 عل' }],
        n: 4,
        d: 'ligne\n\tsuivante',
      }),
    ).toEqual(['ع', 'ل', '漢', '字']);
    expect(unprintableCharacters(lieusaintAdminChange())).toEqual([]);
  });

  it('warns in French, singular or plural', () => {
    expect(fontCoverageWarning({ name: 'Ali' })).toBeUndefined();
    expect(fontCoverageWarning({ name: '漢' })).toBe(
      'Ce caractère ne peut pas être imprimé dans le PDF et apparaîtra comme un carré vide : « 漢 ». Écrivez ce nom en lettres latines si possible.',
    );
    expect(fontCoverageWarning({ name: '漢字' })).toMatch(
      /^Ces caractères ne peuvent pas être imprimés .* apparaîtront .* « 漢 », « 字 »\. Écrivez ces noms/,
    );
  });

  it('adds the warning to the check of PDF documents, and blocks nothing', () => {
    const snapshot = lieusaintAdminChange();
    const clean = checkDocument('changement-administrateur', snapshot);
    const odd = checkDocument('changement-administrateur', {
      ...snapshot,
      newAdmin: { ...snapshot.newAdmin, name: 'Karim علي' },
    } as typeof snapshot);
    expect(odd.warnings).toEqual([...clean.warnings, expect.stringMatching(/« ع », « ل », « ي »/)]);
    expect(odd.refusals).toEqual(clean.refusals);
  });
});
