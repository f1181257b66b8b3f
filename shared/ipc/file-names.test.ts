import { describe, expect, it } from 'vitest';
import { cleanSuggestedName, hasRequestedExtension, HIDDEN_CHARACTERS } from './file-names';

describe('file names for the save dialog', () => {
  it('knows whether a name ends with a requested extension', () => {
    expect(hasRequestedExtension('a.PDF', ['pdf'])).toBe(true);
    expect(hasRequestedExtension('a.docx', ['pdf', 'docx'])).toBe(true);
    expect(hasRequestedExtension('.pdf', ['pdf'])).toBe(false);
    expect(hasRequestedExtension('a.pdf.exe', ['pdf'])).toBe(false);
    expect(hasRequestedExtension('apdf', ['pdf'])).toBe(false);
  });

  it.each([
    ['rapport\u202Efdp.exe', ['pdf'], 'rapportfdp.exe.pdf'],
    ['Revue 2026\u200B.pdf', ['pdf'], 'Revue 2026.pdf'],
    ['ligne\nsuivante.csv', ['csv'], 'lignesuivante.csv'],
    ['dossier/fichier.pdf', ['pdf'], 'dossier-fichier.pdf'],
    ['annexe', ['docx', 'pdf'], 'annexe.docx'],
    ['...', ['pdf'], 'document.pdf'],
    ['Annexe « délibération ».pdf', ['pdf'], 'Annexe « délibération ».pdf'],
  ] as const)('%j → %j', (name, filters, expected) => {
    const cleaned = cleanSuggestedName(name, filters);
    expect(cleaned).toBe(expected);
    expect(HIDDEN_CHARACTERS.test(cleaned)).toBe(false);
    expect(hasRequestedExtension(cleaned, filters)).toBe(true);
  });
});
