import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reporter_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('target', 'text', (c) => c.notNull().check(sql`target in ('job', 'enterprise')`))
    // What was reported and why are the reporter's own words: nullable, so that erasure can clear them.
    .addColumn('job_id', 'integer', (c) => c.references('jobs.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'integer', (c) => c.references('enterprises.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.check(sql`reason in ('fraud', 'discrimination', 'false_information', 'harassment', 'other')`))
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'upheld', 'dismissed')`))
    .addColumn('outcome', 'text')
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decided_at', 'timestamptz')
    .addCheckConstraint('reports_one_target', sql`num_nonnulls(job_id, enterprise_id) <= 1`)
    .execute();
  // One open report per person and target; a decided one does not stop a new report.
  await sql`create unique index reports_one_open_job_key on reports (reporter_id, job_id) where status = 'open' and job_id is not null`.execute(db);
  await sql`create unique index reports_one_open_enterprise_key on reports (reporter_id, enterprise_id) where status = 'open' and enterprise_id is not null`.execute(
    db,
  );
  await db.schema.createIndex('reports_queue_idx').on('reports').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('reports_reporter_idx').on('reports').columns(['reporter_id', 'created_at']).execute();
  await sql`create index reports_open_job_idx on reports (job_id) where status = 'open'`.execute(db);
  await sql`create index reports_open_enterprise_idx on reports (enterprise_id) where status = 'open'`.execute(db);
  await sql`create index reports_decided_idx on reports (decided_at) where decided_at is not null`.execute(db);

  // An enterprise an operator found a report against to be true; shown beside its listing.
  await db.schema
    .createTable('enterprise_flags')
    .addColumn('enterprise_id', 'integer', (c) => c.primaryKey().references('enterprises.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`reason in ('fraud', 'discrimination', 'false_information', 'harassment', 'other')`))
    .addColumn('flagged_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('enterprise_flags').execute();
  await db.schema.dropTable('reports').execute();
}
