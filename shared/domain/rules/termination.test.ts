import { describe, expect, it } from 'vitest';
import { frenchTypographyIssues, NBSP } from '../text';
import { convention } from '../testing/builders';
import { checkTermination, earliestTerminationDate, terminationFindings } from './termination';

describe('earliestTerminationDate (3 months, end of month clamped)', () => {
  it.each([
    ['2025-01-15', '2025-04-15'],
    ['2024-11-30', '2025-02-28'],
    ['2023-11-30', '2024-02-29'],
    ['2024-11-29', '2025-02-28'],
    ['2025-05-31', '2025-08-31'],
    ['2025-03-31', '2025-06-30'],
    ['2024-12-31', '2025-03-31'],
  ])('received %s → earliest %s', (received, earliest) => {
    expect(earliestTerminationDate(received)).toBe(earliest);
  });
});

describe('checkTermination', () => {
  it.each([
    ['2025-01-15', '2025-04-14', false], // 3 months minus one day
    ['2025-01-15', '2025-04-15', true], // exactly 3 months
    ['2025-01-15', '2025-12-31', true],
    ['2025-01-15', '2025-01-01', false], // before the letter
    ['2024-11-30', '2025-02-27', false],
    ['2024-11-30', '2025-02-28', true], // clamp
    ['2023-11-30', '2024-02-28', false], // leap year: 29/02 is the earliest
    ['2023-11-30', '2024-02-29', true],
  ])('received %s, effective %s → ok %s', (letterReceivedOn, effectiveOn, ok) => {
    const d = checkTermination({ letterReceivedOn, effectiveOn });
    expect(d.ok).toBe(ok);
    if (!ok) {
      expect(d.findings[0]!.severity).toBe('refus');
      expect(d.findings[0]!.article).toBe('conv. art. 17.2');
      expect(frenchTypographyIssues(d.findings[0]!.message)).toEqual([]);
    }
  });

  it('says the earliest date', () => {
    const d = checkTermination({ letterReceivedOn: '2025-01-15', effectiveOn: '2025-04-14' });
    expect(d.findings[0]!.message).toBe(
      `La résiliation ne peut pas prendre effet le 14/04/2025${NBSP}: elle prend effet au plus tôt 3 mois après la réception du courrier recommandé (reçu le 15/01/2025), soit le 15/04/2025 (conv. art. 17.2).`,
    );
  });
});

describe('terminationFindings', () => {
  const terminated = convention({
    termination: { letterReceivedOn: '2025-01-15', effectiveOn: '2025-04-15' },
  });
  it.each([
    [convention(), '2025-03-15', []],
    [terminated, '2025-03-15', [['termination-pending', 'attention']]],
    [terminated, '2025-04-14', [['termination-pending', 'attention']]],
    [terminated, '2025-04-15', [['termination-effective', 'alerte']]],
    [
      convention({ termination: { letterReceivedOn: '2025-01-15', effectiveOn: '2025-02-01' } }),
      '2025-01-20',
      [['termination-invalid', 'alerte']],
    ],
  ])('%#', (conv, today, expected) => {
    expect(terminationFindings(conv, today).map((f) => [f.code, f.severity])).toEqual(expected);
  });
});
