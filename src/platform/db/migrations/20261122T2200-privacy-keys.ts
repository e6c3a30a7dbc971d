import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One wrapped data key per person. Deleting the row shreds everything encrypted with it.
  await db.schema
    .createTable('subject_keys')
    .addColumn('subject_id', 'uuid', (c) => c.primaryKey())
    .addColumn('kek_id', 'text', (c) => c.notNull())
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('rewrapped_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('subject_keys_kek_id_idx').on('subject_keys').column('kek_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('subject_keys').execute();
}
