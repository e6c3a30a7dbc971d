import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../demo/seed.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { rowCounts } from '../../test/db.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoData(t.db, t.services.accounts, new Date('2026-11-20T08:00:00Z'));
});
afterAll(async () => {
  await t?.close();
});

describe('GET /api/jobs', () => {
  it('lists the most recently refreshed open jobs to a visitor and sets no cookie', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/jobs?limit=5' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const { items, nextCursor } = res.json();
    expect(items).toHaveLength(5);
    const times = items.map((j: { refreshedAt: string }) => j.refreshedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(items[0].enterprise.name).toMatch(/有限公司$/);
    expect(nextCursor).toEqual(expect.any(String));
  });

  it('pages with the cursor without gaps or repeats', async () => {
    const all = new Set<number>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { json(): { items: unknown[]; nextCursor: string | null } } = await t.app.inject({
        method: 'GET',
        url: `/api/jobs?limit=50&city=${encodeURIComponent('上海')}${cursor ? `&cursor=${cursor}` : ''}`,
      });
      const body: { items: unknown[]; nextCursor: string | null } = res.json();
      for (const j of body.items as { id: number; city: string }[]) {
        expect(j.city).toBe('上海');
        expect(all.has(j.id)).toBe(false);
        all.add(j.id);
      }
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor && pages < 50);
    const expected = await t.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('city', '=', '上海')
      .where('status', '=', 'open')
      .where('expires_at', '>', new Date())
      .executeTakeFirstOrThrow();
    expect(all.size).toBe(Number(expected.n));
    expect(all.size).toBeGreaterThan(0);
  });

  it("lists one enterprise's open jobs", async () => {
    const first = (await t.app.inject({ method: 'GET', url: '/api/jobs?limit=1' })).json().items[0];
    const res = await t.app.inject({ method: 'GET', url: `/api/jobs?enterpriseId=${first.enterprise.id}&limit=50` });
    const items = res.json().items as { enterprise: { id: number } }[];
    const expected = await t.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('enterprise_id', '=', first.enterprise.id)
      .where('status', '=', 'open')
      .where('expires_at', '>', new Date())
      .executeTakeFirstOrThrow();
    expect(items.length).toBe(Math.min(50, Number(expected.n)));
    expect(items.every((j) => j.enterprise.id === first.enterprise.id)).toBe(true);
  });

  it.each([
    ['a non-numeric enterprise', '/api/jobs?enterpriseId=abc', 'VALIDATION_FAILED'],
    ['a limit above 50', '/api/jobs?limit=500', 'VALIDATION_FAILED'],
    ['a non-numeric limit', '/api/jobs?limit=many', 'VALIDATION_FAILED'],
    ['a forged cursor', '/api/jobs?cursor=bm9wZQ', 'VALIDATION_FAILED'],
    ['an unknown parameter', '/api/jobs?sort=salary', 'UNKNOWN_FIELD'],
  ])('refuses %s', async (_n, url, code) => {
    const before = await rowCounts(t.db);
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.json().error.code).toBe(code);
    expect(await rowCounts(t.db)).toEqual(before);
  });
});

describe('GET /api/jobs/:id', () => {
  it('shows a job with its enterprise to a visitor', async () => {
    const first = (await t.app.inject({ method: 'GET', url: '/api/jobs?limit=1' })).json().items[0];
    const res = await t.app.inject({ method: 'GET', url: `/api/jobs/${first.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: first.id, title: first.title, enterprise: { id: first.enterprise.id } });
    expect(res.json().description).toMatch(/岗位职责/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('answers JOB_NOT_FOUND for a closed or missing job, and VALIDATION_FAILED for a bad id', async () => {
    const first = (await t.app.inject({ method: 'GET', url: '/api/jobs?limit=1' })).json().items[0];
    await t.db.updateTable('jobs').set({ status: 'closed' }).where('id', '=', first.id).execute();
    expect((await t.app.inject({ method: 'GET', url: `/api/jobs/${first.id}` })).json().error.code).toBe('JOB_NOT_FOUND');
    expect((await t.app.inject({ method: 'GET', url: '/api/jobs/99999999' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/jobs/abc' })).json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /api/cities', () => {
  it('counts open jobs per city, busiest first', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/cities' });
    const cities = res.json().cities as { city: string; jobs: number }[];
    expect(cities.length).toBeGreaterThanOrEqual(10);
    expect(cities.map((c) => c.jobs)).toEqual([...cities.map((c) => c.jobs)].sort((a, b) => b - a));
  });

  it('refuses unknown parameters', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/cities?x=1' })).json().error.code).toBe('UNKNOWN_FIELD');
  });
});

describe('platform routes', () => {
  it('answers /healthz and serves the OpenAPI UI at /docs', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/docs' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/meta' })).json()).toMatchObject({ devSmsOutbox: true });
  });

  it('answers unknown API paths with the catalogue 404 and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'The requested item was not found.' } });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
