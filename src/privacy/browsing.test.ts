import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../demo/seed.js';
import { createTestApp, type TestApp } from '../test/app.js';
import { rowCounts } from '../test/db.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoData(t.db, t.services.accounts);
});
afterAll(async () => {
  await t?.close();
});

describe('browsing collects nothing', () => {
  it('a visitor who reads every public page and endpoint writes no row and gets no cookie', async () => {
    // Publishing the policy is the site's own act, done once before anyone visits.
    await t.app.inject({ method: 'GET', url: '/privacy' });
    const jobs = (await t.app.inject({ method: 'GET', url: '/api/jobs?limit=3' })).json().items as { id: number }[];
    const before = await rowCounts(t.db);
    const urls = [
      '/healthz',
      '/api/meta',
      '/api/jobs',
      `/api/jobs?city=${encodeURIComponent('北京')}`,
      `/api/jobs/${jobs[0]?.id}`,
      '/api/cities',
      '/privacy',
      '/privacy?lang=en',
      '/privacy/collected',
      '/privacy/sharing',
      '/privacy/versions',
      '/api/privacy/policy',
      '/docs',
      '/api/account',
    ];
    for (const url of urls) {
      const res = await t.app.inject({
        method: 'GET',
        url,
        headers: { 'user-agent': 'Mozilla/5.0 (Visitor)', 'accept-language': 'zh-CN' },
        remoteAddress: '203.0.113.9',
      });
      expect(res.statusCode, url).toBeLessThan(url === '/api/account' ? 500 : 400);
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
    expect(await rowCounts(t.db)).toEqual(before);
  });
});
