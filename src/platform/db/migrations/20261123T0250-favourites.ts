import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('favourites')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('job', 'enterprise', 'candidate')`))
    .addColumn('job_id', 'integer', (c) => c.references('jobs.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'integer', (c) => c.references('enterprises.id').onDelete('cascade'))
    // A recruiter's saved candidate: the resume, checked against what the enterprise may see on every listing.
    .addColumn('resume_id', 'integer', (c) => c.references('resumes.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'favourites_target',
      sql`(kind = 'job' and job_id is not null and enterprise_id is null and resume_id is null)
        or (kind = 'enterprise' and enterprise_id is not null and job_id is null and resume_id is null)
        or (kind = 'candidate' and resume_id is not null and job_id is null and enterprise_id is null)`,
    )
    .execute();
  await sql`create unique index favourites_job_key on favourites (user_id, job_id) where job_id is not null`.execute(db);
  await sql`create unique index favourites_enterprise_key on favourites (user_id, enterprise_id) where enterprise_id is not null`.execute(db);
  await sql`create unique index favourites_resume_key on favourites (user_id, resume_id) where resume_id is not null`.execute(db);
  await db.schema.createIndex('favourites_list_idx').on('favourites').columns(['user_id', 'kind', 'created_at']).execute();
  await db.schema.createIndex('favourites_created_idx').on('favourites').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('favourites').execute();
}
