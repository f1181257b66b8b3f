import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeLines } from './normalize';

describe('dotted leaders', () => {
  it.each([
    [
      'Administrateur principal ........ Mme Josiane MAUREL ........ 04.67.87.83.95',
      'Administrateur principal\tMme Josiane MAUREL\t04.67.87.83.95',
    ],
    // a label, its leader and its value: a form's field
    ['Nom ........ Mme Josiane MAUREL', 'Nom\tMme Josiane MAUREL'],
    [
      'adresse électronique ........ mcp.partenaires@caf32.caf.fr',
      'adresse électronique\tmcp.partenaires@caf32.caf.fr',
    ],
    ['délai de prise en charge .... 72 heures', 'délai de prise en charge\t72 heures'],
  ])('between the cells of a typed form are column separators: %s', (line, cells) => {
    expect(normalizeLine(line)).toBe(cells);
  });
  it.each([
    ['a blank form keeps its dots', 'Fait à ........, le ..../..../20..'],
    ['a blank field keeps its dots', 'Nom ........................'],
    ['a table of contents entry', 'Article 3 – Durée ........ 7'],
  ])('%s', (_, line) => {
    expect(normalizeLine(line)).not.toContain('\t');
  });
});

describe('a table of contents is blanked, a typed form’s field ending in a figure is not', () => {
  it.each([
    ['horaires .................... du lundi au jeudi 8h30-12h30 / 13h30-16h30', true],
    ['Article 3 – Durée ........................ 7', false],
    ['Annexe 1 – Les interlocuteurs …… p. 12', false],
  ])('%s', (line, kept) => {
    expect(Boolean(normalizeLines(['SOMMAIRE', line].join('\n'))[1])).toBe(kept);
  });
});
