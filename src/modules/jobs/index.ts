import { announce } from '../../platform/changes.js';
import type { Db } from '../../platform/db/index.js';
import { positionCategories } from '../taxonomy/index.js';
import { jobsInventory } from './data.js';
import { jobsRepository } from './repository.js';
import { effectiveStatus } from './service.js';
import type { JobStatus } from './tables.js';

export { jobsErrors } from './errors.js';
export { jobsRoutes } from './routes.js';
export { fraudRuleNames, screenJobText } from './screening.js';
export { createJobsService, type JobsService } from './service.js';
export type { JobStatus } from './tables.js';
export { jobsInventory };

export interface JobForOthers {
  id: number;
  title: string;
  enterpriseId: number;
  /** 'expired' once an open job is past its expiry, whether or not its row says so yet. */
  status: JobStatus;
  city: string;
  position: string;
}

/** Facts about jobs of any status, by id, for other modules to show beside their own data (applications, favourites). */
export async function getJobsForOthers(db: Db, ids: number[]): Promise<Map<number, JobForOthers>> {
  const rows = await jobsRepository.findBriefs(db, [...new Set(ids)]);
  const now = new Date();
  return new Map(
    rows.map((r) => [r.id, { id: r.id, title: r.title, enterpriseId: r.enterprise_id, status: effectiveStatus(r, now), city: r.city, position: r.position }]),
  );
}

/** An open, unexpired job (the only kind that accepts applications), or null. */
export async function getOpenJob(db: Db, id: number): Promise<{ id: number; title: string; enterpriseId: number; city: string } | null> {
  const row = await jobsRepository.findOpenById(db, id, new Date());
  return row ? { id: row.id, title: row.title, enterpriseId: row.enterprise_id, city: row.city } : null;
}

/**
 * Takes a job out of the public lists and into the operators' review queue, with `reason` as a
 * flag (the reports module calls it when a job is reported repeatedly). A job that is not live
 * keeps its status but carries the flag, so it cannot go live again without an operator.
 * Runs on the caller's connection: pass the transaction to make it part of the caller's change.
 */
export async function holdJobForReview(db: Db, jobId: number, reason: string): Promise<void> {
  const flag = reason.trim().slice(0, 200) || 'held';
  const job = await jobsRepository.lock(db, jobId);
  if (!job) return;
  const flags = job.flags.includes(flag) ? job.flags : [...job.flags, flag];
  const live = effectiveStatus(job, new Date()) === 'open';
  await jobsRepository.update(db, jobId, { flags, ...(live ? { status: 'pending' as const } : {}) });
  await announce(db, 'job', { ids: [jobId] });
}

export async function countJobs(db: Db): Promise<number> {
  return (await jobsRepository.count(db)).n;
}

type JobRows = Parameters<typeof jobsRepository.insertMany>[1];

/** Bulk insert for the demo data and tests; a row without a position gets its category's first. Returns the new ids. */
export async function insertJobs(db: Db, rows: JobRows): Promise<number[]> {
  const inserted = await jobsRepository.insertMany(
    db,
    rows.map((r) => ({ ...r, position: r.position ?? positionCategories.find((c) => c.code === r.category)?.positions[0]?.code ?? 'tech.backend' })),
  );
  const ids = inserted.map((r) => r.id);
  await announce(db, 'job', { ids });
  return ids;
}

/** A job as the search index needs it: everything public about it, any status. */
export interface JobForIndex {
  id: number;
  enterpriseId: number;
  status: JobStatus;
  title: string;
  category: string;
  position: string;
  city: string;
  district: string | null;
  salaryMin: number;
  salaryMax: number;
  salaryMonths: number;
  experience: string;
  education: string;
  jobType: string;
  tags: string[];
  description: string;
  requirements: string;
  refreshedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  expiresAt: Date | null;
}

/** Jobs by id, or a page of every job in id order (`after` an id), for building the search index. */
export async function jobsForIndex(db: Db, which: { ids: number[] } | { after: number; limit: number }): Promise<JobForIndex[]> {
  const rows = await jobsRepository.forIndex(db, which);
  return rows.map((r) => ({
    id: r.id,
    enterpriseId: r.enterprise_id,
    status: r.status,
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
    description: r.description,
    requirements: r.requirements,
    refreshedAt: r.refreshed_at,
    publishedAt: r.published_at,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  }));
}
