import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import { accountsRepository } from './repository.js';

export { assertSeekerAge, MIN_SEEKER_AGE } from './age.js';
export { accountsInventory } from './data.js';
export { maskPhone, normalisePhone } from './phone.js';
export { accountsRoutes } from './routes.js';
export { type AccountsService, createAccountsService, type NewUser } from './service.js';
export { outboxSender, type SmsSender } from './sms.js';
export type { Role } from './tables.js';

/**
 * Display names by user id, for modules that show a person to someone the inventory lets see it
 * (and that have recorded the access through the door).
 */
export async function displayNamesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  const rows = await accountsRepository.displayNames(db, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The keyed hash of a user's number, to match things addressed to that number (invitations). */
export async function phoneIndexOf(db: Db, userId: string): Promise<string | null> {
  return (await accountsRepository.findPhoneIndex(db, userId))?.phone_index ?? null;
}

/**
 * A condition for other modules' queries: "this person's account may be shown to others" (active,
 * not restricted). Written as NOT IN over the few accounts that may not, so the database reads
 * that short list once per query (a partial index holds it) instead of once per row.
 */
export function accountAvailable(userId: Expression<string>): Expression<SqlBool> {
  return sql<SqlBool>`${userId} not in (select u.id from users u where u.status <> 'active' or u.restricted_at is not null)`;
}
