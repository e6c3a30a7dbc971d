import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalise, parseQuery } from '../../platform/text/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { expectRefused } from '../../test/factories.js';
import { insertEnterprises } from '../enterprises/index.js';
import { insertJobs } from '../jobs/index.js';
import { welfareTags } from '../taxonomy/index.js';
import { countJobs, runPage } from './jobs.js';

let t: TestApp;
const DAY = 86_400_000;

type Seed = { title: string; description: string; city?: string; salary?: [number, number]; tags?: string[]; ageDays?: number; verified?: boolean };

const seeds: Seed[] = [
  { title: '土建工程师', description: '负责工地现场施工管理，持有二级建造师证优先。', city: '北京', salary: [10, 15], tags: ['insurance'] },
  {
    title: 'Java开发工程师',
    description: '使用 Java 与 Spring Boot 开发后端服务，双休，五险一金。',
    city: '上海',
    salary: [20, 35],
    tags: ['weekends', 'insurance'],
  },
  { title: '仓库管理员', description: '负责仓库进出库登记与盘点，会用 Excel。', city: '北京', salary: [5, 7], tags: ['meals'] },
  { title: '前端开发', description: '使用 React 和 TypeScript 开发网页，和后端工程师协作。', city: '杭州', salary: [15, 25], tags: ['weekends'] },
  { title: '销售代表', description: '开拓华东市场客户，底薪加提成。', city: '上海', salary: [6, 12], tags: [] },
  { title: '厨师', description: '负责员工食堂的午餐与晚餐。', city: '成都', salary: [6, 9], tags: ['housing', 'meals'], verified: false },
  { title: '结构设计', description: '配合结构工程师完成施工图设计，熟练使用 CAD。', city: '北京', salary: [12, 18], tags: ['weekends'], ageDays: 20 },
  { title: 'JavaScript 讲师', description: '讲授前端课程。', city: '杭州', salary: [10, 20], tags: [] },
  { title: '叉车司机', description: '持叉车证，仓库管理经验优先，双休。', city: '苏州', salary: [6, 8], tags: ['weekends'] },
  { title: '电气工程师（仓库自动化）', description: '维护仓库自动化设备与 PLC。', city: '苏州', salary: [12, 20], tags: ['insurance'], ageDays: 3 },
];

const labels = new Map<string, string>(welfareTags.map((w) => [w.code, w.zh]));
const ids: number[] = [];
let verifiedId = 0;
let unverifiedId = 0;

async function search(query: Record<string, string | number | boolean>) {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]));
  const res = await t.app.inject({ method: 'GET', url: `/api/search/jobs?${qs}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    items: { id: number; title: string; snippet: string | null; city: string; salaryMax: number; salaryMin: number; enterprise: { verified: boolean } }[];
    nextCursor: string | null;
    total: { count: number; capped: boolean } | null;
    words: string[];
    suggestions: { kind: string; q: string | null }[];
  };
}

/** Every id a search returns, page after page. */
async function allIds(query: Record<string, string | number | boolean>): Promise<number[]> {
  const out: number[] = [];
  let cursor: string | null = null;
  do {
    const page = await search({ ...query, limit: 3, ...(cursor ? { cursor } : {}) });
    out.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

beforeAll(async () => {
  t = await createTestApp();
  const [v, u] = await insertEnterprises(t.db, [
    { name: '远航建设集团', city: '北京', industry: '建筑', size: '1000人以上', description: '', verified: true },
    { name: '青禾餐饮', city: '成都', industry: '餐饮', size: '20-99人', description: '', verified: false },
  ]);
  verifiedId = (v as { id: number }).id;
  unverifiedId = (u as { id: number }).id;
  const now = Date.now();
  for (const [i, s] of seeds.entries()) {
    const [id] = await insertJobs(t.db, [
      {
        enterprise_id: s.verified === false ? unverifiedId : verifiedId,
        title: s.title,
        category: 'tech',
        position: 'tech.backend',
        city: s.city ?? '北京',
        district: null,
        salary_min: s.salary?.[0] ?? 8,
        salary_max: s.salary?.[1] ?? 12,
        salary_months: 12,
        experience: 'any',
        education: 'any',
        job_type: 'full_time',
        headcount: 1,
        tags: s.tags ?? [],
        description: s.description,
        requirements: '',
        // Distinct times, newest last in the list.
        published_at: new Date(now - (s.ageDays ?? 0) * DAY - (seeds.length - i) * 60_000),
      },
    ]);
    ids.push(id as number);
  }
});
afterAll(async () => {
  await t?.close();
});

/** What `LIKE '%word%'` over title, enterprise, description and welfare labels finds, for every word. */
function substringMatches(q: string): number[] {
  const words = parseQuery(q).words;
  return seeds.flatMap((s, i) => {
    const text = normalise([s.title, s.verified === false ? '青禾餐饮' : '远航建设集团', s.description, ...(s.tags ?? []).map((c) => labels.get(c))].join(' '));
    return words.every((w) => text.includes(w)) ? [ids[i] as number] : [];
  });
}

describe('job search', () => {
  it('finds whatever a substring search finds for Chinese keywords, including words the segmenter keeps whole (土建工程师 for 工程师)', async () => {
    for (const q of ['工程师', '仓库管理', '仓库', '双休', '施工', '结构工程师', '叉车证', 'Java 双休']) {
      const found = await allIds({ q, sort: 'newest' });
      for (const id of substringMatches(q)) expect(found, `${q} should find job ${id}`).toContain(id);
    }
    const found = await allIds({ q: '工程师' });
    expect(found).toContain(ids[0]);
  });

  it('needs every word: two terms narrow, and a word nobody uses finds nothing but offers suggestions', async () => {
    const both = await allIds({ q: 'Java 双休' });
    expect(both).toEqual([ids[1]]);
    const none = await search({ q: '量子纠缠师' });
    expect(none.items).toEqual([]);
    expect(none.suggestions.length).toBeGreaterThan(0);
    expect(none.suggestions.every((s) => s.kind === 'popular')).toBe(true);
  });

  it('matches Latin words as whole words, case-insensitively (Java is not JavaScript)', async () => {
    const java = await allIds({ q: 'JAVA' });
    expect(java).toContain(ids[1]);
    expect(java).not.toContain(ids[7]);
  });

  it('ranks title matches first for relevance, then the rest, each newest first', async () => {
    const res = await search({ q: '工程师', sort: 'relevance', limit: 10 });
    const titles = res.items.map((i) => i.title);
    const inTitle = titles.filter((x) => x.includes('工程师'));
    expect(titles.slice(0, inTitle.length)).toEqual(inTitle);
    expect(titles.length).toBeGreaterThan(inTitle.length);
    expect(res.words).toEqual(['工程师']);
    // The snippet shows the description around the keyword.
    const designer = res.items.find((i) => i.title === '结构设计');
    expect(designer?.snippet).toContain('工程师');
  });

  it('pages with a cursor in every order without repeating or losing a job', async () => {
    for (const sort of ['newest', 'salary', 'relevance']) {
      const found = await allIds({ q: '工程师', sort });
      expect(new Set(found).size, sort).toBe(found.length);
      expect(found.sort(), sort).toEqual(substringMatches('工程师').sort());
    }
    const bySalary = await search({ sort: 'salary', limit: 50 });
    const maxima = bySalary.items.map((i) => i.salaryMax);
    expect(maxima).toEqual([...maxima].sort((a, b) => b - a));
  });

  it('filters by city, salary, welfare, verification and recency', async () => {
    expect((await search({ city: '苏州', limit: 50 })).items.map((i) => i.id).sort()).toEqual([ids[8], ids[9]].sort());
    const paid = await search({ salaryMin: 20, limit: 50 });
    expect(paid.items.every((i) => i.salaryMax >= 20)).toBe(true);
    expect(paid.items.map((i) => i.id)).toContain(ids[1]);
    const weekends = await allIds({ tags: 'weekends,insurance' });
    expect(weekends).toEqual([ids[1]]);
    const verified = await search({ verified: true, limit: 50 });
    expect(verified.items.map((i) => i.id)).not.toContain(ids[5]);
    expect(verified.items.length).toBe(seeds.length - 1);
    const recent = await search({ days: 7, limit: 50 });
    expect(recent.items.map((i) => i.id)).not.toContain(ids[6]);
    expect(recent.items.map((i) => i.id)).toContain(ids[9]);
  });

  it('counts matches exactly up to the cap, and says when there are more', async () => {
    const res = await search({ q: '工程师', total: true });
    expect(res.total).toEqual({ count: substringMatches('工程师').length, capped: false });
    const rows = Array.from({ length: 1005 }, (_, i) => ({
      enterprise_id: verifiedId,
      title: `批量质检员${i}`,
      category: 'tech',
      position: 'tech.backend',
      city: '西安',
      district: null,
      salary_min: 5,
      salary_max: 6,
      salary_months: 12,
      experience: 'any',
      education: 'any',
      job_type: 'full_time' as const,
      headcount: 1,
      tags: [],
      description: '质量检验',
      requirements: '',
      published_at: new Date(Date.now() - 10 * DAY),
    }));
    const many = await insertJobs(t.db, rows);
    const capped = await search({ q: '质检员', total: true });
    expect(capped.total).toEqual({ count: 1000, capped: true });
    // Counted by walking the newest-first index or through the term index, the answer is the same.
    for (const q of ['质检员', '工程师', '量子', '双休']) {
      const walked = await countJobs(t.db, parseQuery(q), {}, new Date(), 'walk');
      expect(walked, q).toEqual(await countJobs(t.db, parseQuery(q), {}, new Date(), 'terms'));
    }
    expect(await countJobs(t.db, parseQuery('质检员'), { city: '西安' }, new Date(), 'walk')).toEqual({ count: 1000, capped: true });
    await t.db.deleteFrom('jobs').where('id', 'in', many).execute();
    expect((await search({ q: '质检员', total: true })).total).toEqual({ count: 0, capped: false });
  });

  it('follows the jobs: a closed or expired job leaves the results, a verified enterprise enters the filter', async () => {
    await sql`update jobs set status = 'closed' where id = ${ids[2]}`.execute(t.db);
    const { reindexJobs } = await import('./indexer.js');
    await reindexJobs(t.db, [ids[2] as number]);
    expect(await allIds({ q: '仓库管理员' })).not.toContain(ids[2]);
    await sql`update job_search set expires_at = now() - interval '1 minute' where job_id = ${ids[3]}`.execute(t.db);
    expect(await allIds({ q: '前端' })).not.toContain(ids[3]);
    await sql`update enterprises set verified = true where id = ${unverifiedId}`.execute(t.db);
    const { reindexEnterprises } = await import('./indexer.js');
    await reindexEnterprises(t.db, [unverifiedId]);
    expect((await search({ verified: true, q: '厨师' })).items.map((i) => i.id)).toEqual([ids[5]]);
  });

  it('gives the same rows whether it walks the newest-first index or asks the term index', async () => {
    const now = new Date();
    for (const q of ['工程师', '双休', 'java', '量子', '仓库']) {
      const spec = { query: parseQuery(q), column: 'terms' as const, sort: 'newest' as const, after: null, limit: 50 };
      const walked = await runPage(t.db, {}, now, spec, 'walk');
      const indexed = await runPage(t.db, {}, now, spec, 'terms');
      expect(
        walked.map((r) => r.job_id),
        q,
      ).toEqual(indexed.map((r) => r.job_id));
    }
  });

  it('refuses unknown codes, reversed ranges and forged cursors with a catalogue error', async () => {
    await expectRefused(t, { method: 'GET', url: '/api/search/jobs?category=nope' }, 'SEARCH_FILTER_INVALID');
    await expectRefused(t, { method: 'GET', url: '/api/search/jobs?tags=weekends,free_lunch' }, 'SEARCH_FILTER_INVALID');
    await expectRefused(t, { method: 'GET', url: '/api/search/jobs?salaryMin=30&salaryMax=10' }, 'SEARCH_FILTER_INVALID');
    await expectRefused(t, { method: 'GET', url: '/api/search/jobs?sort=newest&cursor=bm90LWEtY3Vyc29y' }, 'VALIDATION_FAILED');
    const res = await t.app.inject({ method: 'GET', url: `/api/search/jobs?q=${'长'.repeat(51)}`, headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/[a-z]/i);
  });
});
