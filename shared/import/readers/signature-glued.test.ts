/** OCR glued the signature's words together: « Fait à Douaile 3 mai 2019 », « Fait à Arras endeux exemplaires ». */
import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { signaturesIn } from './signature';

const read = (...lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  const s = signaturesIn(ctx, 0, ctx.lines.length).find((x) => x.place || x.date);
  return { place: s?.place?.value, date: s?.date?.value };
};

describe('a signature whose words OCR glued', () => {
  it.each([
    {
      what: '« le » glued to a place the document spells elsewhere',
      lines: [
        'Dont le siège est 10 rue Saint-Jacques 59500 DOUAI',
        '',
        'Fait à Douaile 3 mai 2019',
      ],
      expected: { place: 'Douai', date: '2019-05-03' },
    },
    {
      what: 'a place ending in « le » that is its own name (spelt so elsewhere)',
      lines: ['Hôtel de Ville 62210 AVION – ROUVILLE', '', 'Fait à Rouville 3 mai 2019'],
      expected: { place: 'Rouville', date: '2019-05-03' },
    },
    {
      what: 'a place ending in « le », no shorter spelling elsewhere',
      lines: ['Fait à Mouvle 3 mai 2019'],
      expected: { place: 'Mouvle', date: '2019-05-03' },
    },
    {
      what: '« en deux exemplaires » glued',
      lines: ['Fait à Arras endeux exemplaires, le 3 mai 2019'],
      expected: { place: 'Arras', date: '2019-05-03' },
    },
  ])('$what', ({ lines, expected }) => {
    expect(read(...lines)).toEqual(expected);
  });
});
