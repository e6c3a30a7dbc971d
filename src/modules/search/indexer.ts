import type { Db } from '../../platform/db/index.js';
import { documentTerms } from '../../platform/text/index.js';
import { type EnterpriseSummary, getEnterpriseSummaries } from '../enterprises/index.js';
import { type JobForIndex, jobsForIndex } from '../jobs/index.js';
import { type ResumeForIndex, resumesForIndex } from '../resumes/index.js';
import { positionCategories, positionOf, welfareTags } from '../taxonomy/index.js';
import { forgetStats } from './planner.js';
import { type NewJobSearchRow, type NewResumeSearchRow, searchRepository as repo } from './repository.js';

const welfareLabel = new Map<string, string>(welfareTags.map((t) => [t.code, t.zh]));
const categoryLabel = new Map(positionCategories.map((c) => [c.code, c.zh]));

export function jobRow(j: JobForIndex, e: EnterpriseSummary): NewJobSearchRow {
  const position = positionOf(j.position)?.zh ?? '';
  const tags = j.tags.map((t) => welfareLabel.get(t) ?? '').join(' ');
  return {
    job_id: j.id,
    enterprise_id: j.enterpriseId,
    listed: j.status === 'open',
    expires_at: j.expiresAt,
    refreshed_at: j.refreshedAt ?? j.publishedAt ?? j.createdAt,
    title: j.title,
    enterprise_name: e.name,
    enterprise_verified: e.verified,
    category: j.category,
    position: j.position,
    city: j.city,
    district: j.district,
    salary_min: j.salaryMin,
    salary_max: j.salaryMax,
    salary_months: j.salaryMonths,
    experience: j.experience,
    education: j.education,
    job_type: j.jobType,
    tags: j.tags,
    terms: documentTerms(j.title, e.name, position, categoryLabel.get(j.category), tags, j.description, j.requirements),
    head: documentTerms(j.title, e.name, position, tags),
    body: `${j.description}\n${j.requirements}`.trim(),
  };
}

export function resumeRow(r: ResumeForIndex): NewResumeSearchRow {
  const intentions = r.intendedPositions.map((p) => positionOf(p)?.zh ?? '');
  return {
    resume_id: r.id,
    user_id: r.userId,
    visibility: r.visibility,
    birth_date: r.birthDate,
    city: r.city,
    intended_positions: r.intendedPositions,
    intended_cities: r.intendedCities,
    years_of_work: r.yearsOfWork,
    education_level: r.educationLevel,
    salary_min: r.salaryMin,
    salary_max: r.salaryMax,
    active_at: r.updatedAt,
    terms: documentTerms(...r.texts, ...intentions),
  };
}

async function jobRows(db: Db, jobs: JobForIndex[]): Promise<NewJobSearchRow[]> {
  const enterprises = await getEnterpriseSummaries(db, [...new Set(jobs.map((j) => j.enterpriseId))]);
  return jobs.flatMap((j) => {
    const e = enterprises.get(j.enterpriseId);
    return e ? [jobRow(j, e)] : [];
  });
}

/** Brings the index rows of these jobs in step with the jobs (called in the writer's transaction). */
export async function reindexJobs(db: Db, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const jobs = await jobsForIndex(db, { ids });
  await repo.upsertJobs(db, await jobRows(db, jobs));
  const found = new Set(jobs.map((j) => j.id));
  await repo.deleteJobs(
    db,
    ids.filter((id) => !found.has(id)),
  );
}

export async function reindexEnterprises(db: Db, ids: number[]): Promise<void> {
  const rows = await repo.jobIdsOfEnterprises(db, ids);
  await reindexJobs(
    db,
    rows.map((r) => r.job_id),
  );
}

export async function reindexResumes(db: Db, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const resumes = await resumesForIndex(db, { ids });
  await repo.upsertResumes(db, resumes.map(resumeRow));
  const found = new Set(resumes.map((r) => r.id));
  await repo.deleteResumes(
    db,
    ids.filter((id) => !found.has(id)),
  );
}

export interface RebuildOptions {
  batch?: number;
  onProgress?: (done: number) => void;
}

/**
 * Indexes every job again, in batches in id order, then refreshes the planner's statistics (the
 * search reads them to tell common terms from rare ones). For the first load of a large data set
 * and after a change to how text is indexed; day-to-day writes keep the index in step themselves.
 */
export async function rebuildJobIndex(db: Db, opts: RebuildOptions = {}): Promise<{ jobs: number }> {
  const batch = opts.batch ?? 5000;
  let after = 0;
  let done = 0;
  await repo.dropJobIndexes(db);
  try {
    // While one batch is written, the next is read and its terms computed.
    let writing: Promise<void> = Promise.resolve();
    for (;;) {
      const jobs = await jobsForIndex(db, { after, limit: batch });
      if (!jobs.length) break;
      after = jobs[jobs.length - 1]?.id ?? after;
      const rows = await jobRows(db, jobs);
      await writing;
      writing = repo.upsertJobs(db, rows).then(() => {
        done += rows.length;
        opts.onProgress?.(done);
      });
    }
    await writing;
  } finally {
    await repo.createJobIndexes(db);
  }
  await repo.analyze(db);
  forgetStats(db);
  return { jobs: done };
}

export async function rebuildResumeIndex(db: Db, opts: RebuildOptions = {}): Promise<{ resumes: number }> {
  const batch = opts.batch ?? 5000;
  let after = 0;
  let done = 0;
  for (;;) {
    const resumes = await resumesForIndex(db, { after, limit: batch });
    if (!resumes.length) break;
    await repo.upsertResumes(db, resumes.map(resumeRow));
    done += resumes.length;
    after = resumes[resumes.length - 1]?.id ?? after;
    opts.onProgress?.(done);
  }
  await repo.analyze(db);
  return { resumes: done };
}
