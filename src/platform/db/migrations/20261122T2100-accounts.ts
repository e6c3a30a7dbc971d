import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // The number is stored encrypted with the person's data key; phone_index is a keyed hash
    // (blind index) used to find the account at sign-in.
    .addColumn('phone_enc', 'text', (c) => c.notNull())
    .addColumn('phone_index', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'date')
    .addColumn('gender', 'text')
    .addColumn('city', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('users_phone_index_key', ['phone_index'])
    .addCheckConstraint('users_role_check', sql`role in ('seeker', 'recruiter', 'operator')`)
    .addCheckConstraint('users_status_check', sql`status in ('active', 'disabled')`)
    .addCheckConstraint('users_gender_check', sql`gender is null or gender in ('female', 'male', 'other')`)
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addUniqueConstraint('sessions_token_hash_key', ['token_hash'])
    .addForeignKeyConstraint('sessions_user_id_fkey', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('sessions_user_id_idx').on('sessions').column('user_id').execute();

  // SMS codes keep only keyed hashes of the number, the IP and the code itself.
  await db.schema
    .createTable('sms_codes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('phone_hash', 'text', (c) => c.notNull())
    .addColumn('ip_hash', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('sms_codes_phone_hash_idx').on('sms_codes').columns(['phone_hash', 'created_at']).execute();
  await db.schema.createIndex('sms_codes_ip_hash_idx').on('sms_codes').columns(['ip_hash', 'created_at']).execute();

  // Development outbox: what the outbox SMS adapter "sent", shown in the web UI.
  await db.schema
    .createTable('sms_outbox')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('phone_hash', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('sms_outbox_phone_hash_idx').on('sms_outbox').columns(['phone_hash', 'created_at']).execute();

  // Failed password sign-ins, keyed by a hash of the number, for throttling.
  await db.schema
    .createTable('auth_failures')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('auth_failures_key_hash_idx').on('auth_failures').columns(['key_hash', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['auth_failures', 'sms_outbox', 'sms_codes', 'sessions', 'users']) await db.schema.dropTable(t).execute();
}
