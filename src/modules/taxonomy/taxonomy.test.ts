import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { educationLevels, experienceLevels, isPositionCode, positionCategories, positionOf, welfareTags } from './taxonomy.js';

describe('taxonomy', () => {
  it('gives every code once, with both labels', () => {
    const codes = [
      ...positionCategories.map((c) => c.code),
      ...positionCategories.flatMap((c) => c.positions.map((p) => p.code)),
      ...experienceLevels.map((x) => `experience:${x.code}`),
      ...educationLevels.map((x) => `education:${x.code}`),
      ...welfareTags.map((x) => `welfare:${x.code}`),
    ];
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of positionCategories) {
      for (const p of c.positions) {
        expect(p.code.startsWith(`${c.code}.`)).toBe(true);
        expect(p.zh.length * p.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('knows positions by code and refuses unknown ones', () => {
    expect(positionOf('tech.backend')).toMatchObject({ zh: '后端开发', category: 'tech' });
    expect(isPositionCode('tech')).toBe(false);
    expect(isPositionCode('tech.cobol-whisperer')).toBe(false);
  });
});

describe('GET /api/taxonomy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves the lists to a visitor without a cookie', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/taxonomy' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const body = res.json();
    expect(body.positionCategories.length).toBe(positionCategories.length);
    expect(body.welfareTags.map((w: { zh: string }) => w.zh)).toContain('五险一金');
  });
});
