import type { Ctx } from '../../platform/context.js';
import { inTransaction } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { CoreServices } from '../../platform/services.js';
import { type ParsedQuery, parseQuery } from '../../platform/text/index.js';
import { enterpriseOfMember } from '../enterprises/index.js';
import { type CandidateCard, candidateCards } from '../resumes/index.js';
import { isCategoryCode, isEducationCode, isExperienceCode, isPositionCode, isWelfareCode, positionOf } from '../taxonomy/index.js';
import { type CandidateFilters, decodeCandidateCursor, encodeCandidateCursor, findCandidates } from './candidates.js';
import {
  countJobs,
  decodeJobCursor,
  EXCERPT_LEAD,
  EXCERPT_LENGTH,
  encodeJobCursor,
  findJobs,
  type JobFilters,
  type JobResultRow,
  type JobSort,
} from './jobs.js';
import { searchRepository as repo } from './repository.js';

export const CANDIDATE_SEARCH_PURPOSE = 'candidate_search';

export interface JobSearchInput {
  q?: string | undefined;
  city?: string | undefined;
  district?: string | undefined;
  category?: string | undefined;
  position?: string | undefined;
  salaryMin?: number | undefined;
  salaryMax?: number | undefined;
  experience?: string | undefined;
  education?: string | undefined;
  jobType?: 'full_time' | 'part_time' | 'internship' | undefined;
  tags?: string | undefined;
  verified?: boolean | undefined;
  days?: number | undefined;
  sort?: JobSort | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
  total?: boolean | undefined;
}

export interface CandidateSearchInput {
  q?: string | undefined;
  city?: string | undefined;
  position?: string | undefined;
  yearsMin?: number | undefined;
  yearsMax?: number | undefined;
  education?: string | undefined;
  salaryMax?: number | undefined;
  activeDays?: number | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

const iso = (d: Date | string) => new Date(d).toISOString();
const list = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function invalid(field: string): AppError {
  return new AppError('SEARCH_FILTER_INVALID', { fields: [{ field, rule: 'taxonomy' }] });
}

/** The filters of a job search, checked against the taxonomy; an unknown code is refused, not ignored. */
export function jobFiltersOf(input: JobSearchInput): JobFilters {
  const experience = list(input.experience);
  const education = list(input.education);
  const tags = list(input.tags);
  if (input.category && !isCategoryCode(input.category)) throw invalid('category');
  if (input.position && !isPositionCode(input.position)) throw invalid('position');
  if (!experience.every(isExperienceCode)) throw invalid('experience');
  if (!education.every(isEducationCode)) throw invalid('education');
  if (!tags.every(isWelfareCode)) throw invalid('tags');
  if (input.salaryMin !== undefined && input.salaryMax !== undefined && input.salaryMin > input.salaryMax) {
    throw new AppError('SEARCH_FILTER_INVALID', { fields: [{ field: 'salaryMin', rule: 'range' }] });
  }
  return {
    city: input.city?.trim() || undefined,
    district: input.district?.trim() || undefined,
    category: input.category,
    position: input.position,
    salaryMin: input.salaryMin,
    salaryMax: input.salaryMax,
    experience,
    education,
    jobType: input.jobType,
    tags,
    verifiedOnly: input.verified,
    postedWithinDays: input.days,
  };
}

const hasFilters = (f: JobFilters) =>
  Boolean(
    f.city ||
      f.district ||
      f.category ||
      f.position ||
      f.salaryMin !== undefined ||
      f.salaryMax !== undefined ||
      f.experience?.length ||
      f.education?.length ||
      f.jobType ||
      f.tags?.length ||
      f.verifiedOnly ||
      f.postedWithinDays,
  );

/** The excerpt the query cut from the description, with marks where it was cut. */
export function snippetOf(r: { hit_at: number; excerpt: string; body_length: number }): string {
  const from = Math.max(Number(r.hit_at) - EXCERPT_LEAD, 1);
  const text = r.excerpt.replace(/\s+/g, ' ').trim();
  return `${from > 1 ? '…' : ''}${text}${from - 1 + EXCERPT_LENGTH < Number(r.body_length) ? '…' : ''}`;
}

export function jobHit(r: Omit<JobResultRow, 'hit_at' | 'excerpt' | 'body_length'>, snippet: string | null) {
  return {
    id: r.job_id,
    title: r.title,
    enterprise: { id: r.enterprise_id, name: r.enterprise_name, verified: r.enterprise_verified },
    category: r.category,
    position: r.position,
    city: r.city,
    district: r.district,
    salaryMin: r.salary_min,
    salaryMax: r.salary_max,
    salaryMonths: r.salary_months,
    experience: r.experience,
    education: r.education,
    jobType: r.job_type as 'full_time' | 'part_time' | 'internship',
    tags: r.tags,
    refreshedAt: iso(r.refreshed_at),
    snippet,
  };
}

export type JobHit = ReturnType<typeof jobHit>;

// Counting jobs by position reads the whole index: the answer is kept for a while per database.
const popularCache = new WeakMap<object, { at: number; rows: { position: string; jobs: number }[] }>();
const POPULAR_TTL_MS = 10 * 60_000;

async function popularPositions(db: Db, now: Date) {
  const hit = popularCache.get(db);
  if (hit && now.getTime() - hit.at < POPULAR_TTL_MS) return hit.rows;
  const rows = (await repo.popularPositions(db, now, 6)).map((r) => ({ position: r.position, jobs: Number(r.jobs) }));
  popularCache.set(db, { at: now.getTime(), rows });
  return rows;
}

export function createSearchService(deps: CoreServices) {
  const { audit } = deps;

  async function suggestions(db: Db, locale: Ctx['locale'], query: ParsedQuery, filters: JobFilters, now: Date) {
    const out: { kind: 'without_filters' | 'word' | 'popular'; q: string | null; label: string; count: number | null }[] = [];
    if (query.words.length && hasFilters(filters)) {
      const t = await countJobs(db, query, {}, now);
      if (t.count) out.push({ kind: 'without_filters', q: query.words.join(' '), label: query.words.join(' '), count: t.count });
    }
    if (query.words.length > 1) {
      for (const w of query.words) {
        const t = await countJobs(db, parseQuery(w), filters, now);
        if (t.count) out.push({ kind: 'word', q: w, label: w, count: t.count });
      }
    }
    if (!out.length) {
      for (const p of await popularPositions(db, now)) {
        const position = positionOf(p.position);
        // The search runs on the Chinese name (what jobs are written in); the label follows the reader.
        if (position) out.push({ kind: 'popular', q: position.zh, label: locale === 'en' ? position.en : position.zh, count: p.jobs });
      }
    }
    return out;
  }

  return {
    /** Public job search: keyword, filters, three orders, keyset pages, a capped total and suggestions on no results. */
    async searchJobs(ctx: Ctx, input: JobSearchInput) {
      const filters = jobFiltersOf(input);
      const query = parseQuery(input.q);
      const sort = input.sort ?? (query.words.length ? 'relevance' : 'newest');
      const after = input.cursor ? decodeJobCursor(input.cursor, sort) : null;
      const limit = input.limit ?? 20;
      const now = new Date();
      const { rows, next } = await findJobs(ctx.db, { query, filters, sort, after, limit, now });
      const total = input.total ? await countJobs(ctx.db, query, filters, now) : null;
      return {
        items: rows.map((r) => jobHit(r, query.words.length ? snippetOf(r) : null)),
        nextCursor: next ? encodeJobCursor(next) : null,
        total,
        words: query.words,
        suggestions: rows.length || after ? [] : await suggestions(ctx.db, ctx.locale, query, filters, now),
      };
    },

    /**
     * Candidate search for recruiters of a verified enterprise. The privacy rules are conditions of
     * the query; the cards are then made by the resumes module, which checks each one again and
     * masks name and number until disclosure. The search itself is recorded in the audit log
     * (who, for which enterprise, how many results); opening a result is recorded per resume.
     */
    async searchCandidates(ctx: Ctx, input: CandidateSearchInput) {
      const actor = ctx.actor;
      if (!actor) throw new AppError('UNAUTHENTICATED');
      if (actor.role !== 'recruiter') throw new AppError('FORBIDDEN');
      const enterprise = await enterpriseOfMember(ctx.db, actor.userId);
      if (!enterprise) throw new AppError('NOT_IN_ENTERPRISE');
      if (!enterprise.verified) throw new AppError('CANDIDATE_SEARCH_UNVERIFIED');
      const filters = candidateFiltersOf(input);
      const query = parseQuery(input.q);
      const after = input.cursor ? decodeCandidateCursor(input.cursor) : null;
      const limit = input.limit ?? 20;
      return inTransaction(ctx, async (tx) => {
        const { ids, next } = await findCandidates(tx.db, { enterpriseId: enterprise.id, verified: true }, { query, filters, after, limit, now: new Date() });
        const cards = await candidateCards(tx, enterprise.id, ids);
        const items = ids.flatMap((id) => {
          const card = cards.get(id);
          if (!card) return [];
          const { seekerId: _seeker, ...shown } = card as CandidateCard;
          return [shown];
        });
        await audit.append(tx.db, {
          actorId: actor.userId,
          actorRole: actor.role,
          subjectId: null,
          enterpriseId: enterprise.id,
          action: 'search',
          purpose: CANDIDATE_SEARCH_PURPOSE,
          fields: ['resume.summary'],
          reason: `results=${items.length}`,
          requestId: ctx.requestId,
        });
        return { items, next: next ? encodeCandidateCursor(next) : null, words: query.words };
      });
    },
  };
}

export function candidateFiltersOf(input: CandidateSearchInput): CandidateFilters {
  if (input.position && !isPositionCode(input.position)) throw invalid('position');
  if (input.education && !isEducationCode(input.education)) throw invalid('education');
  if (input.yearsMin !== undefined && input.yearsMax !== undefined && input.yearsMin > input.yearsMax) {
    throw new AppError('SEARCH_FILTER_INVALID', { fields: [{ field: 'yearsMin', rule: 'range' }] });
  }
  return {
    city: input.city?.trim() || undefined,
    position: input.position,
    yearsMin: input.yearsMin,
    yearsMax: input.yearsMax,
    education: input.education,
    salaryMax: input.salaryMax,
    activeWithinDays: input.activeDays,
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
