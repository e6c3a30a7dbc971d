import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { Gender, Role } from './tables.js';

const userColumns = ['id', 'phone_enc', 'role', 'display_name', 'birth_date', 'gender', 'city', 'status', 'created_at'] as const;

interface NewUserRow {
  id: string;
  phone_enc: string;
  phone_index: string;
  role: Role;
  display_name: string;
  birth_date: string | null;
  gender?: Gender | null;
  city?: string | null;
  password_hash?: string | null;
}

export const accountsRepository = {
  findUserById(db: Db, id: string) {
    return db
      .selectFrom('users')
      .select(userColumns)
      .select((eb) => eb('password_hash', 'is not', null).as('has_password'))
      .where('id', '=', id)
      .executeTakeFirst();
  },

  findUserIdByPhoneIndex(db: Db, phoneIndex: string) {
    return db.selectFrom('users').select(['id', 'status']).where('phone_index', '=', phoneIndex).executeTakeFirst();
  },

  findCredentialsByPhoneIndex(db: Db, phoneIndex: string) {
    return db.selectFrom('users').select(['id', 'password_hash', 'status']).where('phone_index', '=', phoneIndex).executeTakeFirst();
  },

  displayNames(db: Db, ids: string[]) {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  },

  findPhoneIndex(db: Db, id: string) {
    return db.selectFrom('users').select(['phone_index']).where('id', '=', id).executeTakeFirst();
  },

  findPasswordHash(db: Db, userId: string) {
    return db.selectFrom('users').select(['password_hash']).where('id', '=', userId).executeTakeFirst();
  },

  insertUser(db: Db, user: NewUserRow) {
    return db.insertInto('users').values(user).execute();
  },

  insertUsers(db: Db, users: NewUserRow[]) {
    return users.length ? db.insertInto('users').values(users).execute() : Promise.resolve([]);
  },

  updateUser(
    db: Db,
    id: string,
    patch: { display_name?: string; birth_date?: string | null; gender?: Gender | null; city?: string | null; password_hash?: string },
  ) {
    return db
      .updateTable('users')
      .set({ ...patch, updated_at: sql`now()` })
      .where('id', '=', id)
      .executeTakeFirst();
  },

  // --- SMS codes -------------------------------------------------------------------------------

  lockPhone(db: Db, phoneHash: string) {
    return sql`select pg_advisory_xact_lock(hashtext(${phoneHash}))`.execute(db);
  },

  lastCodeSentAt(db: Db, phoneHash: string) {
    return db.selectFrom('sms_codes').select('created_at').where('phone_hash', '=', phoneHash).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  },

  countCodesSince(db: Db, column: 'phone_hash' | 'ip_hash', hash: string, since: Date) {
    return db
      .selectFrom('sms_codes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column, '=', hash)
      .where('created_at', '>', since)
      .executeTakeFirstOrThrow();
  },

  insertCode(db: Db, row: { phone_hash: string; ip_hash: string; code_hash: string; expires_at: Date }) {
    return db.insertInto('sms_codes').values(row).execute();
  },

  /** Retires every earlier unused code for the number, so only the newest one works. */
  retireCodes(db: Db, phoneHash: string) {
    return db.updateTable('sms_codes').set({ used_at: sql`now()` }).where('phone_hash', '=', phoneHash).where('used_at', 'is', null).execute();
  },

  findLiveCode(db: Db, phoneHash: string, maxAttempts: number) {
    return db
      .selectFrom('sms_codes')
      .select(['id', 'code_hash', 'attempts'])
      .where('phone_hash', '=', phoneHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .where('attempts', '<', maxAttempts)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  countWrongAttempt(db: Db, codeId: string) {
    return db
      .updateTable('sms_codes')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('id', '=', codeId)
      .execute();
  },

  useCode(db: Db, codeId: string) {
    return db.updateTable('sms_codes').set({ used_at: sql`now()` }).where('id', '=', codeId).where('used_at', 'is', null).executeTakeFirst();
  },

  outboxFor(db: Db, phoneHash: string, since: Date) {
    return db
      .selectFrom('sms_outbox')
      .select(['id', 'body', 'created_at'])
      .where('phone_hash', '=', phoneHash)
      .where('created_at', '>', since)
      .orderBy('created_at', 'desc')
      .limit(5)
      .execute();
  },

  // --- password throttling -----------------------------------------------------------------------

  countFailuresSince(db: Db, keyHash: string, since: Date) {
    return db
      .selectFrom('auth_failures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('key_hash', '=', keyHash)
      .where('created_at', '>', since)
      .executeTakeFirstOrThrow();
  },

  insertFailure(db: Db, keyHash: string) {
    return db.insertInto('auth_failures').values({ key_hash: keyHash }).execute();
  },

  // --- sessions --------------------------------------------------------------------------------

  insertSession(db: Db, row: { user_id: string; token_hash: string; user_agent: string | null; expires_at: Date }) {
    return db.insertInto('sessions').values(row).returning(['id']).executeTakeFirstOrThrow();
  },

  findLiveSessionByTokenHash(db: Db, tokenHash: string) {
    return db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.id', 'sessions.user_id', 'sessions.last_seen_at', 'users.role'])
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.revoked_at', 'is', null)
      .where('sessions.expires_at', '>', sql<Date>`now()`)
      .where('users.status', '=', 'active')
      .executeTakeFirst();
  },

  touchSession(db: Db, id: string, expiresAt: Date) {
    return db.updateTable('sessions').set({ last_seen_at: sql`now()`, expires_at: expiresAt }).where('id', '=', id).execute();
  },

  listLiveSessions(db: Db, userId: string) {
    return db
      .selectFrom('sessions')
      .select(['id', 'user_agent', 'created_at', 'last_seen_at'])
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .orderBy('last_seen_at', 'desc')
      .execute();
  },

  revokeSession(db: Db, userId: string, sessionId: string) {
    return db
      .updateTable('sessions')
      .set({ revoked_at: sql`now()` })
      .where('id', '=', sessionId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  },
};
