import { describe, expect, it } from 'vitest';
import { extractConvention } from '../../../shared/import/extract';
import { normalizeLines } from '../../../shared/import/normalize';

/** A convention a CAF pasted into its e-mail, quoted again by the reply (« > » and « >> »). */
const quoted = (marks: string) =>
  [
    'De : Secrétariat du CCAS <ccas@exemple.fr>',
    'Objet : RE: convention signée',
    '',
    'Bonjour, voici le texte ci-dessous.',
    '',
    'Le 02/03/2025 à 10:12, la Caf a écrit :',
    ...[
      'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
      '',
      'Entre',
      'La Caisse d’allocations familiales de l’Orne,',
      'représentée par Monsieur Paul MARTEL, Directeur,',
      'Et',
      'Le Centre communal d’action sociale de Flers, ci-après « le partenaire »,',
      'représenté par Madame Anne LECOQ, Présidente,',
      '',
      ...Array.from({ length: 20 }, (_, i) => `Article ${i + 1} – Disposition ${i + 1}`),
      '',
      'Fait à Alençon, le 3 février 2025',
    ].map((l) => (l ? `${marks} ${l}` : marks)),
  ].join('\n');

describe('a convention quoted in an e-mail', () => {
  it.each([['>'], ['>>'], ['> >']])('loses its quote marks « %s », each line in its place', (m) => {
    const lines = normalizeLines(quoted(m));
    expect(lines[6]).toMatch(/^CONVENTION D.ACCÈS/);
    expect(lines.some((l) => l.startsWith('>'))).toBe(false);
    const r = extractConvention(quoted(m));
    expect(r.convention.signedAt?.value).toBe('Alençon');
    expect(r.convention.signedOn?.value).toBe('2025-02-03');
    expect(r.convention.signedAt?.sourceLine).toBe(
      lines.indexOf('Fait à Alençon, le 3 février 2025') + 1,
    );
  });

  it('keeps a « > » that only a few lines carry', () => {
    const text = [
      'Quotas :',
      '> 3 agents au-delà du seuil',
      'Fait à Alençon, le 3 février 2025',
    ].join('\n');
    expect(normalizeLines(text)[1]).toBe('> 3 agents au-delà du seuil');
  });
});
