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
}

export async function countJobs(db: Db): Promise<number> {
  return (await jobsRepository.count(db)).n;
}

type JobRows = Parameters<typeof jobsRepository.insertMany>[1];

/** Bulk insert for the demo data and tests; a row without a position gets its category's first. */
export function insertJobs(db: Db, rows: JobRows) {
  return jobsRepository.insertMany(
    db,
    rows.map((r) => ({ ...r, position: r.position ?? positionCategories.find((c) => c.code === r.category)?.positions[0]?.code ?? 'tech.backend' })),
  );
}
