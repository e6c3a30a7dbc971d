import { type Expression, type Insertable, type SqlBool, sql } from 'kysely';
import { announce } from '../../platform/changes.js';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { bound } from './bound.js';
import { resumesRepository as repo } from './repository.js';
import type { CandidateCard, ResumesService } from './service.js';
import type { ResumesTable } from './tables.js';

export { completeness } from './completeness.js';
export { resumesInventory } from './data.js';
export { resumesErrors } from './errors.js';
export { maskName, maskPhone } from './mask.js';
export { resumeVisibleTo } from './repository.js';
export { resumesRoutes } from './routes.js';
export { CANDIDATE_CARD_PURPOSE, type CandidateCard, createResumesService, RESUME_VIEW_PURPOSE, type ResumesService } from './service.js';
export type { Visibility } from './tables.js';

import type { Visibility } from './tables.js';

/**
 * The resumes an enterprise's recruiters may see, as a Kysely query over `resumes as r` with every
 * privacy rule already in its WHERE clause (visibility, disclosure, blocks, account status,
 * restriction, verification). Add conditions, columns and ordering; never remove the rules.
 */
export function visibleResumes(db: Db, enterpriseId: number) {
  return repo.visibleTo(db, enterpriseId);
}

/** The seeker's own resume, or null (applications check the seeker applies with their own). */
export async function ownResume(db: Db, seekerId: string, resumeId: number): Promise<{ id: number; title: string } | null> {
  const r = await repo.findOwn(db, seekerId, resumeId);
  return r ? { id: r.id, title: r.title } : null;
}

/** Whether the enterprise's recruiters may see this resume, by every rule. */
export async function resumeVisibleToEnterprise(db: Db, resumeId: number, enterpriseId: number): Promise<boolean> {
  return Boolean(await repo.visibleTo(db, enterpriseId).select('r.id').where('r.id', '=', resumeId).executeTakeFirst());
}

export async function isBlockedBy(db: Db, seekerId: string, enterpriseId: number): Promise<boolean> {
  return repo.isBlocked(db, seekerId, enterpriseId);
}

/**
 * Cards of the resumes the enterprise may see (others are left out of the map), masked until
 * disclosure; each person shown unmasked is read through the access door. The actor must be a
 * recruiter of that enterprise. Same as `services.resumes.candidateCards`.
 */
export function candidateCards(ctx: Ctx, enterpriseId: number, resumeIds: number[]): Promise<Map<number, CandidateCard>> {
  const service: ResumesService | undefined = bound.service;
  if (!service) throw new Error('the resumes service has not been created');
  return service.candidateCards(ctx, enterpriseId, resumeIds);
}

/** Bulk insert for the demo data loader (validated data only: it bypasses the service). Returns the new ids. */
export async function insertResumes(db: Db, rows: Insertable<ResumesTable>[]): Promise<number[]> {
  if (!rows.length) return [];
  const ids = (await db.insertInto('resumes').values(rows).returning('id').execute()).map((r) => r.id);
  await announce(db, 'resume', { ids });
  return ids;
}

/** A resume as the candidate search index needs it: the filters, and the text to find it by. */
export interface ResumeForIndex {
  id: number;
  userId: string;
  visibility: Visibility;
  birthDate: string | null;
  city: string;
  intendedPositions: string[];
  intendedCities: string[];
  yearsOfWork: number | null;
  educationLevel: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  updatedAt: Date;
  /** Title, introduction, skills, certificates, schools and majors, companies, titles and descriptions. */
  texts: string[];
}

/** Resumes by id, or a page of every resume in id order (`after` an id), for the search index. */
export async function resumesForIndex(db: Db, which: { ids: number[] } | { after: number; limit: number }): Promise<ResumeForIndex[]> {
  const rows = await repo.forIndex(db, which);
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    visibility: r.visibility,
    birthDate: r.birth_date,
    city: r.city,
    intendedPositions: r.intended_positions,
    intendedCities: r.intended_cities,
    yearsOfWork: r.years_of_work,
    educationLevel: r.education_level,
    salaryMin: r.salary_min,
    salaryMax: r.salary_max,
    updatedAt: r.updated_at,
    texts: [
      r.title,
      r.introduction,
      ...r.skills,
      ...r.certificates.map((c) => c.name),
      ...r.education.flatMap((e) => [e.school, e.major]),
      ...r.experience.flatMap((e) => [e.company, e.title, e.description]),
      ...r.projects.flatMap((p) => [p.name, p.role, p.description]),
    ],
  }));
}

/**
 * A condition for other modules' queries: "this seeker has not blocked this enterprise", read once
 * per query from the enterprise's side of the blocks.
 */
export function notBlockedBy(enterpriseId: number, seekerId: Expression<string>): Expression<SqlBool> {
  return sql<SqlBool>`${seekerId} not in (select b.seeker_id from resume_blocks b where b.enterprise_id = ${enterpriseId})`;
}

/** What a seeker says they look for, over all their resumes: positions and cities, most recent resume first. */
export async function seekerIntentions(db: Db, seekerId: string): Promise<{ positions: string[]; cities: string[] }> {
  const rows = await repo.listOwn(db, seekerId);
  return {
    positions: [...new Set(rows.flatMap((r) => r.intended_positions))],
    cities: [...new Set(rows.flatMap((r) => r.intended_cities))],
  };
}
