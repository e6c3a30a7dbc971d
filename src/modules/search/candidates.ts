import { type SqlBool, sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { ParsedQuery } from '../../platform/text/index.js';
import { accountAvailable } from '../accounts/index.js';
import { amongDisclosedTo } from '../disclosures/index.js';
import { notBlockedBy } from '../resumes/index.js';
import { educationLevels } from '../taxonomy/index.js';
import { chooseAccess, WALK_ROWS } from './planner.js';
import { type Access, containsAll, searchRepository as repo } from './repository.js';

/** Candidate search never shows people under this age to recruiters (minors apply themselves). */
export const CANDIDATE_MIN_AGE = 18;

export interface CandidateFilters {
  /** Lives in, or wants to work in, this city. */
  city?: string | undefined;
  /** Wants this position (taxonomy code). */
  position?: string | undefined;
  yearsMin?: number | undefined;
  yearsMax?: number | undefined;
  /** At least this education level (taxonomy code). */
  education?: string | undefined;
  /** Expects at most this much (yuan a month) at the bottom of their range. */
  salaryMax?: number | undefined;
  /** Updated the resume within this many days. */
  activeWithinDays?: number | undefined;
}

/**
 * Whose resumes the search may return, and on whose behalf: every privacy rule is a condition of
 * the query. `null` is only for measuring what the rules cost (the benchmark compares the two).
 */
export interface CandidateScope {
  enterpriseId: number;
  verified: boolean;
}

export interface CandidateCursor {
  at: Date;
  id: number;
}

export function encodeCandidateCursor(c: CandidateCursor): string {
  return Buffer.from(`${c.at.toISOString()}|${c.id}`).toString('base64url');
}

export function decodeCandidateCursor(raw: string): CandidateCursor {
  const [at, id] = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  const when = new Date(at ?? '');
  const n = Number(id);
  if (Number.isNaN(when.getTime()) || !Number.isInteger(n) || n < 1) throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'cursor', rule: 'format' }] });
  return { at: when, id: n };
}

function adultCutoff(now: Date): string {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - CANDIDATE_MIN_AGE);
  return d.toISOString().slice(0, 10);
}

function scoped(db: Db, scope: CandidateScope | null, f: CandidateFilters, now: Date) {
  // A literal, so the partial indexes (… where visibility <> 'private') apply.
  let q = repo.resumes(db).where(sql<SqlBool>`visibility <> 'private'`);
  if (scope) {
    const seeker = sql.ref<string>('user_id');
    q = q
      .where(accountAvailable(seeker))
      .where(notBlockedBy(scope.enterpriseId, seeker))
      .where((eb) => eb.or([eb('birth_date', 'is', null), eb('birth_date', '<=', adultCutoff(now))]))
      .where((eb) =>
        scope.verified ? eb.or([eb('visibility', '=', 'public'), amongDisclosedTo(scope.enterpriseId, seeker)]) : amongDisclosedTo(scope.enterpriseId, seeker),
      );
  }
  if (f.city) {
    const city = f.city;
    q = q.where((eb) => eb.or([eb('city', '=', city), sql<SqlBool>`intended_cities @> array[${city}]::text[]`]));
  }
  if (f.position) q = q.where(sql<SqlBool>`intended_positions @> array[${f.position}]::text[]`);
  if (f.yearsMin !== undefined) q = q.where('years_of_work', '>=', f.yearsMin);
  if (f.yearsMax !== undefined) q = q.where('years_of_work', '<=', f.yearsMax);
  if (f.education) {
    const from = educationLevels.findIndex((l) => l.code === f.education);
    const levels = educationLevels.slice(Math.max(from, 0)).map((l) => l.code as string);
    q = q.where('education_level', 'in', levels);
  }
  if (f.salaryMax !== undefined) q = q.where((eb) => eb.or([eb('salary_min', 'is', null), eb('salary_min', '<=', f.salaryMax as number)]));
  if (f.activeWithinDays) q = q.where('active_at', '>=', new Date(now.getTime() - f.activeWithinDays * 86_400_000));
  return q;
}

async function run(
  db: Db,
  scope: CandidateScope | null,
  query: ParsedQuery,
  f: CandidateFilters,
  after: CandidateCursor | null,
  limit: number,
  now: Date,
  access: Access,
) {
  let base = scoped(db, scope, f, now);
  if (after) base = base.where((eb) => eb(eb.refTuple('active_at', 'resume_id'), '<', eb.tuple(after.at, after.id)));
  const columns = ['resume_id', 'active_at'] as const;
  if (access === 'walk' && query.terms.length) {
    const inner = base
      .select([...columns, 'terms'])
      .orderBy('active_at', 'desc')
      .orderBy('resume_id', 'desc')
      .limit(WALK_ROWS)
      .as('w');
    return db
      .selectFrom(inner)
      .select(columns)
      .where(containsAll('terms', query.terms, 'walk'))
      .orderBy('active_at', 'desc')
      .orderBy('resume_id', 'desc')
      .limit(limit)
      .execute();
  }
  let q = base.select(columns);
  if (query.terms.length) q = q.where(containsAll('terms', query.terms, access));
  return q.orderBy('active_at', 'desc').orderBy('resume_id', 'desc').limit(limit).execute();
}

/** Resume ids matching the keyword and filters within the scope, most recently active first. */
export async function findCandidates(
  db: Db,
  scope: CandidateScope | null,
  plan: { query: ParsedQuery; filters: CandidateFilters; after: CandidateCursor | null; limit: number; now: Date },
): Promise<{ ids: number[]; next: CandidateCursor | null }> {
  const want = plan.limit + 1;
  const access = plan.query.terms.length ? await chooseAccess(db, 'resume_search', 'terms', plan.query.terms, want) : 'walk';
  let rows = await run(db, scope, plan.query, plan.filters, plan.after, want, plan.now, access);
  if (access === 'walk' && plan.query.terms.length && rows.length < want)
    rows = await run(db, scope, plan.query, plan.filters, plan.after, want, plan.now, 'terms');
  const shown = rows.slice(0, plan.limit);
  const last = shown.at(-1);
  return { ids: shown.map((r) => r.resume_id), next: rows.length > plan.limit && last ? { at: new Date(last.active_at), id: last.resume_id } : null };
}
