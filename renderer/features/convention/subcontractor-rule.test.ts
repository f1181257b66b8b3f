import { describe, expect, it } from 'vitest';
import { checkSubcontractorStart, earliestSubcontractorStart } from './subcontractor-rule';

describe('subcontractor notice, 6 months before the start (conv. art. 14)', () => {
  it.each([
    ['exactly 6 months', '2025-01-15', '2025-07-15', true],
    ['one day short', '2025-01-15', '2025-07-14', false],
    ['end of month clamped', '2024-08-31', '2025-02-28', true],
    ['end of month clamped, one day short', '2024-08-31', '2025-02-27', false],
    ['29 February in a leap year', '2023-08-29', '2024-02-29', true],
  ])('%s', (_label, notifiedOn, startOn, ok) => {
    expect(checkSubcontractorStart(notifiedOn, startOn)?.ok).toBe(ok);
  });

  it('says from when the provider may start, in French', () => {
    const check = checkSubcontractorStart('2025-01-15', '2025-03-01');
    expect(check).toMatchObject({ ok: false, earliest: '2025-07-15', article: 'conv. art. 14' });
    expect(check && !check.ok ? check.message : '').toContain('à partir du 15/07/2025');
    expect(earliestSubcontractorStart('2024-08-31')).toBe('2025-02-28');
  });

  it('waits for both dates', () => {
    expect(checkSubcontractorStart('', '2025-03-01')).toBeUndefined();
    expect(checkSubcontractorStart('2025-02-30', '2025-03-01')).toBeUndefined();
  });
});
