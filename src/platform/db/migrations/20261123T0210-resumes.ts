import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('resumes')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('applied'))
    .addColumn('real_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('gender', 'text')
    .addColumn('birth_date', 'date')
    .addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('education_level', 'text')
    .addColumn('years_of_work', 'integer')
    .addColumn('job_status', 'text')
    .addColumn('avatar_file_id', 'uuid')
    .addColumn('introduction', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('intended_positions', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('intended_cities', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('job_types', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('salary_min', 'integer')
    .addColumn('salary_max', 'integer')
    .addColumn('education', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('experience', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('projects', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('skills', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('certificates', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('attachment_file_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('resumes_avatar_file_id_fkey', ['avatar_file_id'], 'files', ['id'])
    .addForeignKeyConstraint('resumes_attachment_file_id_fkey', ['attachment_file_id'], 'files', ['id'])
    .addCheckConstraint('resumes_visibility_check', sql`visibility in ('public', 'applied', 'private')`)
    .addCheckConstraint('resumes_gender_check', sql`gender in ('female', 'male', 'other')`)
    .addCheckConstraint('resumes_salary_check', sql`salary_min is null or salary_max is null or salary_min <= salary_max`)
    .addCheckConstraint('resumes_years_check', sql`years_of_work between 0 and 60`)
    .execute();
  await db.schema.createIndex('resumes_user_idx').on('resumes').columns(['user_id', 'id']).execute();
  // Candidate lists: newest first among the resumes recruiters may see at all.
  await sql`create index resumes_listed_idx on resumes (updated_at desc, id desc) where visibility <> 'private'`.execute(db);

  // A resume's files belong to it: when the row goes (deleted by the seeker, or erased with the
  // account), the file rows go with it, so nothing can serve them afterwards.
  await sql`create function resumes_drop_files() returns trigger language plpgsql as $$
    begin
      delete from files where id in (old.avatar_file_id, old.attachment_file_id);
      return old;
    end $$`.execute(db);
  await sql`create trigger resumes_drop_files after delete on resumes for each row execute function resumes_drop_files()`.execute(db);

  await db.schema
    .createTable('resume_blocks')
    .addColumn('seeker_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('resume_blocks_pkey', ['seeker_id', 'enterprise_id'])
    .execute();
  await db.schema.createIndex('resume_blocks_enterprise_idx').on('resume_blocks').columns(['enterprise_id', 'seeker_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('resume_blocks').execute();
  await sql`drop trigger if exists resumes_drop_files on resumes`.execute(db);
  await db.schema.dropTable('resumes').execute();
  await sql`drop function if exists resumes_drop_files()`.execute(db);
}
