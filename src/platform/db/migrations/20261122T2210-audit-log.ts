import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Append-only, hash-chained record of access to personal information. Holds ids and field
  // names, never the information itself.
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'uuid')
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'uuid')
    .addColumn('enterprise_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('fields', sql`text[]`, (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('request_id', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_subject_idx').on('audit_log').columns(['subject_id', 'seq']).execute();
  await db.schema.createIndex('audit_log_occurred_at_idx').on('audit_log').column('occurred_at').execute();

  // When old entries are purged by retention, the last purged entry's hash is kept here so the
  // chain can still be verified from its new first entry.
  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('purged_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('entries_purged', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_checkpoints').execute();
  await db.schema.dropTable('audit_log').execute();
}
