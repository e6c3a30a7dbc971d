import type { Db } from '../../platform/db/index.js';

/**
 * Restriction of processing (PIPL Art. 44): while `users.restricted_at` is set, the person's data
 * is only stored. The access door refuses every purpose except the ones below; modules that use a
 * person's data outside the door (recommendations, search, marketing) must check
 * `subjectIsRestricted` themselves before they do.
 */
const EXEMPT_PREFIXES = ['rights.', 'legal.'];

/** Purposes still allowed for a restricted person: handling their rights requests, and legal duties. */
export function purposeSurvivesRestriction(purpose: string): boolean {
  return EXEMPT_PREFIXES.some((p) => purpose.startsWith(p));
}

export async function subjectIsRestricted(db: Db, subjectId: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('restricted_at').where('id', '=', subjectId).executeTakeFirst();
  return Boolean(row?.restricted_at);
}
