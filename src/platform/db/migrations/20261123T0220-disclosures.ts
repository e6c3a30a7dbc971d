import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('disclosures')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('seeker_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('resume_id', 'integer')
    .addColumn('via', 'text', (c) => c.notNull().check(sql`via in ('application', 'contact_request')`))
    .addColumn('source_id', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await sql`create index disclosures_active_idx on disclosures (enterprise_id, seeker_id) where revoked_at is null`.execute(db);
  await db.schema.createIndex('disclosures_seeker_idx').on('disclosures').columns(['seeker_id', 'created_at']).execute();
  await db.schema.createIndex('disclosures_source_idx').on('disclosures').columns(['via', 'source_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('disclosures').execute();
}
