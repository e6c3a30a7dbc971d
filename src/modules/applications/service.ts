import { announce } from '../../platform/changes.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { inTransaction } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { CoreServices } from '../../platform/services.js';
import { subjectIsRestricted } from '../../privacy/index.js';
import { DISCLOSED_FIELDS, DISCLOSURE_PURPOSE } from '../disclosures/index.js';
import { getEnterpriseSummaries } from '../enterprises/index.js';
import { type Candidate, hiddenCandidate, peers } from './peers.js';
import {
  chinaDay,
  type InterviewAnswer,
  mayInvite,
  PIPELINE_STATUSES,
  type PipelineStatus,
  recruiterInterviewChange,
  recruiterMayMove,
  seekerAnswer,
  seekerMayWithdraw,
} from './pipeline.js';
import { applicationsRepository as repo } from './repository.js';
import type { ApplicationStatus, ContactRequestStatus, InterviewMode } from './tables.js';

export const APPLICATION_PURPOSE = 'recruiting.application';
const CONTACT_REQUEST_DAYS = 14;
/** How long before its time an interview may still be set: a minute of slack for slow clocks. */
const INTERVIEW_SLACK_MS = 60_000;

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

type ApplicationRow = Awaited<ReturnType<typeof repo.findApplication>> & {};
type InterviewRow = Awaited<ReturnType<typeof repo.findInterview>> & {};
type ContactRow = Awaited<ReturnType<typeof repo.lockContactRequest>> & {};
type EventRow = Awaited<ReturnType<typeof repo.eventsOf>>[number];

export interface NewInterviewInput {
  scheduledAt: string;
  mode: InterviewMode;
  location: string;
  contactPerson: string;
  note?: string | undefined;
}

/** A unique index the database refused, turned into the catalogue error. */
function conflict(err: unknown, name: string, appError: AppError): never {
  const e = err as { code?: string; constraint?: string; message?: string };
  if (e.code === '23505' && (e.constraint === name || e.message?.includes(name))) throw appError;
  throw err;
}

function required(value: string, field: string): string {
  const v = value.trim();
  if (!v) throw new AppError('VALIDATION_FAILED', { fields: [{ field, rule: 'required' }] });
  return v;
}

function futureTime(value: string, field: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new AppError('VALIDATION_FAILED', { fields: [{ field, rule: 'format' }] });
  if (at.getTime() < Date.now() - INTERVIEW_SLACK_MS) throw new AppError('INTERVIEW_TIME_PAST', { field });
  return at;
}

function meetingLink(value: string): string {
  try {
    const u = new URL(value);
    if (u.protocol === 'https:' || u.protocol === 'http:') return u.toString();
  } catch {
    // fall through
  }
  throw new AppError('INTERVIEW_LINK_INVALID', { field: 'location' });
}

/** Midnight of today in China time: "upcoming" lists start there. */
function startOfChinaDay(now = new Date()): Date {
  return new Date(`${chinaDay(now)}T00:00:00+08:00`);
}

const interviewView = (i: InterviewRow) => ({
  id: i.id,
  applicationId: i.application_id,
  scheduledAt: iso(i.scheduled_at),
  day: chinaDay(new Date(i.scheduled_at)),
  mode: i.mode,
  location: i.location,
  contactPerson: i.contact_person,
  note: i.note,
  status: i.status,
  proposedAt: isoOrNull(i.proposed_at),
  responseNote: i.response_note,
  createdAt: iso(i.created_at),
  updatedAt: iso(i.updated_at),
});

const eventView = (e: EventRow) => ({ status: e.to_status, from: e.from_status, by: e.actor_role, at: iso(e.created_at) });

/** A pending request past its time reads as expired even before anything rewrote the row. */
function contactStatus(c: ContactRow): ContactRequestStatus {
  return c.status === 'pending' && new Date(c.expires_at).getTime() <= Date.now() ? 'expired' : c.status;
}

function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

export function createApplicationsService(deps: CoreServices) {
  const { access, audit, consent, disclosures, enterprises, config } = deps;

  access.definePurpose(APPLICATION_PURPOSE, {
    description: {
      zh: '招聘方处理求职者投递到本企业的简历（查看、推进进度、安排面试）',
      en: 'Recruiters handling applications made to their enterprise (opening them, moving them on, arranging interviews)',
    },
    allowed: async (actor, req, ctx) => actor.role === 'recruiter' && (await enterpriseOf(ctx, actor))?.id === req.enterpriseId,
  });

  function requireActor(ctx: Ctx): Actor {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    return ctx.actor;
  }

  function requireSeeker(ctx: Ctx): Actor {
    const actor = requireActor(ctx);
    if (actor.role !== 'seeker') throw new AppError('FORBIDDEN');
    return actor;
  }

  async function enterpriseOf(ctx: Ctx, actor: Actor) {
    if (actor.role !== 'recruiter') return null;
    return (await enterprises.mine({ ...ctx, actor })).membership?.enterprise ?? null;
  }

  /** The recruiter and the enterprise they act for; every pipeline call starts here. */
  async function requireRecruiter(ctx: Ctx) {
    const actor = requireActor(ctx);
    if (actor.role !== 'recruiter') throw new AppError('FORBIDDEN');
    const enterprise = await enterpriseOf(ctx, actor);
    if (!enterprise) throw new AppError('NOT_IN_ENTERPRISE');
    return { actor, enterprise };
  }

  /** An application of this enterprise still in its pipeline; anything else is not found. */
  function inPipeline(app: ApplicationRow | undefined, enterpriseId: number): ApplicationRow {
    if (!app || app.enterprise_id !== enterpriseId || app.status === 'withdrawn') throw new AppError('APPLICATION_NOT_FOUND');
    return app;
  }

  async function jobFacts(db: Db, ids: number[]) {
    return peers.getJobsForOthers(db, [...new Set(ids)]);
  }

  async function enterpriseNames(db: Db, ids: number[]) {
    return getEnterpriseSummaries(db, ids);
  }

  const jobRef = (jobs: Awaited<ReturnType<typeof jobFacts>>, id: number) => {
    const j = jobs.get(id);
    return { id, title: j?.title ?? '', city: j?.city ?? '', open: j?.status === 'open' };
  };

  /** The seeker's own applications, with timelines and interviews (no one else's data). */
  async function seekerApplications(db: Db, seekerId: string, jobId?: number) {
    const rows = await repo.listForSeeker(db, seekerId, jobId);
    const ids = rows.map((r) => r.id);
    const [events, interviews, jobs, names] = [
      groupBy(await repo.eventsOf(db, ids), (e) => e.application_id),
      groupBy(await repo.interviewsOfApplications(db, ids), (i) => i.application_id),
      await jobFacts(
        db,
        rows.map((r) => r.job_id),
      ),
      await enterpriseNames(
        db,
        rows.map((r) => r.enterprise_id),
      ),
    ];
    return rows.map((r) => ({
      id: r.id,
      job: jobRef(jobs, r.job_id),
      enterprise: { id: r.enterprise_id, name: names.get(r.enterprise_id)?.name ?? '' },
      resumeId: r.resume_id,
      status: r.status,
      appliedAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
      events: (events.get(r.id) ?? []).map(eventView),
      interviews: (interviews.get(r.id) ?? []).map(interviewView),
    }));
  }

  async function candidatesFor(tx: Ctx, enterpriseId: number, resumeIds: number[]): Promise<Map<number, Candidate>> {
    return peers.candidates(tx, enterpriseId, resumeIds);
  }

  /** Ends what an application disclosed, with the entry the seeker sees in their access log. */
  async function endDisclosure(db: Db, actor: Actor, via: 'application' | 'contact_request', sourceId: number, enterpriseId: number, requestId: string) {
    await disclosures.revokeSource(db, via, sourceId);
    await audit.append(db, {
      actorId: actor.userId,
      actorRole: actor.role,
      subjectId: actor.userId,
      enterpriseId,
      action: 'revoke_disclosure',
      purpose: DISCLOSURE_PURPOSE,
      fields: DISCLOSED_FIELDS,
      requestId,
    });
  }

  return {
    // --- seekers: applications -------------------------------------------------------------------

    /** Applies with one of the seeker's resumes; the enterprise now sees their name and number. */
    async apply(ctx: Ctx, input: { jobId: number; resumeId: number }) {
      const actor = requireSeeker(ctx);
      const id = await inTransaction(ctx, async (tx) => {
        const job = await peers.getOpenJob(tx.db, input.jobId);
        if (!job) throw new AppError('JOB_NOT_FOUND');
        if (!(await peers.ownResume(tx.db, actor.userId, input.resumeId))) throw new AppError('APPLY_RESUME_NOT_FOUND', { field: 'resumeId' });
        if (await peers.isBlockedBy(tx.db, actor.userId, job.enterpriseId)) throw new AppError('APPLY_ENTERPRISE_BLOCKED');
        if (await repo.findBySeekerAndJob(tx.db, actor.userId, job.id)) throw new AppError('ALREADY_APPLIED');
        const app = await repo
          .insertApplication(tx.db, { job_id: job.id, enterprise_id: job.enterpriseId, seeker_id: actor.userId, resume_id: input.resumeId })
          .catch((err) => conflict(err, 'applications_job_seeker_key', new AppError('ALREADY_APPLIED')));
        await repo.insertEvents(tx.db, [{ application_id: app.id, seeker_id: actor.userId, actor_role: 'seeker', from_status: null, to_status: 'new' }]);
        await disclosures.record(
          tx.db,
          { seekerId: actor.userId, enterpriseId: job.enterpriseId, resumeId: input.resumeId, via: 'application', sourceId: app.id },
          tx.requestId,
        );
        // The resume's own visibility still rules: a private one would reach the enterprise as nothing.
        if (!(await peers.resumeVisibleTo(tx.db, input.resumeId, job.enterpriseId))) throw new AppError('APPLY_RESUME_PRIVATE', { field: 'resumeId' });
        await announce(tx.db, 'applied', { userId: actor.userId, jobId: job.id });
        tx.log.info({ event: 'application_created', applicationId: app.id, jobId: job.id }, 'application created');
        return app.id;
      });
      const [view] = (await seekerApplications(ctx.db, actor.userId)).filter((a) => a.id === id);
      if (!view) throw new AppError('APPLICATION_NOT_FOUND');
      return view;
    },

    async myApplications(ctx: Ctx, q: { jobId?: number | undefined }) {
      const actor = requireSeeker(ctx);
      return { items: await seekerApplications(ctx.db, actor.userId, q.jobId) };
    },

    /** The application leaves the pipeline, open interviews are called off, the disclosure ends. */
    async withdraw(ctx: Ctx, id: number) {
      const actor = requireSeeker(ctx);
      await inTransaction(ctx, async (tx) => {
        const [app] = await repo.lockApplications(tx.db, [id]);
        if (!app || app.seeker_id !== actor.userId) throw new AppError('APPLICATION_NOT_FOUND');
        if (!seekerMayWithdraw(app.status)) throw new AppError('STATUS_CHANGE_NOT_ALLOWED');
        await repo.setStatus(tx.db, [id], 'withdrawn');
        await repo.insertEvents(tx.db, [
          { application_id: id, seeker_id: actor.userId, actor_role: 'seeker', from_status: app.status, to_status: 'withdrawn' },
        ]);
        await repo.cancelOpenInterviews(tx.db, [id]);
        await endDisclosure(tx.db, actor, 'application', id, app.enterprise_id, tx.requestId);
      });
      const [view] = (await seekerApplications(ctx.db, actor.userId)).filter((a) => a.id === id);
      if (!view) throw new AppError('APPLICATION_NOT_FOUND');
      return view;
    },

    // --- seekers: interviews ---------------------------------------------------------------------

    async myInterviews(ctx: Ctx) {
      const actor = requireSeeker(ctx);
      const rows = await repo.interviewsForSeeker(ctx.db, actor.userId, startOfChinaDay());
      const apps = new Map(
        (await Promise.all([...new Set(rows.map((r) => r.application_id))].map((id) => repo.findApplication(ctx.db, id))))
          .filter((a): a is ApplicationRow => Boolean(a))
          .map((a) => [a.id, a]),
      );
      const jobs = await jobFacts(
        ctx.db,
        [...apps.values()].map((a) => a.job_id),
      );
      const names = await enterpriseNames(
        ctx.db,
        rows.map((r) => r.enterprise_id),
      );
      return {
        items: rows.map((r) => ({
          ...interviewView(r),
          job: jobRef(jobs, apps.get(r.application_id)?.job_id ?? 0),
          enterprise: { id: r.enterprise_id, name: names.get(r.enterprise_id)?.name ?? '' },
        })),
      };
    },

    async answerInterview(ctx: Ctx, id: number, input: { answer: InterviewAnswer; proposedAt?: string | undefined; note?: string | undefined }) {
      const actor = requireSeeker(ctx);
      const note = input.note?.trim() || null;
      let proposedAt: Date | null = null;
      if (input.answer === 'propose') {
        if (!input.proposedAt) throw new AppError('INTERVIEW_PROPOSAL_REQUIRED', { field: 'proposedAt' });
        proposedAt = futureTime(input.proposedAt, 'proposedAt');
      } else if (input.proposedAt) {
        throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'proposedAt', rule: 'only with propose' }] });
      }
      const row = await inTransaction(ctx, async (tx) => {
        const i = await repo.lockInterview(tx.db, id);
        if (!i || i.seeker_id !== actor.userId) throw new AppError('INTERVIEW_NOT_FOUND');
        const next = seekerAnswer(i.status, input.answer);
        if (!next) throw new AppError('INTERVIEW_NOT_ANSWERABLE');
        return repo.updateInterview(tx.db, id, {
          status: next,
          response_note: input.answer === 'accept' ? i.response_note : note,
          ...(proposedAt ? { proposed_at: proposedAt } : {}),
        });
      });
      return interviewView(row);
    },

    // --- seekers: contact requests ---------------------------------------------------------------

    async myContactRequests(ctx: Ctx) {
      const actor = requireSeeker(ctx);
      const rows = await repo.contactRequestsForSeeker(ctx.db, actor.userId);
      const jobs = await jobFacts(
        ctx.db,
        rows.map((r) => r.job_id),
      );
      const names = await enterpriseNames(
        ctx.db,
        rows.map((r) => r.enterprise_id),
      );
      return {
        items: rows.map((r) => ({
          id: r.id,
          enterprise: { id: r.enterprise_id, name: names.get(r.enterprise_id)?.name ?? '', verified: names.get(r.enterprise_id)?.verified ?? false },
          job: jobRef(jobs, r.job_id),
          resumeId: r.resume_id,
          message: r.message,
          status: contactStatus(r),
          sentAt: iso(r.created_at),
          expiresAt: iso(r.expires_at),
          answeredAt: isoOrNull(r.answered_at),
        })),
      };
    },

    /** Accepting discloses name and number to the enterprise (recorded, revocable); declining shares nothing. */
    async answerContactRequest(ctx: Ctx, id: number, answer: 'accept' | 'decline') {
      const actor = requireSeeker(ctx);
      await inTransaction(ctx, async (tx) => {
        const c = await repo.lockContactRequest(tx.db, id);
        if (!c || c.seeker_id !== actor.userId) throw new AppError('CONTACT_REQUEST_NOT_FOUND');
        if (contactStatus(c) !== 'pending') throw new AppError('CONTACT_REQUEST_CLOSED');
        await repo.setContactStatus(tx.db, id, answer === 'accept' ? 'accepted' : 'declined', true);
        if (answer === 'accept') {
          await disclosures.record(
            tx.db,
            { seekerId: actor.userId, enterpriseId: c.enterprise_id, resumeId: c.resume_id, via: 'contact_request', sourceId: c.id },
            tx.requestId,
          );
        }
      });
      return { ok: true as const };
    },

    /** Takes an accepted request back: from now on the enterprise sees the masked name and number again. */
    async revokeContactRequest(ctx: Ctx, id: number) {
      const actor = requireSeeker(ctx);
      await inTransaction(ctx, async (tx) => {
        const c = await repo.lockContactRequest(tx.db, id);
        if (!c || c.seeker_id !== actor.userId) throw new AppError('CONTACT_REQUEST_NOT_FOUND');
        if (c.status !== 'accepted') throw new AppError('CONTACT_REQUEST_CLOSED');
        await repo.setContactStatus(tx.db, id, 'revoked', false);
        await endDisclosure(tx.db, actor, 'contact_request', id, c.enterprise_id, tx.requestId);
      });
      return { ok: true as const };
    },

    // --- recruiters: pipeline --------------------------------------------------------------------

    async pipeline(ctx: Ctx, q: { jobId?: number | undefined; status?: PipelineStatus | undefined; before?: number | undefined; limit?: number | undefined }) {
      const { enterprise } = await requireRecruiter(ctx);
      const limit = q.limit ?? 50;
      return inTransaction(ctx, async (tx) => {
        const rows = await repo.pipeline(tx.db, enterprise.id, { jobId: q.jobId, status: q.status, beforeId: q.before, limit });
        const counts = await repo.pipelineCounts(tx.db, enterprise.id, q.jobId);
        const jobCounts = await repo.pipelineJobs(tx.db, enterprise.id);
        const jobs = await jobFacts(tx.db, [...rows.map((r) => r.job_id), ...jobCounts.map((j) => j.job_id)]);
        const cards = await candidatesFor(
          tx,
          enterprise.id,
          rows.map((r) => r.resume_id),
        );
        const byStatus = Object.fromEntries(PIPELINE_STATUSES.map((s) => [s, counts.find((c) => c.status === s)?.n ?? 0])) as Record<PipelineStatus, number>;
        return {
          items: rows.map((r) => ({
            id: r.id,
            job: jobRef(jobs, r.job_id),
            status: r.status as PipelineStatus,
            appliedAt: iso(r.created_at),
            updatedAt: iso(r.updated_at),
            candidate: cards.get(r.resume_id) ?? hiddenCandidate(r.resume_id),
          })),
          counts: byStatus,
          jobs: jobCounts.map((j) => ({ ...jobRef(jobs, j.job_id), applications: j.n })).sort((a, b) => b.applications - a.applications || a.id - b.id),
          nextBefore: rows.length === limit ? (rows[rows.length - 1]?.id ?? null) : null,
        };
      });
    },

    /** Opens one application; the first opening by a recruiter moves it from new to viewed. */
    async openApplication(ctx: Ctx, id: number) {
      const { enterprise } = await requireRecruiter(ctx);
      const app = inPipeline(await repo.findApplication(ctx.db, id), enterprise.id);
      return access.read(
        ctx,
        {
          subjectId: app.seeker_id,
          enterpriseId: enterprise.id,
          fields: ['applications.status', 'application_events.to_status', 'interviews.scheduled_at'],
          purpose: APPLICATION_PURPOSE,
        },
        async (tx) => {
          const [locked] = await repo.lockApplications(tx.db, [id]);
          const current = inPipeline(locked, enterprise.id);
          if (current.status === 'new') {
            await repo.setStatus(tx.db, [id], 'viewed');
            await repo.insertEvents(tx.db, [
              { application_id: id, seeker_id: current.seeker_id, actor_role: 'recruiter', from_status: 'new', to_status: 'viewed' },
            ]);
          }
          const fresh = inPipeline(await repo.findApplication(tx.db, id), enterprise.id);
          const jobs = await jobFacts(tx.db, [fresh.job_id]);
          const cards = await candidatesFor(tx, enterprise.id, [fresh.resume_id]);
          return {
            id: fresh.id,
            job: jobRef(jobs, fresh.job_id),
            status: fresh.status as PipelineStatus,
            appliedAt: iso(fresh.created_at),
            updatedAt: iso(fresh.updated_at),
            candidate: cards.get(fresh.resume_id) ?? hiddenCandidate(fresh.resume_id),
            events: (await repo.eventsOf(tx.db, [id])).map(eventView),
            interviews: (await repo.interviewsOfApplications(tx.db, [id])).map(interviewView),
          };
        },
      );
    },

    /** Moves several applications at once: every one must allow the move, or none moves. */
    async moveApplications(ctx: Ctx, ids: number[], to: PipelineStatus) {
      const { enterprise } = await requireRecruiter(ctx);
      const unique = [...new Set(ids)];
      await inTransaction(ctx, async (tx) => {
        const rows = await repo.lockApplications(tx.db, unique);
        const found = new Map(rows.map((r) => [r.id, r]));
        const missing = unique.filter((id) => {
          const r = found.get(id);
          return !r || r.enterprise_id !== enterprise.id || r.status === 'withdrawn';
        });
        if (missing.length) throw new AppError('APPLICATION_NOT_FOUND', { ids: missing });
        const refused = rows.filter((r) => !recruiterMayMove(r.status, to)).map((r) => r.id);
        if (refused.length) throw new AppError('STATUS_CHANGE_NOT_ALLOWED', { ids: refused, to });
        await repo.setStatus(tx.db, unique, to);
        await repo.insertEvents(
          tx.db,
          rows.map((r) => ({ application_id: r.id, seeker_id: r.seeker_id, actor_role: 'recruiter' as const, from_status: r.status, to_status: to })),
        );
        if (to === 'not_suitable') await repo.cancelOpenInterviews(tx.db, unique);
      });
      return { ok: true as const, moved: unique.length };
    },

    // --- recruiters: interviews ------------------------------------------------------------------

    async invite(ctx: Ctx, applicationId: number, input: NewInterviewInput) {
      const { actor, enterprise } = await requireRecruiter(ctx);
      const scheduledAt = futureTime(input.scheduledAt, 'scheduledAt');
      const location = input.mode === 'online' ? meetingLink(required(input.location, 'location')) : required(input.location, 'location');
      const contactPerson = required(input.contactPerson, 'contactPerson');
      const row = await inTransaction(ctx, async (tx) => {
        const [app] = await repo.lockApplications(tx.db, [applicationId]);
        const current = inPipeline(app, enterprise.id);
        if (!mayInvite(current.status)) throw new AppError('STATUS_CHANGE_NOT_ALLOWED');
        const open = (await repo.interviewsOfApplications(tx.db, [applicationId])).some((i) => i.status === 'invited' || i.status === 'proposed');
        if (open) throw new AppError('INTERVIEW_OPEN');
        const created = await repo
          .insertInterview(tx.db, {
            application_id: applicationId,
            enterprise_id: enterprise.id,
            seeker_id: current.seeker_id,
            created_by: actor.userId,
            scheduled_at: scheduledAt,
            mode: input.mode,
            location,
            contact_person: contactPerson,
            note: input.note?.trim() ?? '',
          })
          .catch((err) => conflict(err, 'interviews_one_open_key', new AppError('INTERVIEW_OPEN')));
        if (current.status !== 'interview') {
          await repo.setStatus(tx.db, [applicationId], 'interview');
          await repo.insertEvents(tx.db, [
            { application_id: applicationId, seeker_id: current.seeker_id, actor_role: 'recruiter', from_status: current.status, to_status: 'interview' },
          ]);
        }
        return created;
      });
      return interviewView(row);
    },

    async enterpriseInterviews(ctx: Ctx) {
      const { enterprise } = await requireRecruiter(ctx);
      return inTransaction(ctx, async (tx) => {
        const rows = await repo.interviewsForEnterprise(tx.db, enterprise.id, startOfChinaDay());
        const jobs = await jobFacts(
          tx.db,
          rows.map((r) => r.job_id),
        );
        const cards = await candidatesFor(
          tx,
          enterprise.id,
          rows.map((r) => r.resume_id),
        );
        return {
          items: rows.map((r) => ({
            ...interviewView(r),
            job: jobRef(jobs, r.job_id),
            candidate: cards.get(r.resume_id) ?? hiddenCandidate(r.resume_id),
          })),
        };
      });
    },

    async changeInterview(ctx: Ctx, id: number, change: 'accept_proposal' | 'cancel') {
      const { enterprise } = await requireRecruiter(ctx);
      const row = await inTransaction(ctx, async (tx) => {
        const i = await repo.lockInterview(tx.db, id);
        if (!i || i.enterprise_id !== enterprise.id) throw new AppError('INTERVIEW_NOT_FOUND');
        const next = recruiterInterviewChange(i.status, change);
        if (!next) throw new AppError('INTERVIEW_NOT_ANSWERABLE');
        if (change === 'accept_proposal') {
          const proposed = i.proposed_at ? new Date(i.proposed_at) : null;
          if (!proposed || proposed.getTime() < Date.now() - INTERVIEW_SLACK_MS) throw new AppError('INTERVIEW_TIME_PAST', { field: 'proposedAt' });
          return repo.updateInterview(tx.db, id, { status: next, scheduled_at: proposed, proposed_at: null });
        }
        return repo.updateInterview(tx.db, id, { status: next });
      });
      return interviewView(row);
    },

    // --- recruiters: contact requests ------------------------------------------------------------

    /**
     * Whether the enterprise may ask this resume's seeker for contact now, and if not, why. Blocked
     * and private resumes are simply not found, so a block is never revealed.
     */
    async contactEligibility(ctx: Ctx, resumeId: number) {
      const { actor, enterprise } = await requireRecruiter(ctx);
      const remaining = Math.max(0, config.contactRequestsPerDay - (await repo.sentToday(ctx.db, actor.userId)));
      const state = await contactState(ctx.db, enterprise, resumeId);
      return { status: state.status, remainingToday: remaining };
    },

    async sendContactRequest(ctx: Ctx, input: { resumeId: number; jobId: number; message: string }) {
      const { actor, enterprise } = await requireRecruiter(ctx);
      const message = required(input.message, 'message');
      const id = await inTransaction(ctx, async (tx) => {
        const state = await contactState(tx.db, enterprise, input.resumeId);
        if (state.status === 'unverified') throw new AppError('CONTACT_ENTERPRISE_UNVERIFIED');
        if (state.status === 'not_found') throw new AppError('CONTACT_RESUME_NOT_FOUND');
        if (state.status === 'not_accepted') throw new AppError('CONTACT_NOT_ACCEPTED');
        if (state.status === 'shared') throw new AppError('CONTACT_ALREADY_SHARED');
        const job = await peers.getOpenJob(tx.db, input.jobId);
        if (!job || job.enterpriseId !== enterprise.id) throw new AppError('CONTACT_JOB_INVALID', { field: 'jobId' });
        await repo.lockRecruiter(tx.db, actor.userId);
        if ((await repo.sentToday(tx.db, actor.userId)) >= config.contactRequestsPerDay) throw new AppError('CONTACT_DAILY_LIMIT');
        const seekerId = state.seekerId as string;
        await repo.expireStale(tx.db, enterprise.id, seekerId);
        if (await repo.hasPendingContact(tx.db, enterprise.id, seekerId)) throw new AppError('CONTACT_REQUEST_PENDING');
        const row = await repo
          .insertContactRequest(tx.db, {
            enterprise_id: enterprise.id,
            recruiter_id: actor.userId,
            seeker_id: seekerId,
            resume_id: input.resumeId,
            job_id: job.id,
            message,
            expires_at: new Date(Date.now() + CONTACT_REQUEST_DAYS * 86_400_000),
          })
          .catch((err) => conflict(err, 'contact_requests_one_pending_key', new AppError('CONTACT_REQUEST_PENDING')));
        tx.log.info({ event: 'contact_request_sent', contactRequestId: row.id }, 'contact request sent');
        return row.id;
      });
      const sent = (await this.sentContactRequests(ctx)).items.find((c) => c.id === id);
      if (!sent) throw new AppError('CONTACT_REQUEST_NOT_FOUND');
      return sent;
    },

    /** The enterprise's requests, with each candidate as the enterprise may see them now. */
    async sentContactRequests(ctx: Ctx) {
      const { enterprise } = await requireRecruiter(ctx);
      return inTransaction(ctx, async (tx) => {
        const rows = await repo.contactRequestsOfEnterprise(tx.db, enterprise.id);
        const jobs = await jobFacts(
          tx.db,
          rows.map((r) => r.job_id),
        );
        const cards = await candidatesFor(
          tx,
          enterprise.id,
          rows.map((r) => r.resume_id),
        );
        return {
          items: rows.map((r) => ({
            id: r.id,
            job: jobRef(jobs, r.job_id),
            candidate: cards.get(r.resume_id) ?? hiddenCandidate(r.resume_id),
            message: r.message,
            status: contactStatus(r),
            sentAt: iso(r.created_at),
            expiresAt: iso(r.expires_at),
            answeredAt: isoOrNull(r.answered_at),
          })),
        };
      });
    },
  };

  async function contactState(
    db: Db,
    enterprise: { id: number; verified: boolean },
    resumeId: number,
  ): Promise<{ status: 'ok' | 'unverified' | 'not_found' | 'not_accepted' | 'shared' | 'pending'; seekerId?: string }> {
    if (!enterprise.verified) return { status: 'unverified' };
    const seekerId = await peers.resumeOwnerFor(db, resumeId, enterprise.id);
    if (!seekerId || (await peers.isBlockedBy(db, seekerId, enterprise.id))) return { status: 'not_found' };
    if (!(await consent.isGranted(db, seekerId, 'recruiter_contact')) || (await subjectIsRestricted(db, seekerId))) {
      return { status: 'not_accepted', seekerId };
    }
    if (await disclosures.isDisclosed(db, seekerId, enterprise.id)) return { status: 'shared', seekerId };
    if (await repo.hasPendingContact(db, enterprise.id, seekerId)) return { status: 'pending', seekerId };
    return { status: 'ok', seekerId };
  }
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
export type { ApplicationStatus };
