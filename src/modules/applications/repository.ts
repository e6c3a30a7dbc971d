import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { ApplicationStatus, ContactRequestStatus, InterviewMode, InterviewStatus } from './tables.js';

const applicationColumns = ['id', 'job_id', 'enterprise_id', 'seeker_id', 'resume_id', 'status', 'created_at', 'updated_at'] as const;
const interviewColumns = [
  'id',
  'application_id',
  'enterprise_id',
  'seeker_id',
  'scheduled_at',
  'mode',
  'location',
  'contact_person',
  'note',
  'status',
  'proposed_at',
  'response_note',
  'created_at',
  'updated_at',
] as const;
const contactColumns = [
  'id',
  'enterprise_id',
  'recruiter_id',
  'seeker_id',
  'resume_id',
  'job_id',
  'message',
  'status',
  'created_at',
  'expires_at',
  'answered_at',
] as const;

export interface NewInterview {
  application_id: number;
  enterprise_id: number;
  seeker_id: string;
  created_by: string;
  scheduled_at: Date;
  mode: InterviewMode;
  location: string;
  contact_person: string;
  note: string;
}

export const applicationsRepository = {
  // --- applications ----------------------------------------------------------------------------

  insertApplication(db: Db, row: { job_id: number; enterprise_id: number; seeker_id: string; resume_id: number }) {
    return db.insertInto('applications').values(row).returning(applicationColumns).executeTakeFirstOrThrow();
  },

  findApplication(db: Db, id: number) {
    return db.selectFrom('applications').select(applicationColumns).where('id', '=', id).executeTakeFirst();
  },

  countsByJob(db: Db, jobIds: number[]) {
    if (!jobIds.length) return Promise.resolve([]);
    return db
      .selectFrom('applications')
      .select(['job_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('job_id', 'in', jobIds)
      .groupBy('job_id')
      .execute();
  },
  appliedJobIds(db: Db, seekerId: string) {
    return db.selectFrom('applications').select('job_id').where('seeker_id', '=', seekerId).orderBy('created_at', 'desc').limit(500).execute();
  },
  findBySeekerAndJob(db: Db, seekerId: string, jobId: number) {
    return db.selectFrom('applications').select(['id']).where('seeker_id', '=', seekerId).where('job_id', '=', jobId).executeTakeFirst();
  },

  /** Locks the rows in id order, so two bulk changes over overlapping sets cannot deadlock. */
  lockApplications(db: Db, ids: number[]) {
    return db.selectFrom('applications').select(applicationColumns).where('id', 'in', ids).orderBy('id').forUpdate().execute();
  },

  setStatus(db: Db, ids: number[], status: ApplicationStatus) {
    return db.updateTable('applications').set({ status, updated_at: sql`now()` }).where('id', 'in', ids).execute();
  },

  insertEvents(
    db: Db,
    rows: {
      application_id: number;
      seeker_id: string;
      actor_role: 'seeker' | 'recruiter';
      from_status: ApplicationStatus | null;
      to_status: ApplicationStatus;
    }[],
  ) {
    if (!rows.length) return Promise.resolve([]);
    return db.insertInto('application_events').values(rows).execute();
  },

  eventsOf(db: Db, applicationIds: number[]) {
    if (!applicationIds.length) return Promise.resolve([]);
    return db
      .selectFrom('application_events')
      .select(['application_id', 'actor_role', 'from_status', 'to_status', 'created_at'])
      .where('application_id', 'in', applicationIds)
      .orderBy('application_id')
      .orderBy('id')
      .execute();
  },

  listForSeeker(db: Db, seekerId: string, jobId?: number) {
    let q = db.selectFrom('applications').select(applicationColumns).where('seeker_id', '=', seekerId);
    if (jobId !== undefined) q = q.where('job_id', '=', jobId);
    return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(200).execute();
  },

  /** The enterprise's pipeline: withdrawn applications have left it. Keyset-paged, newest first. */
  pipeline(
    db: Db,
    enterpriseId: number,
    f: { jobId?: number | undefined; status?: ApplicationStatus | undefined; beforeId?: number | undefined; limit: number },
  ) {
    let q = db.selectFrom('applications').select(applicationColumns).where('enterprise_id', '=', enterpriseId).where('status', '<>', 'withdrawn');
    if (f.jobId !== undefined) q = q.where('job_id', '=', f.jobId);
    if (f.status !== undefined) q = q.where('status', '=', f.status);
    if (f.beforeId !== undefined) q = q.where('id', '<', f.beforeId);
    return q.orderBy('id', 'desc').limit(f.limit).execute();
  },

  pipelineCounts(db: Db, enterpriseId: number, jobId?: number) {
    let q = db
      .selectFrom('applications')
      .select(['status', sql<number>`count(*)::int`.as('n')])
      .where('enterprise_id', '=', enterpriseId)
      .where('status', '<>', 'withdrawn');
    if (jobId !== undefined) q = q.where('job_id', '=', jobId);
    return q.groupBy('status').execute();
  },

  /** Jobs of the enterprise that have applications in the pipeline, for the job filter. */
  pipelineJobs(db: Db, enterpriseId: number) {
    return db
      .selectFrom('applications')
      .select(['job_id', sql<number>`count(*)::int`.as('n')])
      .where('enterprise_id', '=', enterpriseId)
      .where('status', '<>', 'withdrawn')
      .groupBy('job_id')
      .execute();
  },

  // --- interviews ------------------------------------------------------------------------------

  insertInterview(db: Db, row: NewInterview) {
    return db.insertInto('interviews').values(row).returning(interviewColumns).executeTakeFirstOrThrow();
  },

  lockInterview(db: Db, id: number) {
    return db.selectFrom('interviews').select(interviewColumns).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  findInterview(db: Db, id: number) {
    return db.selectFrom('interviews').select(interviewColumns).where('id', '=', id).executeTakeFirst();
  },

  updateInterview(db: Db, id: number, set: { status: InterviewStatus; scheduled_at?: Date; proposed_at?: Date | null; response_note?: string | null }) {
    return db
      .updateTable('interviews')
      .set({ ...set, updated_at: sql`now()` })
      .where('id', '=', id)
      .returning(interviewColumns)
      .executeTakeFirstOrThrow();
  },

  /** Invitations still waiting or agreed, which end when the application leaves the pipeline. */
  cancelOpenInterviews(db: Db, applicationIds: number[]) {
    if (!applicationIds.length) return Promise.resolve([]);
    return db
      .updateTable('interviews')
      .set({ status: 'cancelled', updated_at: sql`now()` })
      .where('application_id', 'in', applicationIds)
      .where('status', 'in', ['invited', 'proposed', 'accepted'])
      .execute();
  },

  interviewsOfApplications(db: Db, applicationIds: number[]) {
    if (!applicationIds.length) return Promise.resolve([]);
    return db.selectFrom('interviews').select(interviewColumns).where('application_id', 'in', applicationIds).orderBy('scheduled_at').orderBy('id').execute();
  },

  /** Interviews from `from` on (and any still waiting for an answer), earliest first. */
  interviewsForSeeker(db: Db, seekerId: string, from: Date) {
    return db
      .selectFrom('interviews')
      .select(interviewColumns)
      .where('seeker_id', '=', seekerId)
      .where((eb) => eb.or([eb('scheduled_at', '>=', from), eb('proposed_at', '>=', from)]))
      .orderBy('scheduled_at')
      .orderBy('id')
      .limit(200)
      .execute();
  },

  interviewsForEnterprise(db: Db, enterpriseId: number, from: Date) {
    return db
      .selectFrom('interviews as i')
      .innerJoin('applications as a', 'a.id', 'i.application_id')
      .select(interviewColumns.map((c) => `i.${c}` as const))
      .select(['a.job_id', 'a.resume_id'])
      .where('i.enterprise_id', '=', enterpriseId)
      .where('a.status', '<>', 'withdrawn')
      .where((eb) => eb.or([eb('i.scheduled_at', '>=', from), eb('i.proposed_at', '>=', from)]))
      .orderBy('i.scheduled_at')
      .orderBy('i.id')
      .limit(500)
      .execute();
  },

  // --- contact requests ------------------------------------------------------------------------

  /** Serialises one recruiter's sends, so the daily limit holds under concurrent requests. */
  async lockRecruiter(db: Db, recruiterId: string) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`contact_requests:${recruiterId}`}, 0))`.execute(db);
  },

  /** Requests the recruiter sent since midnight, China time. */
  async sentToday(db: Db, recruiterId: string): Promise<number> {
    const r = await db
      .selectFrom('contact_requests')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('recruiter_id', '=', recruiterId)
      .where('created_at', '>=', sql<Date>`(date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai')`)
      .executeTakeFirstOrThrow();
    return r.n;
  },

  /** Closes a pending request nobody answered in time, so the enterprise may ask again. */
  expireStale(db: Db, enterpriseId: number, seekerId: string) {
    return db
      .updateTable('contact_requests')
      .set({ status: 'expired', updated_at: sql`now()` })
      .where('enterprise_id', '=', enterpriseId)
      .where('seeker_id', '=', seekerId)
      .where('status', '=', 'pending')
      .where('expires_at', '<=', sql<Date>`now()`)
      .execute();
  },

  insertContactRequest(
    db: Db,
    row: { enterprise_id: number; recruiter_id: string; seeker_id: string; resume_id: number; job_id: number; message: string; expires_at: Date },
  ) {
    return db.insertInto('contact_requests').values(row).returning(contactColumns).executeTakeFirstOrThrow();
  },

  lockContactRequest(db: Db, id: number) {
    return db.selectFrom('contact_requests').select(contactColumns).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  setContactStatus(db: Db, id: number, status: ContactRequestStatus, answered: boolean) {
    return db
      .updateTable('contact_requests')
      .set({ status, updated_at: sql`now()`, ...(answered ? { answered_at: sql`now()` } : {}) })
      .where('id', '=', id)
      .returning(contactColumns)
      .executeTakeFirstOrThrow();
  },

  contactRequestsForSeeker(db: Db, seekerId: string) {
    return db.selectFrom('contact_requests').select(contactColumns).where('seeker_id', '=', seekerId).orderBy('id', 'desc').limit(200).execute();
  },

  contactRequestsOfEnterprise(db: Db, enterpriseId: number) {
    return db.selectFrom('contact_requests').select(contactColumns).where('enterprise_id', '=', enterpriseId).orderBy('id', 'desc').limit(200).execute();
  },

  hasPendingContact(db: Db, enterpriseId: number, seekerId: string) {
    return db
      .selectFrom('contact_requests')
      .select('id')
      .where('enterprise_id', '=', enterpriseId)
      .where('seeker_id', '=', seekerId)
      .where('status', '=', 'pending')
      .where('expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
  },
};
