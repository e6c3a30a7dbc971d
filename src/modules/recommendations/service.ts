import { onChange } from '../../platform/changes.js';
import type { Ctx } from '../../platform/context.js';
import { inTransaction } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { CoreServices } from '../../platform/services.js';
import { applicationCounts, appliedJobIds } from '../applications/index.js';
import { enterpriseOfMember } from '../enterprises/index.js';
import { getJobsForOthers } from '../jobs/index.js';
import { type CandidateCard, candidateCards, seekerIntentions } from '../resumes/index.js';
import { findCandidates, jobHit, recentJobs } from '../search/index.js';
import { positionOf } from '../taxonomy/index.js';
import { recommendationsRepository as repo } from './repository.js';
import type { InterestKind } from './tables.js';

export const PERSONALISATION = 'personalised_recommendation';
export const CANDIDATE_RECOMMENDATION_PURPOSE = 'candidate_recommendation';

/** How much one event says about an interest. */
export const WEIGHTS = { view: 1, save: 3, apply: 5 } as const;

const LIMIT = 20;
const POOL = 200;

type Locale = Ctx['locale'];
const positionLabel = (code: string, locale: Locale) => {
  const p = positionOf(code);
  return p ? (locale === 'en' ? p.en : p.zh) : code;
};

function why(locale: Locale, kind: 'intention' | 'interest' | 'newest' | 'popular', label: string, extra?: number) {
  const zh = {
    intention: `符合你的求职意向：${label}`,
    interest: `你最近关注过${label}`,
    newest: `${label}的最新职位`,
    popular: `热门职位：${extra ?? 0} 人投递`,
  };
  const en = {
    intention: `Matches what you look for: ${label}`,
    interest: `You showed interest in ${label} recently`,
    newest: `New in ${label}`,
    popular: `Popular: ${extra ?? 0} applications`,
  };
  return (locale === 'en' ? en : zh)[kind];
}

export function createRecommendationsService(deps: CoreServices) {
  const { consent, audit } = deps;

  async function personalised(ctx: Ctx): Promise<boolean> {
    const actor = ctx.actor;
    return Boolean(actor && actor.role === 'seeker' && (await consent.isGranted(ctx.db, actor.userId, PERSONALISATION)));
  }

  /** Records an interest only for a seeker who has personalisation on: otherwise nothing is written. */
  async function learn(db: Db, userId: string, jobId: number, weight: number): Promise<void> {
    if (!(await consent.isGranted(db, userId, PERSONALISATION))) return;
    const job = (await getJobsForOthers(db, [jobId])).get(jobId);
    if (!job) return;
    const tags: { kind: InterestKind; value: string }[] = [
      { kind: 'position', value: job.position },
      { kind: 'city', value: job.city },
    ];
    await repo.bumpTags(db, userId, tags, weight);
  }

  /** The same list for everyone: the newest jobs (in a city, if chosen), the most applied first. */
  async function general(ctx: Ctx, city: string | undefined, now: Date) {
    const rows = await recentJobs(ctx.db, { positions: [], cities: city ? [city] : [], exclude: [], now, limit: 60 });
    const counts = await applicationCounts(
      ctx.db,
      rows.map((r) => r.job_id),
    );
    const ranked = rows
      .map((r, i) => ({ r, n: counts.get(r.job_id) ?? 0, i }))
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .slice(0, LIMIT);
    return ranked.map(({ r, n }) => ({
      ...jobHit(r, null),
      reason: n > 0 ? why(ctx.locale, 'popular', '', n) : why(ctx.locale, 'newest', city ?? (ctx.locale === 'en' ? 'all cities' : '全部城市')),
    }));
  }

  onChange('applied', 'recommendations.applied', (db, e) => learn(db, e.userId, e.jobId, WEIGHTS.apply));
  onChange('savedJob', 'recommendations.saved', (db, e) => learn(db, e.userId, e.jobId, WEIGHTS.save));

  return {
    learn,

    async recommendJobs(ctx: Ctx, q: { city?: string | undefined }) {
      const now = new Date();
      const city = q.city?.trim() || undefined;
      const actor = ctx.actor;
      if (!actor || !(await personalised(ctx))) return { personalised: false, items: await general(ctx, city, now) };
      const [intentions, tags, applied] = await Promise.all([
        seekerIntentions(ctx.db, actor.userId),
        repo.tagsOf(ctx.db, actor.userId),
        appliedJobIds(ctx.db, actor.userId),
      ]);
      // Each position and city scores by what it rests on: a stated intention counts as much as a strong interest.
      const score = new Map<string, number>();
      const source = new Map<string, 'intention' | 'interest'>();
      for (const p of intentions.positions) {
        score.set(`position:${p}`, 10);
        source.set(`position:${p}`, 'intention');
      }
      for (const c of intentions.cities) score.set(`city:${c}`, 10);
      for (const t of tags) {
        const key = `${t.kind}:${t.value}`;
        score.set(key, (score.get(key) ?? 0) + Number(t.weight));
        if (!source.has(key)) source.set(key, 'interest');
      }
      const top = (kind: InterestKind, n: number) =>
        [...score.entries()]
          .filter(([k]) => k.startsWith(`${kind}:`))
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, n)
          .map(([k]) => k.slice(kind.length + 1));
      const positions = top('position', 5);
      const cities = city ? [city] : top('city', 3);
      if (!positions.length && !cities.length) return { personalised: true, items: await general(ctx, city, now) };
      // Jobs of the wanted positions anywhere (unless a city was chosen), the favoured cities scoring
      // higher; with no position in view, jobs of the favoured cities.
      const rows = await recentJobs(ctx.db, { positions, cities: positions.length ? (city ? [city] : []) : cities, exclude: applied, now, limit: POOL });
      const newest = rows[0] ? new Date(rows[0].refreshed_at).getTime() : now.getTime();
      const ranked = rows
        .map((r) => {
          const pos = score.get(`position:${r.position}`) ?? 0;
          const cty = score.get(`city:${r.city}`) ?? 0;
          // A week of age costs about as much as one view's worth of interest.
          const age = (newest - new Date(r.refreshed_at).getTime()) / (7 * 86_400_000);
          return { r, s: pos + cty * 0.5 - age };
        })
        .sort((a, b) => b.s - a.s || b.r.job_id - a.r.job_id)
        .slice(0, LIMIT);
      const items = ranked.map(({ r }) => {
        const key = `position:${r.position}`;
        const label = `${positionLabel(r.position, ctx.locale)} · ${r.city}`;
        return { ...jobHit(r, null), reason: why(ctx.locale, source.get(key) === 'intention' ? 'intention' : 'interest', label) };
      });
      if (items.length < LIMIT) {
        const seen = new Set(items.map((i) => i.id));
        for (const g of await general(ctx, city, now)) if (items.length < LIMIT && !seen.has(g.id)) items.push(g);
      }
      return { personalised: true, items };
    },

    async recordView(ctx: Ctx, jobId: number) {
      const actor = ctx.actor;
      if (!actor) throw new AppError('UNAUTHENTICATED');
      if (actor.role !== 'seeker') return { recorded: false };
      if (!(await consent.isGranted(ctx.db, actor.userId, PERSONALISATION))) return { recorded: false };
      const job = (await getJobsForOthers(ctx.db, [jobId])).get(jobId);
      if (!job) throw new AppError('JOB_NOT_FOUND');
      await inTransaction(ctx, async (tx) => {
        await repo.recordView(tx.db, actor.userId, jobId);
        await learn(tx.db, actor.userId, jobId, WEIGHTS.view);
      });
      return { recorded: true };
    },

    async myTags(ctx: Ctx) {
      const actor = ctx.actor;
      if (!actor) throw new AppError('UNAUTHENTICATED');
      const rows = await repo.tagsOf(ctx.db, actor.userId);
      return {
        personalised: await personalised(ctx),
        tags: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          value: r.value,
          label: r.kind === 'position' ? positionLabel(r.value, ctx.locale) : r.value,
          weight: Math.round(Number(r.weight) * 10) / 10,
          updatedAt: new Date(r.updated_at).toISOString(),
        })),
      };
    },

    async deleteTag(ctx: Ctx, id: number) {
      const actor = ctx.actor;
      if (!actor) throw new AppError('UNAUTHENTICATED');
      const res = await repo.deleteTag(ctx.db, actor.userId, id);
      if (!res.numDeletedRows) throw new AppError('INTEREST_TAG_NOT_FOUND');
      return { ok: true as const };
    },

    /** Candidates for one of the recruiter's jobs: people who want that position in that city, within every rule of candidate search. */
    async recommendCandidates(ctx: Ctx, jobId: number) {
      const actor = ctx.actor;
      if (!actor) throw new AppError('UNAUTHENTICATED');
      if (actor.role !== 'recruiter') throw new AppError('FORBIDDEN');
      const enterprise = await enterpriseOfMember(ctx.db, actor.userId);
      if (!enterprise) throw new AppError('NOT_IN_ENTERPRISE');
      const job = (await getJobsForOthers(ctx.db, [jobId])).get(jobId);
      if (!job || job.enterpriseId !== enterprise.id) throw new AppError('JOB_NOT_FOUND');
      if (!enterprise.verified) throw new AppError('CANDIDATE_SEARCH_UNVERIFIED');
      const scope = { enterpriseId: enterprise.id, verified: true };
      const now = new Date();
      const noKeyword = { words: [], terms: [], singles: [] };
      return inTransaction(ctx, async (tx) => {
        const both = await findCandidates(tx.db, scope, { query: noKeyword, filters: { position: job.position, city: job.city }, after: null, limit: 10, now });
        const ids = [...both.ids];
        if (ids.length < 10) {
          const any = await findCandidates(tx.db, scope, { query: noKeyword, filters: { position: job.position }, after: null, limit: 10, now });
          for (const id of any.ids) if (ids.length < 10 && !ids.includes(id)) ids.push(id);
        }
        const inBoth = new Set(both.ids);
        const cards = await candidateCards(tx, enterprise.id, ids);
        const label = positionLabel(job.position, ctx.locale);
        const items = ids.flatMap((id) => {
          const card = cards.get(id);
          if (!card) return [];
          const { seekerId: _seeker, ...shown } = card as CandidateCard;
          const reason = inBoth.has(id)
            ? ctx.locale === 'en'
              ? `Wants ${label} in ${job.city}`
              : `求职意向：${label} · ${job.city}`
            : ctx.locale === 'en'
              ? `Wants ${label}`
              : `求职意向：${label}`;
          return [{ ...shown, reason }];
        });
        await audit.append(tx.db, {
          actorId: actor.userId,
          actorRole: actor.role,
          subjectId: null,
          enterpriseId: enterprise.id,
          action: 'search',
          purpose: CANDIDATE_RECOMMENDATION_PURPOSE,
          fields: ['resume.summary'],
          reason: `results=${items.length}`,
          requestId: ctx.requestId,
        });
        return { items };
      });
    },
  };
}

export type RecommendationsService = ReturnType<typeof createRecommendationsService>;
