import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../platform/text/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { authed, buildUser, expectRefused, type SignedIn } from '../../test/factories.js';
import { createResume, disclose, type Enterprise, enterpriseWithRecruiter } from '../resumes/testing.js';
import { findCandidates } from './candidates.js';
import { reindexResumes } from './indexer.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function search(e: Enterprise, query: string) {
  return t.app.inject({ method: 'GET', url: `/api/search/candidates?limit=50&${query}`, ...authed(e.admin, false) });
}

const searchAudits = async () =>
  (
    await sql<{ actor_id: string; enterprise_id: number; subject_id: string | null; reason: string }>`
      select actor_id, enterprise_id, subject_id, reason from audit_log where purpose = 'candidate_search' order by seq`.execute(t.db)
  ).rows;

describe('candidate search', () => {
  it('is for recruiters of verified enterprises only, and refuses bad filters', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/search/candidates' })).statusCode).toBe(401);
    const seeker = await buildUser(t.app);
    await expectRefused(t, { method: 'GET', url: '/api/search/candidates', ...authed(seeker, false) }, 'FORBIDDEN');
    const unverified = await enterpriseWithRecruiter(t, false);
    await expectRefused(t, { method: 'GET', url: '/api/search/candidates?q=Go', ...authed(unverified.admin, false) }, 'CANDIDATE_SEARCH_UNVERIFIED');
    const verified = await enterpriseWithRecruiter(t, true);
    await expectRefused(t, { method: 'GET', url: '/api/search/candidates?position=nope', ...authed(verified.admin, false) }, 'SEARCH_FILTER_INVALID');
    await expectRefused(t, { method: 'GET', url: '/api/search/candidates?yearsMin=9&yearsMax=2', ...authed(verified.admin, false) }, 'SEARCH_FILTER_INVALID');
    await expectRefused(t, { method: 'GET', url: '/api/search/candidates?cursor=bm9wZQ', ...authed(verified.admin, false) }, 'VALIDATION_FAILED');
  });

  it('finds resumes by their content and filters, masked, never by name, and audits each search without naming anyone', async () => {
    const e = await enterpriseWithRecruiter(t, true);
    const go = await buildUser(t.app);
    const cook = await buildUser(t.app);
    const goResume = await createResume(t, go, { realName: '欧阳锋' }, 'public');
    const cookResume = await createResume(
      t,
      cook,
      {
        realName: '黄药师',
        city: '成都',
        yearsOfWork: 2,
        educationLevel: 'senior',
        skills: ['川菜', '面点'],
        introduction: '在火锅店做过三年厨师',
        intentions: { positions: ['service.chef'], cities: ['成都'], jobTypes: ['full_time'], salaryMin: 6000, salaryMax: 8000 },
        experience: [],
        projects: [],
      },
      'public',
    );
    const ids = async (q: string) => ((await search(e, q)).json().items as { resumeId: number }[]).map((i) => i.resumeId);
    expect(await ids('q=kubernetes')).toEqual([goResume]);
    expect(await ids(`q=${encodeURIComponent('订单系统')}`)).toEqual([goResume]);
    expect(await ids(`q=${encodeURIComponent('火锅')}`)).toEqual([cookResume]);
    expect(await ids(`q=${encodeURIComponent('欧阳锋')}`)).toEqual([]);
    expect(await ids(`city=${encodeURIComponent('成都')}`)).toContain(cookResume);
    expect(await ids(`city=${encodeURIComponent('成都')}`)).not.toContain(goResume);
    expect(await ids('position=service.chef')).toEqual([cookResume]);
    expect(await ids('yearsMin=5')).toContain(goResume);
    expect(await ids('yearsMin=5')).not.toContain(cookResume);
    expect(await ids('education=bachelor')).not.toContain(cookResume);
    expect(await ids('salaryMax=10000')).toContain(cookResume);
    expect(await ids('salaryMax=10000')).not.toContain(goResume);

    const res = await search(e, `q=${encodeURIComponent('火锅')}`);
    expect(res.json().items[0].displayName).toBe('黄先生');
    expect(res.body).not.toContain('黄药师');
    expect(res.body).not.toContain(cook.phone);

    const audits = (await searchAudits()).filter((a) => a.enterprise_id === e.id);
    expect(audits.length).toBe(13);
    expect(audits.at(-1)).toEqual({ actor_id: e.admin.userId, enterprise_id: e.id, subject_id: null, reason: 'results=1' });
  });

  it('never shows someone under 18, and a resume goes from the index with the account', async () => {
    const e = await enterpriseWithRecruiter(t, true);
    const young = await buildUser(t.app, { birthDate: '2009-01-01' });
    const youngResume = await createResume(t, young, { birthDate: `${new Date().getUTCFullYear() - 17}-01-01`, skills: ['青年特长'] }, 'public');
    const ids = async () => ((await search(e, `q=${encodeURIComponent('青年特长')}`)).json().items as { resumeId: number }[]).map((i) => i.resumeId);
    expect(await ids()).toEqual([]);
    await sql`update resumes set birth_date = '1990-01-01' where id = ${youngResume}`.execute(t.db);
    await reindexResumes(t.db, [youngResume]);
    expect(await ids()).toEqual([youngResume]);
    await t.services.rights.eraseSubject(t.db, young.userId);
    expect(await t.db.selectFrom('resume_search').select('resume_id').where('user_id', '=', young.userId).execute()).toEqual([]);
    expect(await ids()).toEqual([]);
  });
});

/**
 * Property: whatever the visibility, blocks, disclosures and account states, a search returns
 * exactly the resumes the enterprise may see — no more (privacy) and no fewer — and no name or
 * number before a disclosure.
 */
describe('candidate search privacy, over random settings', () => {
  const visibilities = ['public', 'applied', 'private'] as const;
  const seekers: (SignedIn & { name: string; resume: number })[] = [];
  const enterprises: Enterprise[] = [];
  const names = ['欧阳娜娜', '王小二', '赵敏', '钱多多', 'Alice Wang'];

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) enterprises.push(await enterpriseWithRecruiter(t, true));
    for (const [i, name] of names.entries()) {
      const s = await buildUser(t.app, { displayName: `账号${i}` });
      const resume = await createResume(t, s, { realName: name, skills: ['隐私属性测试'] }, 'public');
      seekers.push({ ...s, name, resume });
    }
  });

  const n = names.length;
  const settings = fc.record({
    visibility: fc.array(fc.constantFrom(...visibilities), { minLength: n, maxLength: n }),
    blocks: fc.array(fc.subarray([0, 1, 2]), { minLength: n, maxLength: n }),
    disclosures: fc.array(fc.subarray([0, 1, 2]), { minLength: n, maxLength: n }),
    account: fc.array(fc.constantFrom('active', 'active', 'restricted', 'cancelled'), { minLength: n, maxLength: n }),
  });

  it('returns exactly what the enterprise may see, masked until disclosure', async () => {
    await fc.assert(
      fc.asyncProperty(settings, async (s) => {
        await sql`update disclosures set revoked_at = now() where revoked_at is null`.execute(t.db);
        await sql`delete from resume_blocks`.execute(t.db);
        for (const [i, seeker] of seekers.entries()) {
          // Visibility goes through the API, as the seeker sets it; the rest as their actions would leave it.
          await sql`update users set status = 'active', restricted_at = null where id = ${seeker.userId}`.execute(t.db);
          const v = await t.app.inject({
            method: 'PUT',
            url: `/api/resumes/${seeker.resume}/visibility`,
            payload: { visibility: s.visibility[i] },
            ...authed(seeker),
          });
          expect(v.statusCode, v.body).toBe(200);
          const state = s.account[i];
          await sql`update users set status = ${state === 'cancelled' ? 'cancelled' : 'active'}, restricted_at = ${state === 'restricted' ? new Date() : null} where id = ${seeker.userId}`.execute(
            t.db,
          );
          for (const e of s.blocks[i] ?? [])
            await sql`insert into resume_blocks (seeker_id, enterprise_id) values (${seeker.userId}, ${enterprises[e]?.id})`.execute(t.db);
          for (const e of s.disclosures[i] ?? []) await disclose(t, seeker, enterprises[e]?.id as number, seeker.resume);
        }
        for (const [ei, e] of enterprises.entries()) {
          const may = (i: number) => {
            if (s.account[i] !== 'active' || s.visibility[i] === 'private' || s.blocks[i]?.includes(ei)) return false;
            return s.visibility[i] === 'public' || Boolean(s.disclosures[i]?.includes(ei));
          };
          const res = await search(e, `q=${encodeURIComponent('隐私属性测试')}`);
          expect(res.statusCode, res.body).toBe(200);
          const items = res.json().items as { resumeId: number; displayName: string; phone: string; disclosed: boolean }[];
          const want = seekers.filter((_, i) => may(i)).map((sk) => sk.resume);
          expect(items.map((c) => c.resumeId).sort()).toEqual(want.sort());
          // The rules hold in the query itself, not only in the cards made after it.
          const found = await findCandidates(
            t.db,
            { enterpriseId: e.id, verified: true },
            { query: parseQuery('隐私属性测试'), filters: {}, after: null, limit: 50, now: new Date() },
          );
          expect(found.ids.sort()).toEqual(want.sort());
          for (const [i, sk] of seekers.entries()) {
            if (s.disclosures[i]?.includes(ei)) continue;
            expect(res.body).not.toContain(sk.name);
            expect(res.body).not.toContain(sk.phone);
          }
        }
      }),
      { numRuns: 10 },
    );
  }, 240_000);
});
