import { describe, expect, it } from 'vitest';
import { normalizeLine } from './normalize';

describe('dotted leaders', () => {
  it('between the cells of a typed form are column separators', () => {
    expect(
      normalizeLine('Administrateur principal ........ Mme Josiane MAUREL ........ 04.67.87.83.95'),
    ).toBe('Administrateur principal\tMme Josiane MAUREL\t04.67.87.83.95');
  });
  it.each([
    ['a blank form keeps its dots', 'Fait à ........, le ..../..../20..'],
    ['one leader, no cell between two', 'Nom ........ Mme Josiane MAUREL'],
  ])('%s', (_, line) => {
    expect(normalizeLine(line)).not.toContain('\t');
  });
});
