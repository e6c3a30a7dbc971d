import { describe, expect, it } from 'vitest';
import { holidaysCn } from './holidays-cn.js';
import { addWorkingDays, calendarCovers, chinaDate, isWorkingDay, requestDueOn, workingDaysBetween } from './workdays.js';

const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

describe('holiday calendar', () => {
  it('lists 2025 and 2026 with the day counts of the State Council notices', () => {
    const length = (p: { from: string; to: string }) => (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 + 1;
    expect(holidaysCn[2025]?.periods.map(length)).toEqual([1, 8, 3, 5, 3, 8]);
    expect(holidaysCn[2026]?.periods.map(length)).toEqual([3, 9, 3, 5, 3, 3, 7]);
    // 13 statutory days since the 2024 revision; the rest are weekends moved by make-up working days.
    expect(holidaysCn[2025]?.makeUpWorkdays).toHaveLength(5);
    expect(holidaysCn[2026]?.makeUpWorkdays).toHaveLength(6);
  });

  it('only moves weekends: every make-up working day is a Saturday or Sunday, inside its year', () => {
    for (const [year, y] of Object.entries(holidaysCn)) {
      for (const d of y.makeUpWorkdays) {
        expect([0, 6], d).toContain(weekday(d));
        expect(d.startsWith(year), d).toBe(true);
      }
      for (const p of y.periods) expect(p.from <= p.to && p.from.startsWith(year), p.from).toBe(true);
    }
  });

  it('knows the days of the week the notices name', () => {
    // "1月28日（农历除夕、周二）至2月4日（周二）", "10月1日（周四）至7日（周三）", "2月14日（周六）上班"
    expect([weekday('2025-01-28'), weekday('2025-02-04')]).toEqual([2, 2]);
    expect([weekday('2026-10-01'), weekday('2026-10-07')]).toEqual([4, 3]);
    expect([weekday('2026-02-14'), weekday('2026-02-28'), weekday('2026-01-04')]).toEqual([6, 6, 0]);
  });
});

describe('working days', () => {
  it('treats weekends as off unless they are make-up working days, and holidays as off', () => {
    expect(isWorkingDay('2025-11-21')).toBe(true); // a Friday
    expect(isWorkingDay('2025-11-22')).toBe(false); // a Saturday
    expect(isWorkingDay('2025-10-11')).toBe(true); // Saturday, make-up working day
    expect(isWorkingDay('2025-09-28')).toBe(true); // Sunday, make-up working day
    expect(isWorkingDay('2025-10-08')).toBe(false); // Wednesday inside National Day week
    expect(isWorkingDay('2026-02-23')).toBe(false); // Monday, last day of Spring Festival
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(isWorkingDay('2026-01-02')).toBe(false); // Friday after New Year's Day
  });

  it('counts 15 working days from the day before National Day week (2025): the 8-day break is skipped, 11 October counts', () => {
    // 9, 10, 11 (Sat, make-up), 13–17, 20–24, 27, 28 October
    expect(addWorkingDays('2025-09-30', 15)).toBe('2025-10-28');
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
  });

  it('counts across National Day 2026 and Spring Festival 2026', () => {
    // 8, 9, 10 (Sat, make-up), 12–16, 19–23, 26, 27 October
    expect(addWorkingDays('2026-09-30', 15)).toBe('2026-10-27');
    // 14 Feb (Sat, make-up) is day 1; 15–23 Feb off; 28 Feb (Sat, make-up) is day 6
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-13', 15)).toBe('2026-03-12');
  });

  it('does not count the day of receipt, even when it is a working day, nor a weekend on which it falls', () => {
    expect(addWorkingDays('2025-11-21', 1)).toBe('2025-11-24'); // Friday → Monday
    expect(addWorkingDays('2025-11-22', 1)).toBe('2025-11-24'); // Saturday → Monday
    expect(addWorkingDays('2025-11-21', 0)).toBe('2025-11-21');
    expect(() => addWorkingDays('2025-11-21', -1)).toThrow();
    expect(() => addWorkingDays('soon', 1)).toThrow();
  });

  it('counts New Year 2026 and the turn of the year', () => {
    // 31 Dec (Wed) → 1–3 Jan off → 4 Jan (Sun, make-up) → 5 Jan
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(addWorkingDays('2025-12-31', 2)).toBe('2026-01-05');
  });

  it('falls back to weekends only past the calendar', () => {
    expect(calendarCovers('2026-12-31')).toBe(true);
    expect(calendarCovers('2027-01-01')).toBe(false);
    expect(addWorkingDays('2027-03-05', 1)).toBe('2027-03-08'); // Friday → Monday
  });

  it('measures the working days between two dates in both directions', () => {
    expect(workingDaysBetween('2025-09-30', '2025-10-28')).toBe(15);
    expect(workingDaysBetween('2025-10-28', '2025-09-30')).toBe(-15);
    expect(workingDaysBetween('2025-11-21', '2025-11-21')).toBe(0);
  });

  it('dates a request by the calendar day in China, and gives it 15 working days', () => {
    // 17:30 UTC on 29 September is 01:30 on 30 September in Beijing.
    expect(chinaDate(new Date('2025-09-29T17:30:00Z'))).toBe('2025-09-30');
    expect(chinaDate(new Date('2025-09-29T15:59:59Z'))).toBe('2025-09-29');
    expect(requestDueOn(new Date('2025-09-29T17:30:00Z'))).toBe('2025-10-28');
  });
});
