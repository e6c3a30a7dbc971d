import type { Db } from '../../platform/db/index.js';
import type { ReportReason, ReportStatus, ReportTarget } from './tables.js';

const listColumns = ['id', 'target', 'job_id', 'enterprise_id', 'reason', 'status', 'outcome', 'created_at', 'decided_at'] as const;

export interface NewReport {
  reporter_id: string;
  target: ReportTarget;
  job_id: number | null;
  enterprise_id: number | null;
  reason: ReportReason;
  description: string;
}

export const reportsRepository = {
  insert(db: Db, row: NewReport) {
    return db.insertInto('reports').values(row).returning(['id', 'created_at']).executeTakeFirstOrThrow();
  },
  findOpenBy(db: Db, reporterId: string, target: { job_id: number | null; enterprise_id: number | null }) {
    let q = db.selectFrom('reports').select('id').where('reporter_id', '=', reporterId).where('status', '=', 'open');
    q = target.job_id !== null ? q.where('job_id', '=', target.job_id) : q.where('enterprise_id', '=', target.enterprise_id as number);
    return q.executeTakeFirst();
  },
  countSince(db: Db, reporterId: string, since: Date) {
    return db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('reporter_id', '=', reporterId)
      .where('created_at', '>', since)
      .executeTakeFirstOrThrow();
  },
  /** How many different people have an open report on the job. */
  openReportersOfJob(db: Db, jobId: number) {
    return db
      .selectFrom('reports')
      .select((eb) => eb.fn.count<number>('reporter_id').distinct().as('n'))
      .where('job_id', '=', jobId)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
  },
  listOfReporter(db: Db, reporterId: string, limit: number) {
    return db
      .selectFrom('reports')
      .select([...listColumns, 'description'])
      .where('reporter_id', '=', reporterId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  },
  findOfReporter(db: Db, id: string, reporterId: string) {
    return db
      .selectFrom('reports')
      .select([...listColumns, 'description'])
      .where('id', '=', id)
      .where('reporter_id', '=', reporterId)
      .executeTakeFirst();
  },
  /** The operators' queue, oldest first for open reports and newest first once decided. */
  queue(db: Db, status: ReportStatus, limit: number) {
    return db
      .selectFrom('reports')
      .select([...listColumns, 'reporter_id'])
      .where('status', '=', status)
      .orderBy('created_at', status === 'open' ? 'asc' : 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  },
  countByStatus(db: Db) {
    return db
      .selectFrom('reports')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
  },
  /** Open reports per target, for the queue to show how many people reported the same thing. */
  openCountsForJobs(db: Db, jobIds: number[]) {
    if (!jobIds.length) return Promise.resolve([]);
    return db
      .selectFrom('reports')
      .select(['job_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('job_id', 'in', jobIds)
      .where('status', '=', 'open')
      .groupBy('job_id')
      .execute();
  },
  openCountsForEnterprises(db: Db, enterpriseIds: number[]) {
    if (!enterpriseIds.length) return Promise.resolve([]);
    return db
      .selectFrom('reports')
      .select(['enterprise_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('enterprise_id', 'in', enterpriseIds)
      .where('status', '=', 'open')
      .groupBy('enterprise_id')
      .execute();
  },
  find(db: Db, id: string) {
    return db
      .selectFrom('reports')
      .select([...listColumns, 'reporter_id', 'decided_by'])
      .where('id', '=', id)
      .executeTakeFirst();
  },
  lock(db: Db, id: string) {
    return db.selectFrom('reports').select(['id', 'target', 'job_id', 'enterprise_id', 'reason', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
  },
  description(db: Db, id: string) {
    return db.selectFrom('reports').select('description').where('id', '=', id).executeTakeFirst();
  },
  /** Decides every open report on the same target with one outcome; returns the reports decided. */
  decideOpenOnTarget(
    db: Db,
    target: { job_id: number | null; enterprise_id: number | null },
    decision: { status: 'upheld' | 'dismissed'; outcome: string; decided_by: string },
  ) {
    let q = db
      .updateTable('reports')
      .set({ ...decision, decided_at: new Date() })
      .where('status', '=', 'open');
    q = target.job_id !== null ? q.where('job_id', '=', target.job_id) : q.where('enterprise_id', '=', target.enterprise_id as number);
    return q.returning(['id', 'reporter_id']).execute();
  },
  decideById(db: Db, id: string, decision: { status: 'upheld' | 'dismissed'; outcome: string; decided_by: string }) {
    return db
      .updateTable('reports')
      .set({ ...decision, decided_at: new Date() })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .returning(['id', 'reporter_id'])
      .execute();
  },
  flagEnterprise(db: Db, enterpriseId: number, reason: ReportReason) {
    return db
      .insertInto('enterprise_flags')
      .values({ enterprise_id: enterpriseId, reason })
      .onConflict((oc) => oc.column('enterprise_id').doUpdateSet({ reason, flagged_at: new Date() }))
      .execute();
  },
  flagsOf(db: Db, enterpriseIds: number[]) {
    if (!enterpriseIds.length) return Promise.resolve([]);
    return db.selectFrom('enterprise_flags').select(['enterprise_id', 'reason', 'flagged_at']).where('enterprise_id', 'in', enterpriseIds).execute();
  },
};
