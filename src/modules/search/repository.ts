import { type Expression, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Db } from '../../platform/db/index.js';
import type { JobSearchTable, ResumeSearchTable } from './tables.js';

type JobRow = Omit<JobSearchTable, 'expires_at' | 'refreshed_at' | 'tags' | 'terms' | 'head'> & {
  expires_at: Date | null;
  refreshed_at: Date;
  tags: string[];
  terms: number[];
  head: number[];
};
export type NewJobSearchRow = JobRow;
export type NewResumeSearchRow = Omit<ResumeSearchTable, 'birth_date' | 'intended_positions' | 'intended_cities' | 'terms' | 'active_at'> & {
  birth_date: string | null;
  intended_positions: string[];
  intended_cities: string[];
  terms: number[];
  active_at: Date;
};

/** An int4[] literal; the values are integers we computed, never user text. */
const intArray = (xs: number[]) => `{${xs.join(',')}}`;
/** A text[] literal with every element quoted. */
const textArray = (xs: string[]) => `{${xs.map((x) => `"${x.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;

export const resultColumns = [
  'job_id',
  'enterprise_id',
  'title',
  'enterprise_name',
  'enterprise_verified',
  'category',
  'position',
  'city',
  'district',
  'salary_min',
  'salary_max',
  'salary_months',
  'experience',
  'education',
  'job_type',
  'tags',
  'refreshed_at',
  'expires_at',
] as const;

type JobQuery = SelectQueryBuilder<Database, 'job_search', object>;
type ResumeQuery = SelectQueryBuilder<Database, 'resume_search', object>;

const jobIndexes = new Map([
  ['job_search_recent_idx', '(refreshed_at desc, job_id desc) where listed'],
  ['job_search_city_recent_idx', '(city, refreshed_at desc, job_id desc) where listed'],
  ['job_search_position_recent_idx', '(position, refreshed_at desc, job_id desc) where listed'],
  ['job_search_salary_idx', '(salary_max desc, job_id desc) where listed'],
  ['job_search_terms_idx', 'using gin (terms) where listed'],
  ['job_search_head_idx', 'using gin (head) where listed'],
  ['job_search_enterprise_idx', '(enterprise_id)'],
]);

/** How the rows matching a keyword are found: by walking an ordered index, or through the term index. */
export type Access = 'walk' | 'terms' | 'auto';

export const searchRepository = {
  async upsertJobs(db: Db, rows: NewJobSearchRow[]) {
    if (!rows.length) return;
    // One statement for the whole batch: arrays of columns, unnested into rows.
    const col = <K extends keyof NewJobSearchRow>(k: K) => rows.map((r) => r[k]);
    await sql`
      insert into job_search (job_id, enterprise_id, listed, expires_at, refreshed_at, title, enterprise_name, enterprise_verified,
        category, position, city, district, salary_min, salary_max, salary_months, experience, education, job_type, tags, terms, head, body)
      select job_id, enterprise_id, listed, expires_at, refreshed_at, title, enterprise_name, enterprise_verified,
        category, position, city, district, salary_min, salary_max, salary_months, experience, education, job_type,
        tags::text[], terms::int4[], head::int4[], body
      from unnest(${col('job_id')}::int4[], ${col('enterprise_id')}::int4[], ${col('listed')}::bool[], ${col('expires_at')}::timestamptz[],
        ${col('refreshed_at')}::timestamptz[], ${col('title')}::text[], ${col('enterprise_name')}::text[], ${col('enterprise_verified')}::bool[],
        ${col('category')}::text[], ${col('position')}::text[], ${col('city')}::text[], ${col('district')}::text[], ${col('salary_min')}::int4[],
        ${col('salary_max')}::int4[], ${col('salary_months')}::int4[], ${col('experience')}::text[], ${col('education')}::text[], ${col('job_type')}::text[],
        ${rows.map((r) => textArray(r.tags))}::text[], ${rows.map((r) => intArray(r.terms))}::text[], ${rows.map((r) => intArray(r.head))}::text[],
        ${col('body')}::text[])
        as t(job_id, enterprise_id, listed, expires_at, refreshed_at, title, enterprise_name, enterprise_verified, category, position, city, district,
          salary_min, salary_max, salary_months, experience, education, job_type, tags, terms, head, body)
      on conflict (job_id) do update set enterprise_id = excluded.enterprise_id, listed = excluded.listed, expires_at = excluded.expires_at,
        refreshed_at = excluded.refreshed_at, title = excluded.title, enterprise_name = excluded.enterprise_name,
        enterprise_verified = excluded.enterprise_verified, category = excluded.category, position = excluded.position, city = excluded.city,
        district = excluded.district, salary_min = excluded.salary_min, salary_max = excluded.salary_max, salary_months = excluded.salary_months,
        experience = excluded.experience, education = excluded.education, job_type = excluded.job_type, tags = excluded.tags,
        terms = excluded.terms, head = excluded.head, body = excluded.body`.execute(db);
  },

  deleteJobs(db: Db, ids: number[]) {
    return ids.length ? db.deleteFrom('job_search').where('job_id', 'in', ids).execute() : Promise.resolve([]);
  },

  jobIdsOfEnterprises(db: Db, enterpriseIds: number[]) {
    if (!enterpriseIds.length) return Promise.resolve([]);
    return db.selectFrom('job_search').select('job_id').where('enterprise_id', 'in', enterpriseIds).execute();
  },

  async upsertResumes(db: Db, rows: NewResumeSearchRow[]) {
    if (!rows.length) return;
    const col = <K extends keyof NewResumeSearchRow>(k: K) => rows.map((r) => r[k]);
    await sql`
      insert into resume_search (resume_id, user_id, visibility, birth_date, city, intended_positions, intended_cities, years_of_work,
        education_level, salary_min, salary_max, active_at, terms)
      select resume_id, user_id, visibility, birth_date, city, intended_positions::text[], intended_cities::text[], years_of_work,
        education_level, salary_min, salary_max, active_at, terms::int4[]
      from unnest(${col('resume_id')}::int4[], ${col('user_id')}::uuid[], ${col('visibility')}::text[], ${col('birth_date')}::date[],
        ${col('city')}::text[], ${rows.map((r) => textArray(r.intended_positions))}::text[], ${rows.map((r) => textArray(r.intended_cities))}::text[],
        ${col('years_of_work')}::int4[], ${col('education_level')}::text[], ${col('salary_min')}::int4[], ${col('salary_max')}::int4[],
        ${col('active_at')}::timestamptz[], ${rows.map((r) => intArray(r.terms))}::text[])
        as t(resume_id, user_id, visibility, birth_date, city, intended_positions, intended_cities, years_of_work, education_level,
          salary_min, salary_max, active_at, terms)
      on conflict (resume_id) do update set user_id = excluded.user_id, visibility = excluded.visibility, birth_date = excluded.birth_date,
        city = excluded.city, intended_positions = excluded.intended_positions, intended_cities = excluded.intended_cities,
        years_of_work = excluded.years_of_work, education_level = excluded.education_level, salary_min = excluded.salary_min,
        salary_max = excluded.salary_max, active_at = excluded.active_at, terms = excluded.terms`.execute(db);
  },

  deleteResumes(db: Db, ids: number[]) {
    return ids.length ? db.deleteFrom('resume_search').where('resume_id', 'in', ids).execute() : Promise.resolve([]);
  },

  /** Row count and the most common elements of a term column, with their row fractions (from ANALYZE). */
  async termStats(db: Db, table: 'job_search' | 'resume_search', column: 'terms' | 'head') {
    const rows = await sql<{ n: number }>`select greatest(reltuples, 0)::float8 as n from pg_class where oid = ${table}::regclass`.execute(db);
    const mce = await sql<{ elems: number[] | null; freqs: number[] | null }>`
      select most_common_elems::text::int4[] as elems, most_common_elem_freqs::float8[] as freqs
      from pg_stats where schemaname = current_schema() and tablename = ${table} and attname = ${column}`.execute(db);
    return { rows: Number(rows.rows[0]?.n ?? 0), elems: mce.rows[0]?.elems ?? [], freqs: mce.rows[0]?.freqs ?? [] };
  },

  popularPositions(db: Db, now: Date, limit: number) {
    return db
      .selectFrom('job_search')
      .select(['position', (eb) => eb.fn.countAll<number>().as('jobs')])
      .where(sql<SqlBool>`listed`)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .groupBy('position')
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('position')
      .limit(limit)
      .execute();
  },

  /**
   * Newest listed, unexpired jobs of these positions and cities (an empty list: any), as result
   * rows: with positions, the newest of each position (one index range each), newest first overall.
   */
  async recent(db: Db, opts: { positions: string[]; cities: string[]; exclude: number[]; now: Date; limit: number }) {
    const newest = (position: string | null, limit: number) => {
      let q = db
        .selectFrom('job_search')
        .select(resultColumns)
        .where(sql<SqlBool>`listed`)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', opts.now)]));
      if (position) q = q.where('position', '=', position);
      if (opts.cities.length) q = q.where('city', 'in', opts.cities);
      if (opts.exclude.length) q = q.where('job_id', 'not in', opts.exclude);
      return q.orderBy('refreshed_at', 'desc').orderBy('job_id', 'desc').limit(limit);
    };
    if (!opts.positions.length) return newest(null, opts.limit).execute();
    const each = Math.ceil(opts.limit / opts.positions.length);
    const parts = await Promise.all(opts.positions.map((p) => newest(p, each).execute()));
    return parts
      .flat()
      .sort((a, b) => new Date(b.refreshed_at).getTime() - new Date(a.refreshed_at).getTime() || b.job_id - a.job_id)
      .slice(0, opts.limit);
  },

  /**
   * The secondary indexes of job_search, dropped before indexing every job again and built once
   * after: building an index from all rows is many times faster than growing it row by row (a GIN
   * index above all). The same definitions as the migration's, which cannot import this file.
   */
  async dropJobIndexes(db: Db) {
    for (const name of jobIndexes.keys()) await sql`drop index if exists ${sql.id(name)}`.execute(db);
  },
  async createJobIndexes(db: Db) {
    await db.transaction().execute(async (tx) => {
      await sql`set local maintenance_work_mem = '256MB'`.execute(tx);
      for (const [name, definition] of jobIndexes) await sql`create index if not exists ${sql.id(name)} on job_search ${sql.raw(definition)}`.execute(tx);
    });
  },

  analyze(db: Db) {
    return sql`analyze job_search, resume_search`.execute(db);
  },

  jobs(db: Db): JobQuery {
    return db.selectFrom('job_search');
  },

  resumes(db: Db): ResumeQuery {
    return db.selectFrom('resume_search');
  },
};

/** `column @> terms`, as the operator (the GIN index can answer it) or as a function (checked row by row). */
export function containsAll(column: 'terms' | 'head', terms: number[], access: Access): Expression<SqlBool> {
  const ref = sql.ref(column);
  const value = sql`${intArray(terms)}::int4[]`;
  return access === 'walk' ? sql<SqlBool>`arraycontains(${ref}, ${value})` : sql<SqlBool>`${ref} @> ${value}`;
}

/** A LIKE pattern matching `text` anywhere, with the pattern characters escaped. */
export function likeAnywhere(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
