import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('job_search')
    .addColumn('job_id', 'integer', (c) => c.primaryKey().references('jobs.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('listed', 'boolean', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz')
    .addColumn('refreshed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('enterprise_name', 'text', (c) => c.notNull())
    .addColumn('enterprise_verified', 'boolean', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('district', 'text')
    .addColumn('salary_min', 'integer', (c) => c.notNull())
    .addColumn('salary_max', 'integer', (c) => c.notNull())
    .addColumn('salary_months', 'integer', (c) => c.notNull())
    .addColumn('experience', 'text', (c) => c.notNull())
    .addColumn('education', 'text', (c) => c.notNull())
    .addColumn('job_type', 'text', (c) => c.notNull())
    .addColumn('tags', sql`text[]`, (c) => c.notNull())
    .addColumn('terms', sql`int4[]`, (c) => c.notNull())
    .addColumn('head', sql`int4[]`, (c) => c.notNull())
    // Description and requirements, for the excerpt under each result.
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();
  // Newest first, overall and per city: the walks that answer common keywords and plain browsing.
  await sql`create index job_search_recent_idx on job_search (refreshed_at desc, job_id desc) where listed`.execute(db);
  await sql`create index job_search_city_recent_idx on job_search (city, refreshed_at desc, job_id desc) where listed`.execute(db);
  // Newest per position: recommendations draw from a few positions at a time.
  await sql`create index job_search_position_recent_idx on job_search (position, refreshed_at desc, job_id desc) where listed`.execute(db);
  await sql`create index job_search_salary_idx on job_search (salary_max desc, job_id desc) where listed`.execute(db);
  await sql`create index job_search_terms_idx on job_search using gin (terms) where listed`.execute(db);
  await sql`create index job_search_head_idx on job_search using gin (head) where listed`.execute(db);
  await db.schema.createIndex('job_search_enterprise_idx').on('job_search').column('enterprise_id').execute();

  await db.schema
    .createTable('resume_search')
    .addColumn('resume_id', 'integer', (c) => c.primaryKey().references('resumes.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'date')
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('intended_positions', sql`text[]`, (c) => c.notNull())
    .addColumn('intended_cities', sql`text[]`, (c) => c.notNull())
    .addColumn('years_of_work', 'integer')
    .addColumn('education_level', 'text')
    .addColumn('salary_min', 'integer')
    .addColumn('salary_max', 'integer')
    .addColumn('active_at', 'timestamptz', (c) => c.notNull())
    .addColumn('terms', sql`int4[]`, (c) => c.notNull())
    .execute();
  await sql`create index resume_search_recent_idx on resume_search (active_at desc, resume_id desc) where visibility <> 'private'`.execute(db);
  await sql`create index resume_search_terms_idx on resume_search using gin (terms) where visibility <> 'private'`.execute(db);
  await db.schema.createIndex('resume_search_user_idx').on('resume_search').column('user_id').execute();
  // The accounts candidate search must leave out (not active, or restricted): few, read once per query.
  await sql`create index users_unavailable_idx on users (id) where status <> 'active' or restricted_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists users_unavailable_idx`.execute(db);
  await db.schema.dropTable('resume_search').execute();
  await db.schema.dropTable('job_search').execute();
}
