/**
 * Calendar dates as ISO strings `YYYY-MM-DD`, computed on integers: nothing here depends on
 * the machine's time zone, and « today » is always a parameter.
 *
 * Rules decided in DOMAIN.md (« How to compute the dates »):
 * - « n months after » = calendar months, end of month clamped (31/01 + 1 month = 28 or 29/02);
 * - the anniversary of a 29 February is the 28 February in other years;
 * - « n days » = calendar days;
 * - a date is past when it is strictly before today.
 */

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Splits an ISO date, or returns null when it is malformed or does not exist (2023-02-29). */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

function requireDate(value: IsoDate): CalendarDate {
  const d = parseIsoDate(value);
  if (!d) throw new RangeError(`Invalid ISO date: ${JSON.stringify(value)}`);
  return d;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function toIsoDate(date: CalendarDate): IsoDate {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Days since 1970-01-01 (proleptic Gregorian), H. Hinnant's `days_from_civil`. */
export function toDayNumber(value: IsoDate): number {
  const { year, month, day } = requireDate(value);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `toDayNumber` (`civil_from_days`). */
export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return toIsoDate({ year, month, day });
}

/** `n` calendar days later (or earlier when negative). */
export function addDays(value: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(value) + n);
}

/** `n` calendar months later, the day clamped to the end of the target month. */
export function addMonths(value: IsoDate, n: number): IsoDate {
  const { year, month, day } = requireDate(value);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return toIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** `n` years later: 12·n months, so 29/02 becomes 28/02 in a non-leap year. */
export function addYears(value: IsoDate, n: number): IsoDate {
  return addMonths(value, 12 * n);
}

/** Number of calendar days from `from` to `to` (positive when `to` is later). */
export function diffInDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1, for sorting. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  requireDate(a);
  requireDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export const isBefore = (a: IsoDate, b: IsoDate) => compareDates(a, b) < 0;
export const isAfter = (a: IsoDate, b: IsoDate) => compareDates(a, b) > 0;

/** Past = strictly before today: on the day itself (a departure, a due date) it is not past. */
export function isPast(value: IsoDate, today: IsoDate): boolean {
  return isBefore(value, today);
}

export function maxDate(dates: readonly IsoDate[]): IsoDate | undefined {
  let best: IsoDate | undefined;
  for (const d of dates) if (best === undefined || compareDates(d, best) > 0) best = d;
  return best;
}

export function minDate(dates: readonly IsoDate[]): IsoDate | undefined {
  let best: IsoDate | undefined;
  for (const d of dates) if (best === undefined || compareDates(d, best) < 0) best = d;
  return best;
}

/** The anniversary of `origin` in `year` (29/02 → 28/02 in a non-leap year). */
export function anniversaryInYear(origin: IsoDate, year: number): IsoDate {
  const { month, day } = requireDate(origin);
  return toIsoDate({ year, month, day: Math.min(day, daysInMonth(year, month)) });
}

/**
 * The first anniversary of `origin` (at least one year after it) falling on or after
 * `today`: the next tacit renewal of a convention that took effect on `origin`.
 */
export function nextAnniversary(origin: IsoDate, today: IsoDate): IsoDate {
  const o = requireDate(origin);
  const t = requireDate(today);
  let year = Math.max(o.year + 1, t.year);
  let candidate = anniversaryInYear(origin, year);
  if (candidate < today) {
    year += 1;
    candidate = anniversaryInYear(origin, year);
  }
  return candidate;
}

/** `dd/mm/yyyy`; an empty string for a missing date, the input itself when malformed. */
export function formatDateFr(value: IsoDate | undefined | null): string {
  if (!value) return '';
  const d = parseIsoDate(value);
  if (!d) return value;
  return `${pad(d.day, 2)}/${pad(d.month, 2)}/${pad(d.year, 4)}`;
}

const FR_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Parses `dd/mm/yyyy` (also `d/m/yyyy`, `dd.mm.yyyy`, `dd-mm-yyyy`); null when invalid. */
export function parseDateFr(input: string): IsoDate | null {
  const m = FR_DATE.exec(input.trim());
  if (!m) return null;
  const date = { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  const iso = toIsoDate(date);
  return isValidIsoDate(iso) ? iso : null;
}

/** Parses what a user or an import gives: ISO `yyyy-mm-dd` or French `dd/mm/yyyy`. */
export function parseDateInput(input: string): IsoDate | null {
  const s = input.trim();
  if (isValidIsoDate(s)) return s;
  return parseDateFr(s);
}

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in Paris of an instant (`2024-03-31T22:30:00Z` → `2024-04-01`), for
 * timestamps such as a review's `closedAt`, and for the UI to compute « today » from a clock
 * it passes in.
 */
export function calendarDateInParis(instant: string | Date): IsoDate {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`);
  const parts = parisDay.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return toIsoDate({ year: get('year'), month: get('month'), day: get('day') });
}
