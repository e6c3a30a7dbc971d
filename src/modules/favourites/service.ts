import { announce } from '../../platform/changes.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { CoreServices } from '../../platform/services.js';
import { getEnterpriseSummaries } from '../enterprises/index.js';
import { getJobsForOthers } from '../jobs/index.js';
import { candidateCards, resumeVisibleToEnterprise } from '../resumes/index.js';
import { favouritesRepository as repo } from './repository.js';
import type { FavouriteKind } from './tables.js';

/** Enough for anyone keeping a shortlist; a bound keeps one person from filling the table. */
export const MAX_FAVOURITES = 500;

const iso = (d: Date | string) => new Date(d).toISOString();
const SEEKER_KINDS: FavouriteKind[] = ['job', 'enterprise'];

export function createFavouritesService(deps: Pick<CoreServices, 'enterprises'>) {
  const { enterprises } = deps;

  function requireActor(ctx: Ctx): Actor {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    return ctx.actor;
  }

  /** Seekers save jobs and enterprises; recruiters save candidates. */
  function requireKindFor(ctx: Ctx, kind: FavouriteKind): Actor {
    const actor = requireActor(ctx);
    const allowed = actor.role === 'seeker' ? SEEKER_KINDS.includes(kind) : actor.role === 'recruiter' ? kind === 'candidate' : false;
    if (!allowed) throw new AppError('FAVOURITE_KIND_NOT_ALLOWED');
    return actor;
  }

  async function recruiterEnterprise(ctx: Ctx): Promise<number> {
    const m = (await enterprises.mine(ctx)).membership;
    if (!m) throw new AppError('NOT_IN_ENTERPRISE');
    return m.enterprise.id;
  }

  /** Whether the target may be saved by this person now: an open job, a listed enterprise, a resume their enterprise may see. */
  async function targetExists(ctx: Ctx, kind: FavouriteKind, id: number): Promise<boolean> {
    if (kind === 'job') return (await getJobsForOthers(ctx.db, [id])).get(id)?.status === 'open';
    if (kind === 'enterprise') return (await getEnterpriseSummaries(ctx.db, [id])).has(id);
    return resumeVisibleToEnterprise(ctx.db, id, await recruiterEnterprise(ctx));
  }

  return {
    async save(ctx: Ctx, kind: FavouriteKind, id: number) {
      const actor = requireKindFor(ctx, kind);
      return inTransaction(ctx, async (tx) => {
        if (!(await targetExists(tx, kind, id))) throw new AppError('FAVOURITE_TARGET_NOT_FOUND');
        if (!(await repo.exists(tx.db, actor.userId, kind, id)) && (await repo.count(tx.db, actor.userId)).n >= MAX_FAVOURITES) {
          throw new AppError('FAVOURITES_FULL');
        }
        await repo.insert(tx.db, actor.userId, kind, id);
        if (kind === 'job') await announce(tx.db, 'savedJob', { userId: actor.userId, jobId: id });
        return { kind, id, saved: true };
      });
    },

    /** Removing is allowed whatever became of the target since (a closed job, a candidate turned private). */
    async remove(ctx: Ctx, kind: FavouriteKind, id: number) {
      const actor = requireKindFor(ctx, kind);
      await repo.remove(ctx.db, actor.userId, kind, id);
      return { kind, id, saved: false };
    },

    async state(ctx: Ctx, kind: FavouriteKind, id: number) {
      const actor = requireKindFor(ctx, kind);
      return { kind, id, saved: Boolean(await repo.exists(ctx.db, actor.userId, kind, id)) };
    },

    /** A seeker's saved jobs (with their current status) and enterprises, newest first. */
    async listMine(ctx: Ctx) {
      const actor = requireActor(ctx);
      if (actor.role !== 'seeker') throw new AppError('FAVOURITE_KIND_NOT_ALLOWED');
      const rows = await repo.listOf(ctx.db, actor.userId, SEEKER_KINDS, MAX_FAVOURITES);
      const jobs = await getJobsForOthers(
        ctx.db,
        rows.flatMap((r) => (r.job_id === null ? [] : [r.job_id])),
      );
      const names = await getEnterpriseSummaries(ctx.db, [
        ...rows.flatMap((r) => (r.enterprise_id === null ? [] : [r.enterprise_id])),
        ...[...jobs.values()].map((j) => j.enterpriseId),
      ]);
      return {
        jobs: rows.flatMap((r) => {
          const job = r.job_id === null ? undefined : jobs.get(r.job_id);
          const e = job ? names.get(job.enterpriseId) : undefined;
          if (!job || !e) return [];
          return [
            {
              id: job.id,
              title: job.title,
              city: job.city,
              status: job.status,
              enterprise: { id: e.id, name: e.name, verified: e.verified },
              savedAt: iso(r.created_at),
            },
          ];
        }),
        enterprises: rows.flatMap((r) => {
          const e = r.enterprise_id === null ? undefined : names.get(r.enterprise_id);
          if (r.kind !== 'enterprise' || !e) return [];
          return [{ id: e.id, name: e.name, city: e.city, industry: e.industry, size: e.size, verified: e.verified, savedAt: iso(r.created_at) }];
        }),
      };
    },

    /**
     * A recruiter's saved candidates, as their enterprise may see them now: a résumé that turned
     * private, or whose owner blocked the enterprise, is simply not listed. Masked until disclosure.
     */
    async savedCandidates(ctx: Ctx) {
      const actor = requireActor(ctx);
      if (actor.role !== 'recruiter') throw new AppError('FAVOURITE_KIND_NOT_ALLOWED');
      const enterpriseId = await recruiterEnterprise(ctx);
      const rows = await repo.listOf(ctx.db, actor.userId, ['candidate'], MAX_FAVOURITES);
      const cards = await candidateCards(
        ctx,
        enterpriseId,
        rows.flatMap((r) => (r.resume_id === null ? [] : [r.resume_id])),
      );
      return {
        items: rows.flatMap((r) => {
          const c = r.resume_id === null ? undefined : cards.get(r.resume_id);
          if (!c) return [];
          return [
            {
              resumeId: c.resumeId,
              displayName: c.displayName,
              phone: c.phone,
              disclosed: c.disclosed,
              city: c.city,
              educationLevel: c.educationLevel,
              experience: c.experience,
              intentions: c.intentions,
              updatedAt: c.updatedAt,
              savedAt: iso(r.created_at),
            },
          ];
        }),
      };
    },
  };
}

export type FavouritesService = ReturnType<typeof createFavouritesService>;
