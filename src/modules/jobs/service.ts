import { announce } from '../../platform/changes.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { inTransaction } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { CoreServices } from '../../platform/services.js';
import { getEnterprise, getEnterpriseSummaries } from '../enterprises/index.js';
import { isEducationCode, isExperienceCode, isWelfareCode, positionOf } from '../taxonomy/index.js';
import { type JobContent, type JobCursor, type ListJobRow, type ManagedJobRow, jobsRepository as repo } from './repository.js';
import { fraudRuleNames, screenJobText } from './screening.js';
import type { JobStatus, JobType } from './tables.js';

const DAY_MS = 86_400_000;
const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

function encodeCursor(c: JobCursor): string {
  return Buffer.from(`${c.refreshedAt.toISOString()}|${c.id}`).toString('base64url');
}

function decodeCursor(raw: string): JobCursor {
  const [when, id] = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  const refreshedAt = new Date(when ?? '');
  const n = Number(id);
  if (Number.isNaN(refreshedAt.getTime()) || !Number.isInteger(n) || n < 1) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'cursor', rule: 'format' }] });
  }
  return { refreshedAt, id: n };
}

/** An open job past its expiry is expired, whether or not a sweep has written it yet. */
export function effectiveStatus(row: { status: JobStatus; expires_at: Date | string | null }, now: Date): JobStatus {
  if (row.status === 'open' && row.expires_at !== null && new Date(row.expires_at).getTime() <= now.getTime()) return 'expired';
  return row.status;
}

function summary(r: ListJobRow, e: { id: number; name: string; industry: string; size: string; verified: boolean }) {
  return {
    id: r.id,
    title: r.title,
    category: r.category,
    position: r.position,
    city: r.city,
    district: r.district,
    salaryMin: r.salary_min,
    salaryMax: r.salary_max,
    salaryMonths: r.salary_months,
    experience: r.experience,
    education: r.education,
    jobType: r.job_type,
    tags: r.tags,
    publishedAt: iso(r.published_at ?? r.refreshed_at ?? new Date()),
    refreshedAt: iso(r.refreshed_at ?? r.published_at ?? new Date()),
    expiresAt: iso(r.expires_at ?? new Date()),
    enterprise: { id: e.id, name: e.name, industry: e.industry, size: e.size, verified: e.verified },
  };
}

function managedView(r: ManagedJobRow, now: Date) {
  const status = effectiveStatus(r, now);
  const nextRefresh = r.refreshed_at ? new Date(new Date(r.refreshed_at).getTime() + DAY_MS) : null;
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    title: r.title,
    category: r.category,
    position: r.position,
    city: r.city,
    district: r.district,
    address: r.address,
    salaryMin: r.salary_min,
    salaryMax: r.salary_max,
    salaryMonths: r.salary_months,
    experience: r.experience,
    education: r.education,
    jobType: r.job_type,
    headcount: r.headcount,
    tags: r.tags,
    description: r.description,
    requirements: r.requirements,
    status,
    reviewNote: status === 'rejected' ? r.review_note : null,
    flags: r.flags,
    publishedAt: isoOrNull(r.published_at),
    refreshedAt: isoOrNull(r.refreshed_at),
    expiresAt: isoOrNull(r.expires_at),
    canRefreshAt: status === 'open' && nextRefresh ? iso(nextRefresh > now ? nextRefresh : now) : null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export interface JobInput {
  title: string;
  position: string;
  city: string;
  district?: string | null | undefined;
  address?: string | undefined;
  salaryMin: number;
  salaryMax: number;
  salaryMonths: number;
  experience: string;
  education: string;
  jobType: JobType;
  headcount: number;
  tags: string[];
  description: string;
  requirements?: string | undefined;
}

function requireText(value: string, field: string): string {
  const v = value.trim();
  if (!v) throw new AppError('VALIDATION_FAILED', { fields: [{ field, rule: 'required' }] });
  return v;
}

/** Checks a job's content against the rules and the taxonomy; returns it as stored. */
export function validateJobInput(input: JobInput): JobContent {
  const title = requireText(input.title, 'title');
  const description = requireText(input.description, 'description');
  const city = requireText(input.city, 'city');
  if (input.salaryMin > input.salaryMax) throw new AppError('JOB_SALARY_RANGE_INVALID', { field: 'salaryMin' });
  const position = positionOf(input.position);
  const unknown = [
    ...(position ? [] : ['position']),
    ...(isExperienceCode(input.experience) ? [] : ['experience']),
    ...(isEducationCode(input.education) ? [] : ['education']),
    ...(input.tags.every(isWelfareCode) ? [] : ['tags']),
  ];
  if (!position || unknown.length) throw new AppError('JOB_TAXONOMY_UNKNOWN', { fields: unknown.map((field) => ({ field, rule: 'taxonomy' })) });
  return {
    title,
    category: position.category,
    position: position.code,
    city,
    district: input.district?.trim() || null,
    address: input.address?.trim() ?? '',
    salary_min: input.salaryMin,
    salary_max: input.salaryMax,
    salary_months: input.salaryMonths,
    experience: input.experience,
    education: input.education,
    job_type: input.jobType,
    headcount: input.headcount,
    tags: input.tags,
    description,
    requirements: input.requirements?.trim() ?? '',
  };
}

/** Flags a platform hold (e.g. repeated reports) added; they outlive edits until an operator approves. */
const isHoldFlag = (flag: string) => !(fraudRuleNames as string[]).includes(flag);

/** Public: one open, unexpired job with its enterprise. */
async function publicJob(ctx: Ctx, id: number) {
  const row = await repo.findOpenById(ctx.db, id, new Date());
  if (!row) throw new AppError('JOB_NOT_FOUND');
  const e = await getEnterprise(ctx.db, row.enterprise_id);
  if (!e) throw new AppError('JOB_NOT_FOUND');
  return {
    ...summary(row, e),
    address: row.address,
    headcount: row.headcount,
    description: row.description,
    requirements: row.requirements,
    enterprise: { id: e.id, name: e.name, industry: e.industry, size: e.size, verified: e.verified, city: e.city, description: e.description },
  };
}

export function createJobsService(deps: CoreServices) {
  const { config, enterprises } = deps;
  const expiryMs = () => config.jobExpiryDays * DAY_MS;

  function requireRecruiter(ctx: Ctx): Actor {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    if (ctx.actor.role !== 'recruiter') throw new AppError('FORBIDDEN');
    return ctx.actor;
  }

  /** The recruiter's enterprise, or NOT_IN_ENTERPRISE. */
  async function myEnterprise(ctx: Ctx) {
    const actor = requireRecruiter(ctx);
    const mine = await enterprises.mine(ctx);
    if (!mine.membership) throw new AppError('NOT_IN_ENTERPRISE');
    return { actor, enterprise: mine.membership.enterprise };
  }

  /** A job of the recruiter's enterprise; another enterprise's job is not found (its existence is not confirmed). */
  async function myJob(ctx: Ctx, id: number) {
    const { actor, enterprise } = await myEnterprise(ctx);
    const job = await repo.findManaged(ctx.db, id);
    if (!job || job.enterprise_id !== enterprise.id) throw new AppError('JOB_NOT_FOUND');
    return { actor, enterprise, job };
  }

  /**
   * Where a submitted job goes: open at once for a verified enterprise with a clean text,
   * otherwise the operator's queue, with the reasons as flags.
   */
  function placement(content: Pick<JobContent, 'title' | 'description' | 'requirements' | 'address'>, verified: boolean, previousFlags: string[], now: Date) {
    const fraud = screenJobText([content.title, content.description, content.requirements, content.address]);
    const flags = [...new Set([...fraud, ...previousFlags.filter(isHoldFlag)])];
    if (verified && !flags.length) {
      return { status: 'open' as const, flags, review_note: null, refreshed_at: now, expires_at: new Date(now.getTime() + expiryMs()) };
    }
    return { status: 'pending' as const, flags, review_note: null };
  }

  async function view(ctx: Ctx, id: number) {
    const job = await repo.findManaged(ctx.db, id);
    if (!job) throw new AppError('JOB_NOT_FOUND');
    return managedView(job, new Date());
  }

  return {
    // --- public ----------------------------------------------------------------------------------

    /** Public: the most recent open jobs, optionally in one city or of one enterprise. Collects nothing about the visitor. */
    async listLatest(ctx: Ctx, q: { city?: string | undefined; enterpriseId?: number | undefined; cursor?: string | undefined; limit?: number | undefined }) {
      const limit = q.limit ?? 20;
      const rows = await repo.listOpen(ctx.db, {
        now: new Date(),
        city: q.city,
        enterpriseId: q.enterpriseId,
        after: q.cursor ? decodeCursor(q.cursor) : undefined,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const summaries = await getEnterpriseSummaries(
        ctx.db,
        page.map((r) => r.enterprise_id),
      );
      const last = page.at(-1);
      return {
        items: page.flatMap((r) => {
          const e = summaries.get(r.enterprise_id);
          return e ? [summary(r, e)] : [];
        }),
        nextCursor: rows.length > limit && last?.refreshed_at ? encodeCursor({ refreshedAt: new Date(last.refreshed_at), id: last.id }) : null,
      };
    },

    getJob: publicJob,

    /** Public: the schema.org JobPosting of an open job, for search engines. */
    async jobPosting(ctx: Ctx, id: number) {
      const job = await publicJob(ctx, id);
      return jobPostingLd(job);
    },

    async cities(ctx: Ctx) {
      return { cities: await repo.openCountsByCity(ctx.db, new Date()) };
    },

    // --- recruiters ------------------------------------------------------------------------------

    /** The recruiter's enterprise and all its jobs; a recruiter without one gets `enterprise: null`. */
    async workspace(ctx: Ctx) {
      requireRecruiter(ctx);
      const mine = await enterprises.mine(ctx);
      if (!mine.membership) return { enterprise: null, jobs: [] };
      const now = new Date();
      const rows = await repo.listForEnterprise(ctx.db, mine.membership.enterprise.id);
      return { enterprise: mine.membership.enterprise, jobs: rows.map((r) => managedView(r, now)) };
    },

    async get(ctx: Ctx, id: number) {
      const { job } = await myJob(ctx, id);
      return managedView(job, new Date());
    },

    async create(ctx: Ctx, input: JobInput & { submit?: boolean | undefined }) {
      const { actor, enterprise } = await myEnterprise(ctx);
      const content = validateJobInput(input);
      const verified = (await getEnterprise(ctx.db, enterprise.id))?.verified ?? false;
      const id = await inTransaction(ctx, async (tx) => {
        const now = new Date();
        const created = await repo.insert(tx.db, { ...content, enterprise_id: enterprise.id, created_by: actor.userId, status: 'draft', flags: [] });
        if (input.submit) await place(tx.db, created.id, content, verified, [], null, now);
        await announce(tx.db, 'job', { ids: [created.id] });
        tx.log.info({ event: 'job_created', jobId: created.id, enterpriseId: enterprise.id }, 'job created');
        return created.id;
      });
      return view(ctx, id);
    },

    async update(ctx: Ctx, id: number, input: JobInput & { submit?: boolean | undefined }) {
      const { enterprise } = await myEnterprise(ctx);
      const content = validateJobInput(input);
      const verified = (await getEnterprise(ctx.db, enterprise.id))?.verified ?? false;
      await inTransaction(ctx, async (tx) => {
        const job = await repo.lock(tx.db, id);
        if (!job || job.enterprise_id !== enterprise.id) throw new AppError('JOB_NOT_FOUND');
        const now = new Date();
        const status = effectiveStatus(job, now);
        await repo.update(tx.db, id, content);
        // A live job is checked again after an edit; a draft or rejected job goes out when submitted.
        const live = status === 'open' || status === 'pending';
        const submitting = input.submit === true && (status === 'draft' || status === 'rejected');
        if (live || submitting) await place(tx.db, id, content, verified, job.flags, job.published_at, now, status === 'open' ? job : null);
        await announce(tx.db, 'job', { ids: [id] });
        tx.log.info({ event: 'job_updated', jobId: id }, 'job updated');
      });
      return view(ctx, id);
    },

    async act(ctx: Ctx, id: number, action: 'submit' | 'close' | 'reopen' | 'refresh') {
      const { enterprise } = await myJob(ctx, id);
      const verified = (await getEnterprise(ctx.db, enterprise.id))?.verified ?? false;
      await inTransaction(ctx, async (tx) => {
        const job = await repo.lock(tx.db, id);
        if (!job) throw new AppError('JOB_NOT_FOUND');
        const now = new Date();
        const status = effectiveStatus(job, now);
        const allowed: Record<typeof action, JobStatus[]> = {
          submit: ['draft', 'rejected'],
          close: ['open', 'pending'],
          reopen: ['closed', 'expired'],
          refresh: ['open'],
        };
        if (!allowed[action].includes(status)) throw new AppError('JOB_STATE_CONFLICT');
        if (action === 'close') {
          await repo.update(tx.db, id, { status: 'closed' });
        } else if (action === 'refresh') {
          const last = job.refreshed_at ? new Date(job.refreshed_at).getTime() : 0;
          const wait = last + DAY_MS - now.getTime();
          if (wait > 0) throw new AppError('JOB_REFRESH_TOO_SOON', { retryAfterSeconds: Math.ceil(wait / 1000) });
          await repo.update(tx.db, id, { refreshed_at: now });
        } else {
          await place(tx.db, id, job, verified, job.flags, job.published_at, now);
        }
        await announce(tx.db, 'job', { ids: [id] });
        tx.log.info({ event: `job_${action}`, jobId: id }, `job ${action}`);
      });
      return view(ctx, id);
    },

    // --- operators -------------------------------------------------------------------------------

    async reviewQueue(ctx: Ctx) {
      requireOperator(ctx);
      const rows = await repo.pending(ctx.db, 200);
      const summaries = await getEnterpriseSummaries(
        ctx.db,
        rows.map((r) => r.enterprise_id),
      );
      const now = new Date();
      return {
        reviews: rows.flatMap((r) => {
          const e = summaries.get(r.enterprise_id);
          return e ? [{ job: managedView(r, now), enterprise: { id: e.id, name: e.name, verified: e.verified } }] : [];
        }),
      };
    },

    async decideReview(ctx: Ctx, id: number, input: { decision: 'approve' | 'reject'; reason?: string | undefined }) {
      requireOperator(ctx);
      const reason = input.reason?.trim() || null;
      if (input.decision === 'reject' && !reason) throw new AppError('REFUSAL_REASON_REQUIRED', { field: 'reason' });
      await inTransaction(ctx, async (tx) => {
        const job = await repo.lock(tx.db, id);
        if (!job) throw new AppError('JOB_NOT_FOUND');
        if (job.status !== 'pending') throw new AppError('JOB_REVIEW_CLOSED');
        const now = new Date();
        if (input.decision === 'approve') {
          await repo.update(tx.db, id, {
            status: 'open',
            flags: [],
            review_note: null,
            published_at: job.published_at ?? now,
            refreshed_at: now,
            expires_at: new Date(now.getTime() + expiryMs()),
          });
        } else {
          await repo.update(tx.db, id, { status: 'rejected', review_note: reason });
        }
        await announce(tx.db, 'job', { ids: [id] });
        tx.log.info({ event: 'job_review_decided', jobId: id, decision: input.decision }, 'job review decided');
      });
      return view(ctx, id);
    },
  };

  /**
   * Sends a job out: open, or to review. A job that was open and stays open keeps its recency and
   * expiry (an edit is not a refresh); one that opens anew gets both.
   */
  async function place(
    db: Db,
    id: number,
    content: Pick<JobContent, 'title' | 'description' | 'requirements' | 'address'>,
    verified: boolean,
    previousFlags: string[],
    publishedAt: Date | null,
    now: Date,
    stillOpen: { refreshed_at: Date | null; expires_at: Date | null } | null = null,
  ) {
    const next = placement(content, verified, previousFlags, now);
    if (next.status === 'open') {
      await repo.update(db, id, {
        ...next,
        published_at: publishedAt ?? now,
        ...(stillOpen ? { refreshed_at: stillOpen.refreshed_at, expires_at: stillOpen.expires_at } : {}),
      });
    } else {
      await repo.update(db, id, next);
    }
  }
}

function requireOperator(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  if (ctx.actor.role !== 'operator') throw new AppError('FORBIDDEN');
  return ctx.actor;
}

const employmentTypes: Record<JobType, string> = { full_time: 'FULL_TIME', part_time: 'PART_TIME', internship: 'INTERN' };

/** schema.org JobPosting of a public job. Values are data, not markup: the page serialises them safely. */
export function jobPostingLd(job: {
  title: string;
  description: string;
  requirements: string;
  position: string;
  publishedAt: string;
  expiresAt: string;
  jobType: JobType;
  headcount: number;
  city: string;
  district: string | null;
  address: string;
  salaryMin: number;
  salaryMax: number;
  enterprise: { name: string };
}) {
  return {
    '@context': 'https://schema.org' as const,
    '@type': 'JobPosting' as const,
    title: job.title,
    description: [job.description, job.requirements].filter(Boolean).join('\n\n'),
    datePosted: job.publishedAt,
    validThrough: job.expiresAt,
    employmentType: employmentTypes[job.jobType],
    totalJobOpenings: job.headcount,
    occupationalCategory: positionOf(job.position)?.zh ?? job.position,
    hiringOrganization: { '@type': 'Organization' as const, name: job.enterprise.name },
    jobLocation: {
      '@type': 'Place' as const,
      address: {
        '@type': 'PostalAddress' as const,
        addressCountry: 'CN' as const,
        addressLocality: job.city,
        ...(job.district ? { addressRegion: job.district } : {}),
        ...(job.address ? { streetAddress: job.address } : {}),
      },
    },
    baseSalary: {
      '@type': 'MonetaryAmount' as const,
      currency: 'CNY' as const,
      value: { '@type': 'QuantitativeValue' as const, minValue: job.salaryMin * 1000, maxValue: job.salaryMax * 1000, unitText: 'MONTH' as const },
    },
  };
}

export type JobsService = ReturnType<typeof createJobsService>;
