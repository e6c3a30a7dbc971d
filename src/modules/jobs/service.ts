import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { getEnterprise, getEnterpriseSummaries } from '../enterprises/index.js';
import { type JobCursor, jobsRepository as repo } from './repository.js';

function encodeCursor(c: JobCursor): string {
  return Buffer.from(`${c.publishedAt.toISOString()}|${c.id}`).toString('base64url');
}

function decodeCursor(raw: string): JobCursor {
  const [iso, id] = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  const publishedAt = new Date(iso ?? '');
  const n = Number(id);
  if (Number.isNaN(publishedAt.getTime()) || !Number.isInteger(n) || n < 1) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'cursor', rule: 'format' }] });
  }
  return { publishedAt, id: n };
}

type Row = Awaited<ReturnType<typeof repo.listOpen>>[number];

function summary(r: Row, e: { id: number; name: string; industry: string; size: string; verified: boolean }) {
  return {
    id: r.id,
    title: r.title,
    category: r.category,
    city: r.city,
    district: r.district,
    salaryMin: r.salary_min,
    salaryMax: r.salary_max,
    salaryMonths: r.salary_months,
    experience: r.experience,
    education: r.education,
    jobType: r.job_type,
    tags: r.tags,
    publishedAt: new Date(r.published_at).toISOString(),
    enterprise: { id: e.id, name: e.name, industry: e.industry, size: e.size, verified: e.verified },
  };
}

export const jobsService = {
  /** Public: the newest open jobs, optionally in one city or of one enterprise. Collects nothing about the visitor. */
  async listLatest(ctx: Ctx, q: { city?: string | undefined; enterpriseId?: number | undefined; cursor?: string | undefined; limit?: number | undefined }) {
    const limit = q.limit ?? 20;
    const rows = await repo.listOpen(ctx.db, {
      city: q.city,
      enterpriseId: q.enterpriseId,
      after: q.cursor ? decodeCursor(q.cursor) : undefined,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const enterprises = await getEnterpriseSummaries(
      ctx.db,
      page.map((r) => r.enterprise_id),
    );
    const last = page.at(-1);
    return {
      items: page.flatMap((r) => {
        const e = enterprises.get(r.enterprise_id);
        return e ? [summary(r, e)] : [];
      }),
      nextCursor: rows.length > limit && last ? encodeCursor({ publishedAt: new Date(last.published_at), id: last.id }) : null,
    };
  },

  async getJob(ctx: Ctx, id: number) {
    const row = await repo.findOpenById(ctx.db, id);
    if (!row) throw new AppError('JOB_NOT_FOUND');
    const e = await getEnterprise(ctx.db, row.enterprise_id);
    if (!e) throw new AppError('JOB_NOT_FOUND');
    return {
      ...summary(row, e),
      headcount: row.headcount,
      description: row.description,
      requirements: row.requirements,
      enterprise: { id: e.id, name: e.name, industry: e.industry, size: e.size, verified: e.verified, city: e.city, description: e.description },
    };
  },

  async cities(ctx: Ctx) {
    return { cities: await repo.openCountsByCity(ctx.db) };
  },
};
