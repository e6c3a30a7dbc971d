import { AppError } from '../../platform/errors.js';

/** The youngest age at which someone may register as a job seeker (Labour Law Art. 15). */
export const MIN_SEEKER_AGE = 16;

/** Today's date in China Standard Time as YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  let age = ty - by;
  if (tm < bm || (tm === bm && td < bd)) age -= 1;
  return age;
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Under this age a person's data is processed only with a guardian's consent (PIPL Art. 31). */
export const GUARDIAN_CONSENT_AGE = 14;

/** Throws BIRTH_DATE_INVALID for impossible, future or implausibly old dates. */
export function assertBirthDate(birthDate: string, today: string = todayInChina()): void {
  if (!isRealDate(birthDate) || birthDate > today || birthDate < '1900-01-01') {
    throw new AppError('BIRTH_DATE_INVALID', { field: 'birthDate' });
  }
}

/**
 * The one place the age rules live. Job seekers must be at least 16 (SEEKER_TOO_YOUNG). Anyone
 * under 14 needs a guardian's consent, which Renhe cannot yet collect online, so such a birth date
 * is refused with GUARDIAN_CONSENT_REQUIRED and nothing is stored.
 */
export function assertAgeForRole(role: string, birthDate: string, today: string = todayInChina()): void {
  assertBirthDate(birthDate, today);
  const age = ageOn(birthDate, today);
  if (role === 'seeker' && age < MIN_SEEKER_AGE) {
    throw new AppError('SEEKER_TOO_YOUNG', { field: 'birthDate', minimumAge: MIN_SEEKER_AGE });
  }
  if (age < GUARDIAN_CONSENT_AGE) throw new AppError('GUARDIAN_CONSENT_REQUIRED', { field: 'birthDate' });
}

/** The seeker rule on its own (kept for callers that only deal with seekers). */
export function assertSeekerAge(birthDate: string, today: string = todayInChina()): void {
  assertAgeForRole('seeker', birthDate, today);
}
