/**
 * Profile codes OCR split with a space (« T1 3 »): joined only where the row's shape says the
 * lone digit cannot be the quota, and only into a catalogue profile; marked corrected.
 */
import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { quotaRows } from './bulletins';
import { makeCtx } from './context';

const rows = (...lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  return quotaRows(ctx, 0, ctx.lines.length, true).map((q) => [
    q.value.profileCode,
    q.value.max,
    Boolean(q.corrected),
  ]);
};

describe('a profile code split by OCR', () => {
  it.each([
    {
      name: 'code cell « T1 3 » with its quota in the next cell',
      lines: ['T1 3\t2'],
      expected: [['T13', 2, true]],
    },
    {
      name: 'space-separated row: code, lone digit, label, quota',
      lines: ['T1 3 Commissions Fsl 1'],
      expected: [['T13', 1, true]],
    },
    {
      name: '« T1 0 Bailleurs sociaux 2 »',
      lines: ['T1 0 Bailleurs sociaux 2'],
      expected: [['T10', 2, true]],
    },
    {
      name: 'code and quota one space apart stay a code and its quota',
      lines: ['T1 3'],
      expected: [['T1', 3, false]],
    },
    {
      name: 'quota then label: the digit is the quota',
      lines: ['T1\t3\tAction sociale'],
      expected: [['T1', 3, false]],
    },
    {
      name: 'a joined code outside the catalogue is not made up (no T17: read as before)',
      lines: ['T1 7 Autre 2'],
      expected: [['T1', 2, false]],
    },
    { name: 'a whole code is left alone', lines: ['T13\t4'], expected: [['T13', 4, false]] },
  ])('$name', ({ lines, expected }) => {
    expect(rows(...lines)).toEqual(expected);
  });
});
