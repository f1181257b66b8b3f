/** Rows of a table drawn with bars, as OCRs and typists leave them. Texts written for the test. */
import { describe, expect, it } from 'vitest';
import { pipeTableRow } from './normalize';

describe('a row of a table drawn with bars', () => {
  it.each([
    ['| Rôle | Nom |', 'Rôle\tNom'],
    [
      '|Administrateur  |Sophie HEBERT | s.hebert@caf50.caf.fr |02 33 77 41 18',
      'Administrateur\tSophie HEBERT\ts.hebert@caf50.caf.fr\t02 33 77 41 18',
    ],
    ['|CIL             |              |cil@caf.cnafmail.fr|', 'CIL\t\tcil@caf.cnafmail.fr'],
    ['|suppléant       |               |                          |', 'suppléant\t\t'],
    ['│ T1 │ 4 │', 'T1\t4'],
  ])('%s', (line, row) => {
    expect(pipeTableRow(line)).toBe(row);
  });

  it.each([['|e CCAS de Coutances'], ['Voir | ci-dessous'], ['|e service | est ouvert']])(
    'no row: %s',
    (line) => {
      expect(pipeTableRow(line)).toBe(line);
    },
  );
});
