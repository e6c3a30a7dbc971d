import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { ParsedQuery } from '../../platform/text/index.js';
import { chooseAccess, WALK_ROWS } from './planner.js';
import { type Access, containsAll, likeAnywhere, searchRepository as repo, resultColumns } from './repository.js';

export type JobSort = 'relevance' | 'newest' | 'salary';

export interface JobFilters {
  city?: string | undefined;
  district?: string | undefined;
  category?: string | undefined;
  position?: string | undefined;
  /** Thousands of yuan a month: jobs paying at least this at the top of their range. */
  salaryMin?: number | undefined;
  /** Thousands of yuan a month: jobs starting at most at this. */
  salaryMax?: number | undefined;
  experience?: string[] | undefined;
  education?: string[] | undefined;
  jobType?: string | undefined;
  /** Welfare tag codes, all required. */
  tags?: string[] | undefined;
  verifiedOnly?: boolean | undefined;
  postedWithinDays?: number | undefined;
  enterpriseId?: number | undefined;
  /** Jobs left out (already applied to, for recommendations). */
  excludeIds?: number[] | undefined;
}

export type JobCursor =
  | { sort: 'newest'; at: Date; id: number }
  | { sort: 'salary'; salary: number; id: number }
  | { sort: 'relevance'; tier: 0 | 1; at: Date; id: number };

export type JobResultRow = Awaited<ReturnType<typeof runPage>>[number];

/** The most matches counted exactly; above it the total reads "1000+". */
export const TOTAL_CAP = 1000;
/** Rows a walking count reads at most before it hands over to the term index. */
const TOTAL_WALK_ROWS = 20_000;

export function encodeJobCursor(c: JobCursor): string {
  const parts = c.sort === 'newest' ? ['n', c.at.toISOString(), c.id] : c.sort === 'salary' ? ['s', c.salary, c.id] : ['r', c.tier, c.at.toISOString(), c.id];
  return Buffer.from(parts.join('|')).toString('base64url');
}

export function decodeJobCursor(raw: string, sort: JobSort): JobCursor {
  const bad = () => new AppError('VALIDATION_FAILED', { fields: [{ field: 'cursor', rule: 'format' }] });
  const p = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  const id = Number(p.at(-1));
  if (!Number.isInteger(id) || id < 1) throw bad();
  if (sort === 'newest' && p[0] === 'n' && p.length === 3) {
    const at = new Date(p[1] ?? '');
    if (!Number.isNaN(at.getTime())) return { sort, at, id };
  }
  if (sort === 'salary' && p[0] === 's' && p.length === 3) {
    const salary = Number(p[1]);
    if (Number.isInteger(salary)) return { sort, salary, id };
  }
  if (sort === 'relevance' && p[0] === 'r' && p.length === 4) {
    const at = new Date(p[2] ?? '');
    if ((p[1] === '0' || p[1] === '1') && !Number.isNaN(at.getTime())) return { sort, tier: p[1] === '0' ? 0 : 1, at, id };
  }
  throw bad();
}

const textArray = (xs: string[]) => sql`${`{${xs.map((x) => `"${x.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`}::text[]`;

/** Every condition but the keyword: listing, expiry and the filters. */
function filtered(db: Db, f: JobFilters, now: Date) {
  let q = repo
    .jobs(db)
    // A literal, so the partial indexes (… where listed) apply.
    .where(sql<SqlBool>`listed`)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]));
  if (f.city) q = q.where('city', '=', f.city);
  if (f.district) q = q.where('district', '=', f.district);
  if (f.category) q = q.where('category', '=', f.category);
  if (f.position) q = q.where('position', '=', f.position);
  if (f.salaryMin !== undefined) q = q.where('salary_max', '>=', f.salaryMin);
  if (f.salaryMax !== undefined) q = q.where('salary_min', '<=', f.salaryMax);
  if (f.experience?.length) q = q.where('experience', 'in', f.experience);
  if (f.education?.length) q = q.where('education', 'in', f.education);
  if (f.jobType) q = q.where('job_type', '=', f.jobType);
  if (f.tags?.length) q = q.where(sql<SqlBool>`tags @> ${textArray(f.tags)}`);
  if (f.verifiedOnly) q = q.where(sql<SqlBool>`enterprise_verified`);
  if (f.postedWithinDays) q = q.where('refreshed_at', '>=', new Date(now.getTime() - f.postedWithinDays * 86_400_000));
  if (f.enterpriseId) q = q.where('enterprise_id', '=', f.enterpriseId);
  if (f.excludeIds?.length) q = q.where('job_id', 'not in', f.excludeIds);
  return q;
}

interface PageSpec {
  query: ParsedQuery;
  /** Which term column must hold the keyword, and whether the head must not (relevance's second tier). */
  column: 'terms' | 'head';
  notInHead?: boolean;
  sort: 'newest' | 'salary';
  after: { at: Date; id: number } | { salary: number; id: number } | null;
  limit: number;
}

function keywordConditions(spec: PageSpec, access: Access): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (spec.query.terms.length) out.push(containsAll(spec.column, spec.query.terms, access));
  if (spec.notInHead && spec.query.terms.length) out.push(sql<SqlBool>`not arraycontains(head, ${`{${spec.query.terms.join(',')}}`}::int4[])`);
  // One-character words are too short for bigrams: they are looked for in titles.
  for (const s of spec.query.singles) out.push(sql<SqlBool>`title like ${likeAnywhere(s)}`);
  return out;
}

/** Characters of description shown under a result, starting a little before the first keyword. */
export const EXCERPT_LENGTH = 60;
export const EXCERPT_LEAD = 20;

/** Where the first keyword stands in the body (0: nowhere), and the stretch of body around it. */
function excerpt(words: string[]) {
  const w = words[0] ?? '';
  return [
    sql<number>`strpos(lower(body), ${w})`.as('hit_at'),
    sql<string>`substr(body, greatest(strpos(lower(body), ${w}) - ${EXCERPT_LEAD}, 1), ${EXCERPT_LENGTH})`.as('excerpt'),
    sql<number>`length(body)`.as('body_length'),
  ];
}

export async function runPage(db: Db, f: JobFilters, now: Date, spec: PageSpec, access: Access) {
  let base = filtered(db, f, now);
  const after = spec.after;
  if (after && 'at' in after) base = base.where((eb) => eb(eb.refTuple('refreshed_at', 'job_id'), '<', eb.tuple(after.at, after.id)));
  if (after && 'salary' in after) base = base.where((eb) => eb(eb.refTuple('salary_max', 'job_id'), '<', eb.tuple(after.salary, after.id)));
  const first = spec.sort === 'newest' ? 'refreshed_at' : 'salary_max';
  const conditions = keywordConditions(spec, access);
  if (access === 'walk' && conditions.length) {
    // Walk the ordered index a bounded number of rows, checking the keyword on each.
    const inner = base
      .select([...resultColumns, 'terms', 'head', 'body'])
      .orderBy(first, 'desc')
      .orderBy('job_id', 'desc')
      .limit(WALK_ROWS)
      .as('w');
    let outer = db.selectFrom(inner).select(resultColumns).select(excerpt(spec.query.words));
    for (const c of conditions) outer = outer.where(c);
    return outer.orderBy(first, 'desc').orderBy('job_id', 'desc').limit(spec.limit).execute();
  }
  let q = base.select(resultColumns).select(excerpt(spec.query.words));
  for (const c of conditions) q = q.where(c);
  return q.orderBy(first, 'desc').orderBy('job_id', 'desc').limit(spec.limit).execute();
}

/** One page in one order, choosing the access path and falling back to the term index when a walk comes up short. */
async function page(db: Db, f: JobFilters, now: Date, spec: PageSpec) {
  const access = spec.query.terms.length ? await chooseAccess(db, 'job_search', spec.column, spec.query.terms, spec.limit) : 'walk';
  const rows = await runPage(db, f, now, spec, access);
  if (access === 'walk' && spec.query.terms.length && rows.length < spec.limit) return runPage(db, f, now, spec, 'terms');
  return rows;
}

export interface JobSearchPlan {
  query: ParsedQuery;
  filters: JobFilters;
  sort: JobSort;
  after: JobCursor | null;
  limit: number;
  now: Date;
}

/** A page of matching jobs and the cursor of the next one. */
export async function findJobs(db: Db, plan: JobSearchPlan): Promise<{ rows: (JobResultRow & { tier: 0 | 1 | null })[]; next: JobCursor | null }> {
  const { query, filters, limit, now } = plan;
  const want = limit + 1;
  const sort: JobSort = plan.sort === 'relevance' && !query.terms.length ? 'newest' : plan.sort;
  if (sort !== 'relevance') {
    const after = plan.after && plan.after.sort === sort ? plan.after : null;
    const rows = await page(db, filters, now, { query, column: 'terms', sort, after, limit: want });
    const shown = rows.slice(0, limit).map((r) => ({ ...r, tier: null }));
    const last = shown.at(-1);
    const next: JobCursor | null =
      rows.length > limit && last
        ? sort === 'newest'
          ? { sort, at: new Date(last.refreshed_at), id: last.job_id }
          : { sort, salary: last.salary_max, id: last.job_id }
        : null;
    return { rows: shown, next };
  }
  // Relevance: jobs whose title, enterprise, position or welfare hold the keyword, newest first; then the rest.
  const after = plan.after?.sort === 'relevance' ? plan.after : null;
  const out: (JobResultRow & { tier: 0 | 1 })[] = [];
  if (!after || after.tier === 0) {
    const rows = await page(db, filters, now, { query, column: 'head', sort: 'newest', after: after ? { at: after.at, id: after.id } : null, limit: want });
    out.push(...rows.map((r) => ({ ...r, tier: 0 as const })));
  }
  if (out.length < want) {
    const rows = await page(db, filters, now, {
      query,
      column: 'terms',
      notInHead: true,
      sort: 'newest',
      after: after?.tier === 1 ? { at: after.at, id: after.id } : null,
      limit: want - out.length,
    });
    out.push(...rows.map((r) => ({ ...r, tier: 1 as const })));
  }
  const shown = out.slice(0, limit);
  const last = shown.at(-1);
  return { rows: shown, next: out.length > limit && last ? { sort: 'relevance', tier: last.tier, at: new Date(last.refreshed_at), id: last.job_id } : null };
}

/**
 * How many jobs match, counted exactly up to TOTAL_CAP. For a keyword common enough to be walked,
 * the count walks the same newest-first index the page does and stops at TOTAL_CAP + 1 matches
 * (a few thousand rows); asking the term index instead would collect every match (a quarter of
 * all jobs for 工程师) before counting. A walk that ends short of the cap counts again through the
 * term index, so the number is always exact below the cap.
 */
export async function countJobs(db: Db, query: ParsedQuery, filters: JobFilters, now: Date, force?: Access): Promise<{ count: number; capped: boolean }> {
  const spec = { query, column: 'terms' as const, sort: 'newest' as const, after: null, limit: 0 };
  const access =
    force ??
    (query.terms.length ? await chooseAccess(db, 'job_search', 'terms', query.terms, TOTAL_CAP + 1, { walkRows: TOTAL_WALK_ROWS, margin: 2 }) : 'auto');
  const count = async (how: Access) => {
    let q = filtered(db, filters, now).select(sql`1`.as('one'));
    if (how === 'walk') {
      const inner = filtered(db, filters, now)
        .select(['terms', 'title'])
        .orderBy('refreshed_at', 'desc')
        .orderBy('job_id', 'desc')
        .limit(TOTAL_WALK_ROWS)
        .as('w');
      let walked = db.selectFrom(inner).select(sql`1`.as('one'));
      for (const c of keywordConditions(spec, 'walk')) walked = walked.where(c);
      return db
        .selectFrom(walked.limit(TOTAL_CAP + 1).as('m'))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
    }
    for (const c of keywordConditions(spec, how)) q = q.where(c);
    return db
      .selectFrom(q.limit(TOTAL_CAP + 1).as('m'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
  };
  let n = Number((await count(access)).n);
  if (access === 'walk' && n <= TOTAL_CAP) n = Number((await count('terms')).n);
  return n > TOTAL_CAP ? { count: TOTAL_CAP, capped: true } : { count: n, capped: false };
}
