import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { JobType } from './tables.js';

const listColumns = [
  'id',
  'enterprise_id',
  'title',
  'category',
  'city',
  'district',
  'salary_min',
  'salary_max',
  'salary_months',
  'experience',
  'education',
  'job_type',
  'tags',
  'published_at',
] as const;

export interface JobCursor {
  publishedAt: Date;
  id: number;
}

export const jobsRepository = {
  /** Newest open jobs, keyset-paginated on (published_at, id). */
  listOpen(db: Db, opts: { city?: string | undefined; enterpriseId?: number | undefined; after?: JobCursor | undefined; limit: number }) {
    let q = db.selectFrom('jobs').select(listColumns).where('status', '=', 'open');
    if (opts.city) q = q.where('city', '=', opts.city);
    if (opts.enterpriseId) q = q.where('enterprise_id', '=', opts.enterpriseId);
    if (opts.after) {
      const { publishedAt, id } = opts.after;
      q = q.where((eb) => eb(eb.refTuple('published_at', 'id'), '<', eb.tuple(publishedAt, id)));
    }
    return q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(opts.limit).execute();
  },

  findOpenById(db: Db, id: number) {
    return db
      .selectFrom('jobs')
      .select([...listColumns, 'headcount', 'description', 'requirements'])
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
  },

  openCountsByCity(db: Db) {
    return db
      .selectFrom('jobs')
      .select(['city', (eb) => eb.fn.countAll<number>().as('jobs')])
      .where('status', '=', 'open')
      .groupBy('city')
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('city')
      .execute();
  },

  count(db: Db) {
    return db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
  },

  insertMany(
    db: Db,
    rows: {
      enterprise_id: number;
      title: string;
      category: string;
      city: string;
      district: string | null;
      salary_min: number;
      salary_max: number;
      salary_months: number;
      experience: string;
      education: string;
      job_type: JobType;
      headcount: number;
      tags: string[];
      description: string;
      requirements: string;
      published_at: Date;
    }[],
  ) {
    return db.insertInto('jobs').values(rows).execute();
  },
};
