import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventory } from '../../modules/index.js';
import { buildApp } from '../../platform/http/app.js';
import { createLogger } from '../../platform/logger.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { rowCounts } from '../../test/db.js';
import type { TableDeclaration } from '../inventory.js';
import { createPolicyService, policySiteFacts } from './service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const current = (document: 'policy' | 'collected' | 'sharing', locale: 'zh-CN' | 'en') => t.services.policy.rendering(document, locale).hash;

function withChangedPurpose(): TableDeclaration[] {
  const copy = structuredClone(inventory);
  const city = copy.find((x) => x.table === 'users')!.columns.city!;
  if (!city.pi) throw new Error('users.city should hold personal information');
  city.purposes = [{ zh: '按城市推荐职位（修改后的用途）', en: 'Recommending jobs by city (changed purpose)' }];
  return copy;
}

describe('GET /privacy, /privacy/collected, /privacy/sharing', () => {
  it('serves the policy in zh-CN by default, with its version, and writes nothing but policy versions', async () => {
    const before = await rowCounts(t.db);
    const res = await t.app.inject({ method: 'GET', url: '/privacy' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('<h1>人和隐私政策</h1>');
    expect(res.body).toContain(`版本 <code>${current('policy', 'zh-CN')}</code>`);
    expect(res.body).toMatch(/发布于 <time datetime="[^"]+">\d{4}年\d{1,2}月\d{1,2}日<\/time>/);
    const after = await rowCounts(t.db);
    const { policy_versions: storedNow, ...restAfter } = after;
    const { policy_versions: storedBefore, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    expect(storedBefore).toBe(0);
    expect(storedNow).toBe(6);
  });

  it('serves English for ?lang=en and for an English Accept-Language', async () => {
    const byQuery = await t.app.inject({ method: 'GET', url: '/privacy?lang=en' });
    expect(byQuery.body).toContain('<html lang="en">');
    expect(byQuery.body).toContain('<h1>Renhe Privacy Policy</h1>');
    expect(byQuery.body).toContain(`<code>${current('policy', 'en')}</code>`);
    const byHeader = await t.app.inject({ method: 'GET', url: '/privacy/collected', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(byHeader.body).toContain('<h1>List of Personal Information Collected</h1>');
    expect(byHeader.headers.vary).toContain('accept-language');
    const queryWins = await t.app.inject({ method: 'GET', url: '/privacy/sharing?lang=zh-CN', headers: { 'accept-language': 'en' } });
    expect(queryWins.body).toContain('<h1>第三方共享清单</h1>');
  });

  it('ignores an unsupported ?lang and falls back to Accept-Language, then zh-CN', async () => {
    const fr = await t.app.inject({ method: 'GET', url: '/privacy?lang=fr' });
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('<html lang="zh-CN">');
    const frEn = await t.app.inject({ method: 'GET', url: '/privacy?lang=%3Cscript%3E', headers: { 'accept-language': 'en' } });
    expect(frEn.statusCode).toBe(200);
    expect(frEn.body).toContain('<html lang="en">');
    expect(frEn.body).not.toContain('<script');
  });

  it('serves both lists with their own versions and no cookie', async () => {
    for (const [url, doc, title] of [
      ['/privacy/collected', 'collected', '个人信息收集清单'],
      ['/privacy/sharing', 'sharing', '第三方共享清单'],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.body).toContain(`<h1>${title}</h1>`);
      expect(res.body).toContain(`<code>${current(doc, 'zh-CN')}</code>`);
    }
    const sharing = await t.app.inject({ method: 'GET', url: '/privacy/sharing?lang=en' });
    expect(sharing.body).toContain('None at present.');
  });
});

describe('GET /api/privacy/policy', () => {
  it('gives the current versions for the requested language to a visitor', async () => {
    const before = await rowCounts(t.db);
    const zh = await t.app.inject({ method: 'GET', url: '/api/privacy/policy' });
    expect(zh.statusCode).toBe(200);
    expect(zh.headers['set-cookie']).toBeUndefined();
    expect(zh.json()).toEqual({
      locale: 'zh-CN',
      version: { policy: current('policy', 'zh-CN'), collected: current('collected', 'zh-CN'), sharing: current('sharing', 'zh-CN') },
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const en = await t.app.inject({ method: 'GET', url: '/api/privacy/policy?lang=en' });
    expect(en.json().version.policy).toBe(current('policy', 'en'));
    const header = await t.app.inject({ method: 'GET', url: '/api/privacy/policy', headers: { 'x-renhe-locale': 'en' } });
    expect(header.json().locale).toBe('en');
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it.each([
    ['an unsupported language', '/api/privacy/policy?lang=fr', 'VALIDATION_FAILED'],
    ['an unknown parameter', '/api/privacy/policy?version=1', 'UNKNOWN_FIELD'],
  ])('refuses %s with the catalogue error', async (_name, url, code) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
  });
});

describe('versions', () => {
  it('lists every stored version with a link to it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/privacy/versions?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    for (const d of t.services.policy.renderings()) {
      expect(res.body).toContain(`<a href="/privacy/versions/${d.hash}"><code>${d.hash}</code></a> <span class="current">current</span>`);
    }
  });

  it('stores each rendering once, however many processes publish at the same time', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => t.services.policy.publish(t.db)));
    expect(results).toEqual([0, 0, 0, 0, 0]);
    expect((await rowCounts(t.db)).policy_versions).toBe(6);
  });

  it('serves a stored version at its own address', async () => {
    const hash = current('collected', 'en');
    const res = await t.app.inject({ method: 'GET', url: `/privacy/versions/${hash}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('This is the current version.');
    expect(res.body).toContain(t.services.policy.rendering('collected', 'en').body);
  });

  it('keeps an earlier version readable after the inventory changes', async () => {
    const oldHash = current('policy', 'zh-CN');
    const changed = createPolicyService({ inventory: withChangedPurpose(), site: policySiteFacts(t.config) });
    const newHash = changed.rendering('policy', 'zh-CN').hash;
    expect(newHash).not.toBe(oldHash);
    expect(await changed.publish(t.db)).toBe(4);

    // The next release of the application, over the same database.
    const next = await buildApp({ config: t.config, db: t.db, log: createLogger('silent'), services: { ...t.services, policy: changed } });
    try {
      const now = await next.inject({ method: 'GET', url: '/privacy' });
      expect(now.body).toContain(`<code>${newHash}</code>`);
      expect(now.body).toContain('按城市推荐职位（修改后的用途）');

      const earlier = await next.inject({ method: 'GET', url: `/privacy/versions/${oldHash}` });
      expect(earlier.statusCode).toBe(200);
      expect(earlier.body).toContain('展示所在城市的职位');
      expect(earlier.body).not.toContain('修改后的用途');
      expect(earlier.body).toContain('已被新版本取代');
      expect(earlier.body).toContain('<a href="/privacy?lang=zh-CN">查看当前版本</a>');

      const list = await next.inject({ method: 'GET', url: '/privacy/versions' });
      expect(list.body).toContain(`<a href="/privacy/versions/${oldHash}"><code>${oldHash}</code></a></td>`);
      expect(list.body).toContain(`<a href="/privacy/versions/${newHash}"><code>${newHash}</code></a> <span class="current">当前</span>`);
    } finally {
      await next.close();
    }
  });

  it.each([
    ['an unknown version', '/privacy/versions/0123456789abcdef'],
    ['a malformed version', '/privacy/versions/..%2F..%2Fetc'],
  ])('answers %s with a 404 page', async (_name, url) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Version not found');
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('alongside the web app', () => {
  it('is not shadowed by the single-page app fallback', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'renhe-web-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root">spa</div>');
    const withWeb = await createTestApp({ webDist: dist });
    try {
      const policy = await withWeb.app.inject({ method: 'GET', url: '/privacy' });
      expect(policy.body).toContain('<h1>人和隐私政策</h1>');
      const versions = await withWeb.app.inject({ method: 'GET', url: '/privacy/versions' });
      expect(versions.body).toContain('<h1>历史版本</h1>');
      const clientRoute = await withWeb.app.inject({ method: 'GET', url: '/privacy-centre' });
      expect(clientRoute.body).toContain('spa');
    } finally {
      await withWeb.close();
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
