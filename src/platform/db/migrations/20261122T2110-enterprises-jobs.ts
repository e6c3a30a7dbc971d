import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('industry', 'text', (c) => c.notNull())
    .addColumn('size', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('verified', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('enterprises_name_key', ['name'])
    .execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('district', 'text')
    .addColumn('salary_min', 'integer', (c) => c.notNull())
    .addColumn('salary_max', 'integer', (c) => c.notNull())
    .addColumn('salary_months', 'integer', (c) => c.notNull().defaultTo(12))
    .addColumn('experience', 'text', (c) => c.notNull())
    .addColumn('education', 'text', (c) => c.notNull())
    .addColumn('job_type', 'text', (c) => c.notNull().defaultTo('full_time'))
    .addColumn('headcount', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('requirements', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('jobs_enterprise_id_fkey', ['enterprise_id'], 'enterprises', ['id'])
    .addCheckConstraint('jobs_salary_check', sql`salary_min > 0 and salary_max >= salary_min and salary_months between 12 and 24`)
    .addCheckConstraint('jobs_status_check', sql`status in ('open', 'closed')`)
    .addCheckConstraint('jobs_job_type_check', sql`job_type in ('full_time', 'part_time', 'internship')`)
    .execute();
  await db.schema.createIndex('jobs_open_recent_idx').on('jobs').columns(['published_at desc', 'id desc']).where(sql.ref('status'), '=', 'open').execute();
  await db.schema
    .createIndex('jobs_open_city_recent_idx')
    .on('jobs')
    .columns(['city', 'published_at desc', 'id desc'])
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema.createIndex('jobs_enterprise_id_idx').on('jobs').column('enterprise_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('jobs').execute();
  await db.schema.dropTable('enterprises').execute();
}
