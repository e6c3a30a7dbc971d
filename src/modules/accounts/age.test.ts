import { describe, expect, it } from 'vitest';
import type { AppError } from '../../platform/errors.js';
import { ageOn, assertAgeForRole, assertSeekerAge, todayInChina } from './age.js';

const codeOf = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (err) {
    return (err as AppError).code;
  }
};

describe('seeker age rule', () => {
  it('counts birthdays exactly', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
  });

  it('admits a seeker on their 16th birthday and not the day before', () => {
    expect(codeOf(() => assertSeekerAge('2010-06-15', '2026-06-15'))).toBeNull();
    expect(codeOf(() => assertSeekerAge('2010-06-15', '2026-06-14'))).toBe('SEEKER_TOO_YOUNG');
  });

  it('refuses impossible and future dates', () => {
    expect(codeOf(() => assertSeekerAge('1990-02-30', '2026-01-01'))).toBe('BIRTH_DATE_INVALID');
    expect(codeOf(() => assertSeekerAge('2030-01-01', '2026-01-01'))).toBe('BIRTH_DATE_INVALID');
    expect(codeOf(() => assertSeekerAge('1899-12-31', '2026-01-01'))).toBe('BIRTH_DATE_INVALID');
  });

  it('uses China Standard Time for "today"', () => {
    // 2026-06-14 17:00 UTC is already 2026-06-15 01:00 in Beijing.
    expect(todayInChina(new Date('2026-06-14T17:00:00Z'))).toBe('2026-06-15');
  });

  it('asks for a guardian below 14 whatever the role, and lets a 14-year-old recruiter profile stand', () => {
    expect(codeOf(() => assertAgeForRole('recruiter', '2012-06-15', '2026-06-14'))).toBe('GUARDIAN_CONSENT_REQUIRED');
    expect(codeOf(() => assertAgeForRole('recruiter', '2012-06-15', '2026-06-15'))).toBeNull();
    expect(codeOf(() => assertAgeForRole('seeker', '2013-01-01', '2026-06-15'))).toBe('SEEKER_TOO_YOUNG');
  });
});
