import type { Actor, Ctx } from '../../platform/context.js';
import { inTransaction } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { CoreServices } from '../../platform/services.js';
import { getEnterpriseSummaries } from '../enterprises/index.js';
import { getJobsForOthers, holdJobForReview } from '../jobs/index.js';
import { reportsRepository as repo } from './repository.js';
import type { ReportReason, ReportStatus, ReportTarget } from './tables.js';

/** Different people with an open report on one job before it is taken out of public lists. */
export const HOLD_AFTER_REPORTERS = 3;
/** The reason jobs records when reports hold a job for review. */
export const HELD_BY_REPORTS = 'reports';
/** The flag jobs records when an operator upholds a report on the job. */
export const UPHELD_REPORT = 'report_upheld';
/** Reports one person may send in 24 hours: enough for anyone, too few to take jobs down by volume. */
export const REPORTS_PER_DAY = 20;
/** Job statuses a visitor can have seen, and so can report. Drafts and rejected postings never were public. */
const REPORTABLE_JOB_STATUSES = new Set(['open', 'pending', 'closed', 'expired']);

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

export interface NewReportInput {
  target: ReportTarget;
  targetId: number;
  reason: ReportReason;
  description: string;
}

type TargetRef = { job_id: number | null; enterprise_id: number | null };

function uniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e.code === '23505' && /reports_one_open_(job|enterprise)_key/.test(`${(err as { constraint?: string }).constraint ?? ''} ${e.message ?? ''}`);
}

export function createReportsService(deps: CoreServices) {
  const { access, enterprises } = deps;

  // Handling reports is a legal duty of the platform (Cybersecurity Law Art. 49), so operators may
  // still read a report whose author has restricted the processing of their data.
  access.definePurpose('legal.report_handling', {
    description: { zh: '平台运营人员处理用户对职位或企业的举报', en: 'Platform operators handling reports about jobs and enterprises' },
    allowed: (actor) => actor.role === 'operator',
  });

  function requireReporter(ctx: Ctx): Actor {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    if (ctx.actor.role !== 'seeker' && ctx.actor.role !== 'recruiter') throw new AppError('FORBIDDEN');
    return ctx.actor;
  }

  function requireOperator(ctx: Ctx): Actor {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    if (ctx.actor.role !== 'operator') throw new AppError('FORBIDDEN');
    return ctx.actor;
  }

  /** Names and states of the reported jobs and enterprises, two queries for any number of reports. */
  async function targetsOf(db: Db, rows: TargetRef[]) {
    const jobs = await getJobsForOthers(
      db,
      rows.flatMap((r) => (r.job_id === null ? [] : [r.job_id])),
    );
    const enterpriseIds = [...rows.flatMap((r) => (r.enterprise_id === null ? [] : [r.enterprise_id])), ...[...jobs.values()].map((j) => j.enterpriseId)];
    const names = await getEnterpriseSummaries(db, enterpriseIds);
    return (r: TargetRef & { target: ReportTarget }) => {
      if (r.job_id !== null) {
        const job = jobs.get(r.job_id);
        const e = job ? names.get(job.enterpriseId) : undefined;
        return {
          kind: 'job' as const,
          id: r.job_id,
          name: job?.title ?? null,
          jobStatus: job?.status ?? null,
          enterprise: e ? { id: e.id, name: e.name } : null,
        };
      }
      const e = r.enterprise_id === null ? undefined : names.get(r.enterprise_id);
      return {
        kind: r.target,
        id: r.enterprise_id,
        name: e?.name ?? null,
        jobStatus: null,
        enterprise: e ? { id: e.id, name: e.name } : null,
      };
    };
  }

  type Row = Awaited<ReturnType<typeof repo.listOfReporter>>[number];
  function reporterView(r: Row, target: ReturnType<Awaited<ReturnType<typeof targetsOf>>>) {
    return {
      id: r.id,
      target,
      reason: r.reason,
      description: r.description,
      status: r.status,
      outcome: r.outcome,
      createdAt: iso(r.created_at),
      decidedAt: isoOrNull(r.decided_at),
    };
  }

  /** The enterprise a recruiter acts for, if any (a recruiter may not report their own). */
  async function ownEnterpriseId(ctx: Ctx): Promise<number | null> {
    if (ctx.actor?.role !== 'recruiter') return null;
    return (await enterprises.mine(ctx)).membership?.enterprise.id ?? null;
  }

  /** One report as an operator opens it; reading the reporter's words is recorded in the audit log. */
  async function review(ctx: Ctx, id: string) {
    requireOperator(ctx);
    const row = await repo.find(ctx.db, id);
    if (!row) throw new AppError('REPORT_NOT_FOUND');
    const description = await access.read(
      ctx,
      { subjectId: row.reporter_id, fields: ['reports.reason', 'reports.description'], purpose: 'legal.report_handling', enterpriseId: null },
      async (tx) => (await repo.description(tx.db, id))?.description ?? null,
    );
    const target = await targetsOf(ctx.db, [row]);
    const counts =
      row.job_id !== null
        ? await repo.openCountsForJobs(ctx.db, [row.job_id])
        : row.enterprise_id !== null
          ? await repo.openCountsForEnterprises(ctx.db, [row.enterprise_id])
          : [];
    return {
      id: row.id,
      target: target(row),
      reason: row.reason,
      description,
      status: row.status,
      outcome: row.outcome,
      openReportsOnTarget: counts[0]?.n ?? 0,
      createdAt: iso(row.created_at),
      decidedAt: isoOrNull(row.decided_at),
    };
  }

  return {
    async create(ctx: Ctx, input: NewReportInput) {
      const actor = requireReporter(ctx);
      const description = input.description.trim();
      if (!description) throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'description', rule: 'required' }] });
      const own = await ownEnterpriseId(ctx);
      const id = await inTransaction(ctx, async (tx) => {
        let target: TargetRef;
        let enterpriseId: number;
        if (input.target === 'job') {
          const job = (await getJobsForOthers(tx.db, [input.targetId])).get(input.targetId);
          if (!job || !REPORTABLE_JOB_STATUSES.has(job.status)) throw new AppError('REPORT_TARGET_NOT_FOUND');
          target = { job_id: job.id, enterprise_id: null };
          enterpriseId = job.enterpriseId;
        } else {
          if (!(await getEnterpriseSummaries(tx.db, [input.targetId])).has(input.targetId)) throw new AppError('REPORT_TARGET_NOT_FOUND');
          target = { job_id: null, enterprise_id: input.targetId };
          enterpriseId = input.targetId;
        }
        if (own !== null && own === enterpriseId) throw new AppError('REPORT_OWN_ENTERPRISE');
        if ((await repo.countSince(tx.db, actor.userId, new Date(Date.now() - 86_400_000))).n >= REPORTS_PER_DAY) throw new AppError('REPORT_DAILY_LIMIT');
        if (await repo.findOpenBy(tx.db, actor.userId, target)) throw new AppError('REPORT_ALREADY_OPEN');
        const row = await repo
          .insert(tx.db, { reporter_id: actor.userId, target: input.target, ...target, reason: input.reason, description })
          .catch((err: unknown) => {
            throw uniqueViolation(err) ? new AppError('REPORT_ALREADY_OPEN') : err;
          });
        if (target.job_id !== null) {
          const { n } = await repo.openReportersOfJob(tx.db, target.job_id);
          if (n >= HOLD_AFTER_REPORTERS) {
            await holdJobForReview(tx.db, target.job_id, HELD_BY_REPORTS);
            tx.log.info({ event: 'job_held_by_reports', jobId: target.job_id, reporters: n }, 'job held for review after reports');
          }
        }
        tx.log.info({ event: 'report_created', reportId: row.id, target: input.target }, 'report created');
        return row.id;
      });
      const row = await repo.findOfReporter(ctx.db, id, actor.userId);
      if (!row) throw new AppError('REPORT_NOT_FOUND');
      return reporterView(row, (await targetsOf(ctx.db, [row]))(row));
    },

    /** The signed-in person's own reports, newest first, with the outcome once decided. */
    async listMine(ctx: Ctx) {
      const actor = requireReporter(ctx);
      const rows = await repo.listOfReporter(ctx.db, actor.userId, 200);
      const target = await targetsOf(ctx.db, rows);
      return { items: rows.map((r) => reporterView(r, target(r))) };
    },

    async getMine(ctx: Ctx, id: string) {
      const actor = requireReporter(ctx);
      const row = await repo.findOfReporter(ctx.db, id, actor.userId);
      if (!row) throw new AppError('REPORT_NOT_FOUND');
      return reporterView(row, (await targetsOf(ctx.db, [row]))(row));
    },

    // --- operators -------------------------------------------------------------------------------

    /** The queue: what was reported, why and when, without the reporter or their words (read per report). */
    async queue(ctx: Ctx, q: { status?: ReportStatus | undefined; limit?: number | undefined }) {
      requireOperator(ctx);
      const status = q.status ?? 'open';
      const rows = await repo.queue(ctx.db, status, q.limit ?? 50);
      const target = await targetsOf(ctx.db, rows);
      const [jobCounts, enterpriseCounts, totals] = [
        await repo.openCountsForJobs(
          ctx.db,
          rows.flatMap((r) => (r.job_id === null ? [] : [r.job_id])),
        ),
        await repo.openCountsForEnterprises(
          ctx.db,
          rows.flatMap((r) => (r.enterprise_id === null ? [] : [r.enterprise_id])),
        ),
        await repo.countByStatus(ctx.db),
      ];
      const perJob = new Map(jobCounts.map((c) => [c.job_id, c.n]));
      const perEnterprise = new Map(enterpriseCounts.map((c) => [c.enterprise_id, c.n]));
      const count = (s: ReportStatus) => totals.find((t) => t.status === s)?.n ?? 0;
      return {
        counts: { open: count('open'), upheld: count('upheld'), dismissed: count('dismissed') },
        items: rows.map((r) => ({
          id: r.id,
          target: target(r),
          reason: r.reason,
          status: r.status,
          openReportsOnTarget: r.job_id !== null ? (perJob.get(r.job_id) ?? 0) : r.enterprise_id !== null ? (perEnterprise.get(r.enterprise_id) ?? 0) : 0,
          createdAt: iso(r.created_at),
          decidedAt: isoOrNull(r.decided_at),
        })),
      };
    },

    review,

    /** Public: whether the enterprise carries a flag from an upheld report. */
    async standing(ctx: Ctx, enterpriseId: number) {
      if (!(await getEnterpriseSummaries(ctx.db, [enterpriseId])).has(enterpriseId)) throw new AppError('ENTERPRISE_NOT_FOUND');
      const flag = (await repo.flagsOf(ctx.db, [enterpriseId]))[0];
      return { enterpriseId, flagged: Boolean(flag), reason: flag?.reason ?? null, flaggedAt: flag ? iso(flag.flagged_at) : null };
    },

    /**
     * Upholds or dismisses a report. Every open report on the same job or enterprise is decided
     * with it, so each reporter sees the outcome. Upheld: the job is closed, or the enterprise is
     * flagged on its listing.
     */
    async decide(ctx: Ctx, id: string, input: { decision: 'uphold' | 'dismiss'; outcome: string }) {
      const actor = requireOperator(ctx);
      const outcome = input.outcome.trim();
      if (!outcome) throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'outcome', rule: 'required' }] });
      const decided = await inTransaction(ctx, async (tx) => {
        const report = await repo.lock(tx.db, id);
        if (!report) throw new AppError('REPORT_NOT_FOUND');
        if (report.status !== 'open') throw new AppError('REPORT_ALREADY_DECIDED');
        const status = input.decision === 'uphold' ? ('upheld' as const) : ('dismissed' as const);
        if (status === 'upheld' && report.job_id !== null) await closeJob(tx.db, report.job_id);
        if (status === 'upheld' && report.enterprise_id !== null) await repo.flagEnterprise(tx.db, report.enterprise_id, report.reason ?? 'other');
        const rows =
          report.job_id === null && report.enterprise_id === null
            ? await repo.decideById(tx.db, id, { status, outcome, decided_by: actor.userId })
            : await repo.decideOpenOnTarget(tx.db, report, { status, outcome, decided_by: actor.userId });
        tx.log.info({ event: 'report_decided', reportId: id, decision: status, reports: rows.length }, 'report decided');
        return rows.length;
      });
      return { ...(await review(ctx, id)), decidedReports: decided };
    },
  };
}

/**
 * An upheld report takes the job down: held out of public lists with the upheld report as its flag,
 * so it cannot go live again unless an operator reviewing jobs clears it.
 */
async function closeJob(db: Db, jobId: number) {
  await holdJobForReview(db, jobId, UPHELD_REPORT);
}

export type ReportsService = ReturnType<typeof createReportsService>;

/** Enterprises flagged after an upheld report, by id, for other modules to show beside their listings. */
export async function enterpriseFlags(db: Db, enterpriseIds: number[]): Promise<Map<number, { reason: ReportReason; flaggedAt: string }>> {
  const rows = await repo.flagsOf(db, [...new Set(enterpriseIds)]);
  return new Map(rows.map((r) => [r.enterprise_id, { reason: r.reason, flaggedAt: iso(r.flagged_at) }]));
}
