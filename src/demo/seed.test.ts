import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleResumes } from '../modules/resumes/index.js';
import { createTestApp, type TestApp } from '../test/app.js';
import { seedDemoData } from './seed.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('seedDemoData', () => {
  it('loads enterprises, jobs, seekers and their resumes once, and candidates a verified enterprise can see', async () => {
    const loaded = await seedDemoData(t.db, t.services.accounts, new Date('2026-11-20T08:00:00Z'));
    expect(loaded).toMatchObject({ enterprises: expect.any(Number), jobs: expect.any(Number), seekers: expect.any(Number) });
    const resumes = await t.db
      .selectFrom('resumes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(resumes.n)).toBe(loaded?.seekers);

    const verified = await t.db.selectFrom('enterprises').select('id').where('verified', '=', true).orderBy('id').executeTakeFirstOrThrow();
    const visible = await visibleResumes(t.db, verified.id).select('r.id').execute();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(Number(resumes.n));

    expect(await seedDemoData(t.db, t.services.accounts)).toBeNull();
  });
});
