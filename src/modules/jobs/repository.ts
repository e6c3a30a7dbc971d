import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { JobStatus, JobType } from './tables.js';

const listColumns = [
  'id',
  'enterprise_id',
  'title',
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
  'published_at',
  'refreshed_at',
  'expires_at',
] as const;

const detailColumns = [...listColumns, 'address', 'headcount', 'description', 'requirements'] as const;
const managedColumns = [...detailColumns, 'status', 'review_note', 'flags', 'created_at', 'updated_at'] as const;

export interface JobCursor {
  refreshedAt: Date;
  id: number;
}

/** The editable content of a job, as stored. */
export interface JobContent {
  title: string;
  category: string;
  position: string;
  city: string;
  district: string | null;
  address: string;
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
}

export const jobsRepository = {
  /** Newest open, unexpired jobs, keyset-paginated on (refreshed_at, id). */
  listOpen(db: Db, opts: { now: Date; city?: string | undefined; enterpriseId?: number | undefined; after?: JobCursor | undefined; limit: number }) {
    let q = db.selectFrom('jobs').select(listColumns).where('status', '=', 'open').where('expires_at', '>', opts.now);
    if (opts.city) q = q.where('city', '=', opts.city);
    if (opts.enterpriseId) q = q.where('enterprise_id', '=', opts.enterpriseId);
    if (opts.after) {
      const { refreshedAt, id } = opts.after;
      q = q.where((eb) => eb(eb.refTuple('refreshed_at', 'id'), '<', eb.tuple(refreshedAt, id)));
    }
    return q.orderBy('refreshed_at', 'desc').orderBy('id', 'desc').limit(opts.limit).execute();
  },

  findOpenById(db: Db, id: number, now: Date) {
    return db.selectFrom('jobs').select(detailColumns).where('id', '=', id).where('status', '=', 'open').where('expires_at', '>', now).executeTakeFirst();
  },

  openCountsByCity(db: Db, now: Date) {
    return db
      .selectFrom('jobs')
      .select(['city', (eb) => eb.fn.countAll<number>().as('jobs')])
      .where('status', '=', 'open')
      .where('expires_at', '>', now)
      .groupBy('city')
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('city')
      .execute();
  },

  /** For other modules: a few facts about jobs of any status. */
  findBriefs(db: Db, ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('jobs').select(['id', 'title', 'enterprise_id', 'status', 'city', 'position', 'expires_at']).where('id', 'in', ids).execute();
  },

  /** One enterprise's jobs, every status, most recently changed first. */
  listForEnterprise(db: Db, enterpriseId: number) {
    return db
      .selectFrom('jobs')
      .select(managedColumns)
      .where('enterprise_id', '=', enterpriseId)
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .limit(500)
      .execute();
  },

  findManaged(db: Db, id: number) {
    return db.selectFrom('jobs').select(managedColumns).where('id', '=', id).executeTakeFirst();
  },

  /** Locks the job's row for the rest of the transaction. */
  lock(db: Db, id: number) {
    return db.selectFrom('jobs').select(managedColumns).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  insert(db: Db, row: JobContent & { enterprise_id: number; created_by: string; status: JobStatus; flags: string[] }) {
    return db.insertInto('jobs').values(row).returning('id').executeTakeFirstOrThrow();
  },

  update(
    db: Db,
    id: number,
    set: Partial<
      JobContent & {
        status: JobStatus;
        flags: string[];
        review_note: string | null;
        published_at: Date | null;
        refreshed_at: Date | null;
        expires_at: Date | null;
      }
    >,
  ) {
    return db
      .updateTable('jobs')
      .set({ ...set, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** The operator's queue: jobs waiting for review, oldest first. */
  pending(db: Db, limit: number) {
    return db.selectFrom('jobs').select(managedColumns).where('status', '=', 'pending').orderBy('updated_at').orderBy('id').limit(limit).execute();
  },

  forIndex(db: Db, which: { ids: number[] } | { after: number; limit: number }) {
    const q = db.selectFrom('jobs').select(managedColumns);
    if ('ids' in which) return which.ids.length ? q.where('id', 'in', which.ids).execute() : Promise.resolve([]);
    return q.where('id', '>', which.after).orderBy('id').limit(which.limit).execute();
  },

  count(db: Db) {
    return db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
  },

  insertMany(
    db: Db,
    rows: (Omit<JobContent, 'position' | 'address'> & {
      enterprise_id: number;
      position?: string;
      address?: string;
      published_at: Date;
      refreshed_at?: Date;
      expires_at?: Date;
      status?: JobStatus;
    })[],
  ) {
    if (!rows.length) return Promise.resolve([]);
    return db
      .insertInto('jobs')
      .values(
        rows.map((r) => ({
          ...r,
          position: r.position ?? r.category,
          status: r.status ?? 'open',
          refreshed_at: r.refreshed_at ?? r.published_at,
          expires_at: r.expires_at ?? new Date(r.published_at.getTime() + 30 * 86_400_000),
        })),
      )
      .returning('id')
      .execute();
  },
};

export type ManagedJobRow = NonNullable<Awaited<ReturnType<typeof jobsRepository.findManaged>>>;
export type OpenJobRow = NonNullable<Awaited<ReturnType<typeof jobsRepository.findOpenById>>>;
export type ListJobRow = Awaited<ReturnType<typeof jobsRepository.listOpen>>[number];
