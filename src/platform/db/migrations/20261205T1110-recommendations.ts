import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('job_views')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('job_id', 'integer', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('viewed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('job_views_pkey', ['user_id', 'job_id'])
    .execute();
  await db.schema.createIndex('job_views_viewed_idx').on('job_views').column('viewed_at').execute();

  await db.schema
    .createTable('interest_tags')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('weight', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('interest_tags_kind_check', sql`kind in ('position', 'city')`)
    .addUniqueConstraint('interest_tags_user_kind_value_key', ['user_id', 'kind', 'value'])
    .execute();
  await db.schema.createIndex('interest_tags_updated_idx').on('interest_tags').column('updated_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('interest_tags').execute();
  await db.schema.dropTable('job_views').execute();
}
