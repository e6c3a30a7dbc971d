import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Every published rendering of the privacy policy and its two lists, one row per document,
  // language and content hash. Rows are only ever added, so each earlier version stays readable.
  await db.schema
    .createTable('policy_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('policy_versions_document_locale_hash_key', ['document', 'locale', 'hash'])
    .addCheckConstraint('policy_versions_document_check', sql`document in ('policy', 'collected', 'sharing')`)
    .addCheckConstraint('policy_versions_locale_check', sql`locale in ('zh-CN', 'en')`)
    .addCheckConstraint('policy_versions_hash_check', sql`hash ~ '^[0-9a-f]{16}$'`)
    .execute();
  await db.schema.createIndex('policy_versions_hash_idx').on('policy_versions').column('hash').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('policy_versions').execute();
}
