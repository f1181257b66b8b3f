import { describe, expect, it } from 'vitest';
import { isHeadingLine } from './paragraphs';

describe('article headings', () => {
  it.each([
    'Art. 9. - Engagements des parties',
    'Art. 9.1. - Engagements de la Caf',
    'Art. 1er. - Objet de la convention',
    'Art. 12 – Engagements',
    'Article 8 - Missions du partenaire',
  ])('%j is a heading', (line) => {
    expect(isHeadingLine(line)).toBe(true);
  });

  it.each([
    'Accueil, information et orientation des publics',
    'art. 9 de la loi du 6 janvier 1978 modifiée',
    '1. Mme Claire DUPONT',
  ])('%j is not', (line) => {
    expect(isHeadingLine(line)).toBe(false);
  });
});
