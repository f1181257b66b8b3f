import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  anniversaryInYear,
  calendarDateInParis,
  compareDates,
  diffInDays,
  formatDateFr,
  fromDayNumber,
  isPast,
  isValidIsoDate,
  maxDate,
  minDate,
  nextAnniversary,
  parseDateFr,
  parseDateInput,
  toDayNumber,
} from './dates';

describe('addMonths (end of month clamped)', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-01-15', 1, '2024-02-15'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-05-31', 3, '2024-08-31'],
    ['2024-08-31', 1, '2024-09-30'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2025-01-10', -1, '2024-12-10'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2019-03-15', 72, '2025-03-15'],
    ['2024-01-08', 0, '2024-01-08'],
  ])('%s + %i months = %s', (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });

  it('addYears on 29 February gives 28 February in a non-leap year, 29 in a leap one', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2000-02-29', 100)).toBe('2100-02-28');
  });

  it('refuses a date that does not exist', () => {
    expect(() => addMonths('2023-02-29', 1)).toThrow(RangeError);
    expect(() => addMonths('31/01/2024', 1)).toThrow(RangeError);
  });
});

describe('addDays and day numbers', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-03-01', 10, '2024-03-11'],
    ['2024-01-08', 30, '2024-02-07'],
    ['1970-01-01', 0, '1970-01-01'],
  ])('%s + %i days = %s', (from, n, expected) => {
    expect(addDays(from, n)).toBe(expected);
  });

  it('day numbers match the Unix epoch and round-trip over several centuries', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(Date.UTC(2000, 2, 1) / 86_400_000);
    for (let n = -50_000; n <= 100_000; n += 997) {
      const iso = fromDayNumber(n);
      expect(toDayNumber(iso)).toBe(n);
      expect(iso).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
    }
  });

  it('diffInDays counts calendar days', () => {
    expect(diffInDays('2024-02-01', '2024-03-01')).toBe(29);
    expect(diffInDays('2023-02-01', '2023-03-01')).toBe(28);
    expect(diffInDays('2024-03-11', '2024-03-01')).toBe(-10);
  });
});

describe('compare and isPast', () => {
  it('compares', () => {
    expect(compareDates('2024-01-01', '2024-01-02')).toBe(-1);
    expect(compareDates('2024-01-02', '2024-01-02')).toBe(0);
    expect(compareDates('2025-01-01', '2024-12-31')).toBe(1);
    expect(maxDate(['2024-01-01', '2025-06-01', '2023-01-01'])).toBe('2025-06-01');
    expect(minDate(['2024-01-01', '2025-06-01', '2023-01-01'])).toBe('2023-01-01');
    expect(maxDate([])).toBeUndefined();
  });

  it.each([
    ['2025-03-14', '2025-03-15', true],
    ['2025-03-15', '2025-03-15', false],
    ['2025-03-16', '2025-03-15', false],
  ])('departure %s is past on %s: %s (the day itself is not past)', (d, today, past) => {
    expect(isPast(d, today)).toBe(past);
  });
});

describe('anniversaries', () => {
  it.each([
    ['2024-02-29', 2025, '2025-02-28'],
    ['2024-02-29', 2028, '2028-02-29'],
    ['2024-01-08', 2026, '2026-01-08'],
  ])('anniversary of %s in %i = %s', (origin, year, expected) => {
    expect(anniversaryInYear(origin, year)).toBe(expected);
  });

  it.each([
    ['2024-01-08', '2024-01-08', '2025-01-08'],
    ['2024-01-08', '2024-06-01', '2025-01-08'],
    ['2024-01-08', '2025-01-08', '2025-01-08'],
    ['2024-01-08', '2025-01-09', '2026-01-08'],
    ['2024-02-29', '2025-02-28', '2025-02-28'],
    ['2024-02-29', '2025-03-01', '2026-02-28'],
    ['2024-02-29', '2027-12-01', '2028-02-29'],
  ])('next anniversary of %s on %s = %s', (origin, today, expected) => {
    expect(nextAnniversary(origin, today)).toBe(expected);
  });
});

describe('French format and parsing', () => {
  it.each([
    ['2023-12-12', '12/12/2023'],
    ['2024-02-29', '29/02/2024'],
    ['2024-01-08', '08/01/2024'],
    [undefined, ''],
    ['n’importe quoi', 'n’importe quoi'],
  ])('formats %s as %s', (iso, fr) => {
    expect(formatDateFr(iso)).toBe(fr);
  });

  it.each([
    ['12/12/2023', '2023-12-12'],
    ['8/1/2024', '2024-01-08'],
    ['29/02/2024', '2024-02-29'],
    ['29.02.2024', '2024-02-29'],
    [' 01-03-2025 ', '2025-03-01'],
    ['29/02/2023', null],
    ['31/04/2024', null],
    ['12/13/2024', null],
    ['12/12/23', null],
    ['', null],
  ])('parses %j as %j', (fr, iso) => {
    expect(parseDateFr(fr)).toBe(iso);
  });

  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['08/01/2024', '2024-01-08'],
    ['2024-1-8', null],
  ])('parseDateInput(%j) = %j', (input, iso) => {
    expect(parseDateInput(input)).toBe(iso);
    if (iso) expect(isValidIsoDate(iso)).toBe(true);
  });
});

describe('calendarDateInParis', () => {
  it.each([
    ['2024-03-31T22:30:00Z', '2024-04-01'],
    ['2024-01-15T22:59:00Z', '2024-01-15'],
    ['2024-01-15T23:00:00Z', '2024-01-16'],
    ['2024-07-01T00:30:00+02:00', '2024-07-01'],
  ])('%s is %s in Paris', (instant, expected) => {
    expect(calendarDateInParis(instant)).toBe(expected);
  });
});
