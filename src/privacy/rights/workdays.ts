import { holidaysCn } from './holidays-cn.js';

/**
 * Working-day arithmetic on the mainland China calendar: Saturdays and Sundays are off unless
 * listed as make-up working days, and official holidays are off. Dates are calendar dates in
 * China Standard Time (UTC+8, no daylight saving), written YYYY-MM-DD.
 */
const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

function expand(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const daysOff = new Set(Object.values(holidaysCn).flatMap((y) => y.periods.flatMap((p) => expand(p.from, p.to))));
const makeUpWorkdays = new Set(Object.values(holidaysCn).flatMap((y) => y.makeUpWorkdays));
const years = Object.keys(holidaysCn).map(Number);

/** The calendar date in China of an instant. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether the holiday calendar has the official dates for this date's year. */
export function calendarCovers(date: string): boolean {
  return years.includes(Number(date.slice(0, 4)));
}

export function isWorkingDay(date: string): boolean {
  if (makeUpWorkdays.has(date)) return true;
  if (daysOff.has(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `n` working days after `date`. The day itself is not counted (a request received on a
 * Friday has its first working day on Monday), as deadlines "within N working days of receipt" are
 * read.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error('n must be a whole number of days');
  let t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t)) throw new Error(`not a date: ${date}`);
  let left = n;
  while (left > 0) {
    t += DAY_MS;
    if (isWorkingDay(new Date(t).toISOString().slice(0, 10))) left -= 1;
  }
  return new Date(t).toISOString().slice(0, 10);
}

/** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. */
export function workingDaysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let n = 0;
  for (let t = lo + DAY_MS; t <= hi; t += DAY_MS) if (isWorkingDay(new Date(t).toISOString().slice(0, 10))) n += 1;
  return n * sign;
}

/** The legal deadline for answering a data-subject request (15 working days, 2019 App identification method). */
export const REQUEST_DEADLINE_WORKING_DAYS = 15;

export function requestDueOn(receivedAt: Date): string {
  return addWorkingDays(chinaDate(receivedAt), REQUEST_DEADLINE_WORKING_DAYS);
}
