import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { authed, buildUser, expectRefused, type SignedIn } from '../../test/factories.js';
import { insertEnterprises } from '../enterprises/index.js';
import { insertJobs } from '../jobs/index.js';
import { createResume, disclose, enterpriseWithRecruiter } from '../resumes/testing.js';

let t: TestApp;
let enterpriseId = 0;
const jobsBy: Record<string, number[]> = {};

const kinds = [
  { key: 'cook', title: '厨师', category: 'service', position: 'service.chef', city: '成都' },
  { key: 'dev', title: 'Java开发工程师', category: 'tech', position: 'tech.backend', city: '杭州' },
  { key: 'driver', title: '货车司机', category: 'logistics', position: 'logistics.driver', city: '武汉' },
];

async function consent(user: SignedIn, decision: 'granted' | 'withdrawn') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/privacy/consents',
    payload: { purpose: 'personalised_recommendation', decision, screen: 'privacy_centre' },
    ...authed(user),
  });
  expect(res.statusCode, res.body).toBe(200);
}

async function recommended(user: SignedIn | null, query = '') {
  const res = await t.app.inject({ method: 'GET', url: `/api/recommendations/jobs${query}`, ...(user ? authed(user, false) : {}) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { personalised: boolean; items: { id: number; title: string; position: string; reason: string }[] };
}

async function view(user: SignedIn, jobId: number) {
  const res = await t.app.inject({ method: 'POST', url: `/api/me/job-views/${jobId}`, ...authed(user) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { recorded: boolean };
}

async function tags(user: SignedIn) {
  const res = await t.app.inject({ method: 'GET', url: '/api/me/interest-tags', ...authed(user, false) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { personalised: boolean; tags: { id: number; kind: string; value: string; label: string }[] };
}

beforeAll(async () => {
  t = await createTestApp();
  const [e] = await insertEnterprises(t.db, [{ name: '推荐测试集团', city: '杭州', industry: '综合', size: '1000人以上', description: '', verified: true }]);
  enterpriseId = (e as { id: number }).id;
  const now = Date.now();
  for (const k of kinds) {
    jobsBy[k.key] = await insertJobs(
      t.db,
      Array.from({ length: 12 }, (_, i) => ({
        enterprise_id: enterpriseId,
        title: `${k.title}${i + 1}`,
        category: k.category,
        position: k.position,
        city: k.city,
        district: null,
        salary_min: 6,
        salary_max: 9,
        salary_months: 12,
        experience: 'any',
        education: 'any',
        job_type: 'full_time' as const,
        headcount: 1,
        tags: [],
        description: `${k.title}岗位`,
        requirements: '',
        published_at: new Date(now - (i * 3 + kinds.indexOf(k)) * 3_600_000),
      })),
    );
  }
});
afterAll(async () => {
  await t?.close();
});

describe('job recommendations', () => {
  it('records nothing and gives everyone the same list while personalisation is off', async () => {
    const cookFan = await buildUser(t.app);
    const devFan = await buildUser(t.app);
    for (const id of jobsBy.cook?.slice(0, 5) ?? []) expect(await view(cookFan, id)).toEqual({ recorded: false });
    for (const id of jobsBy.dev?.slice(0, 5) ?? []) expect(await view(devFan, id)).toEqual({ recorded: false });
    expect((await tags(cookFan)).tags).toEqual([]);
    const a = await recommended(cookFan);
    const b = await recommended(devFan);
    const visitor = await recommended(null);
    expect(a.personalised).toBe(false);
    expect(a.items.length).toBeGreaterThan(0);
    expect(a.items).toEqual(b.items);
    expect(a.items).toEqual(visitor.items);
    expect(await t.db.selectFrom('job_views').select('job_id').execute()).toEqual([]);
  });

  it('personalises from behaviour once on, explains why, and stops on the very next request once off', async () => {
    const cookFan = await buildUser(t.app);
    const devFan = await buildUser(t.app);
    await consent(cookFan, 'granted');
    await consent(devFan, 'granted');
    for (const id of jobsBy.cook?.slice(0, 3) ?? []) expect(await view(cookFan, id)).toEqual({ recorded: true });
    for (const id of jobsBy.dev?.slice(0, 3) ?? []) expect(await view(devFan, id)).toEqual({ recorded: true });
    const a = await recommended(cookFan);
    const b = await recommended(devFan);
    expect(a.personalised).toBe(true);
    expect(a.items[0]?.position).toBe('service.chef');
    expect(b.items[0]?.position).toBe('tech.backend');
    expect(a.items[0]?.reason).toContain('成都');
    expect(a.items).not.toEqual(b.items);

    await consent(cookFan, 'withdrawn');
    await consent(devFan, 'withdrawn');
    const offA = await recommended(cookFan);
    const offB = await recommended(devFan);
    expect(offA.personalised).toBe(false);
    expect(offA.items).toEqual(offB.items);
    expect(offA.items).toEqual((await recommended(null)).items);
  });

  it('shows the interest tags, and deleting one changes the next list', async () => {
    const seeker = await buildUser(t.app);
    await consent(seeker, 'granted');
    for (const id of jobsBy.driver?.slice(0, 4) ?? []) await view(seeker, id);
    for (const id of jobsBy.cook?.slice(0, 2) ?? []) await view(seeker, id);
    const before = await recommended(seeker);
    expect(before.items[0]?.position).toBe('logistics.driver');
    const mine = await tags(seeker);
    expect(mine.tags.map((x) => x.label)).toEqual(expect.arrayContaining(['司机', '武汉', '厨师', '成都']));
    const driving = mine.tags.find((x) => x.kind === 'position' && x.value === 'logistics.driver');
    const wuhan = mine.tags.find((x) => x.kind === 'city' && x.value === '武汉');
    for (const tag of [driving, wuhan]) {
      const res = await t.app.inject({ method: 'DELETE', url: `/api/me/interest-tags/${tag?.id}`, ...authed(seeker) });
      expect(res.statusCode, res.body).toBe(200);
    }
    const after = await recommended(seeker);
    expect(after.items[0]?.position).toBe('service.chef');
    expect(after.items).not.toEqual(before.items);
    // The export holds what remains, the views and the tags; erasure leaves none of it.
    const exported = await t.app.inject({ method: 'POST', url: '/api/privacy/exports', ...authed(seeker) });
    expect(exported.statusCode, exported.body).toBe(200);
    const doc = exported.json().export as { modules: Record<string, Record<string, { rows: Record<string, unknown>[] }>> };
    expect(doc.modules.recommendations?.interest_tags?.rows.map((r) => r.value).sort()).toEqual(['service.chef', '成都']);
    expect(doc.modules.recommendations?.job_views?.rows).toHaveLength(6);
    // Someone else's tag cannot be deleted.
    const other = await buildUser(t.app);
    const cook = mine.tags.find((x) => x.value === 'service.chef');
    await expectRefused(t, { method: 'DELETE', url: `/api/me/interest-tags/${cook?.id}`, ...authed(other) }, 'INTEREST_TAG_NOT_FOUND');
    await t.services.rights.eraseSubject(t.db, seeker.userId);
    expect(await t.db.selectFrom('interest_tags').select('id').where('user_id', '=', seeker.userId).execute()).toEqual([]);
    expect(await t.db.selectFrom('job_views').select('job_id').where('user_id', '=', seeker.userId).execute()).toEqual([]);
  });

  it('learns from applications and saved jobs too, only with personalisation on', async () => {
    const seeker = await buildUser(t.app);
    const saved = jobsBy.driver?.[5] as number;
    await t.app.inject({ method: 'PUT', url: `/api/me/favourites/job/${saved}`, ...authed(seeker) });
    expect((await tags(seeker)).tags).toEqual([]);
    await consent(seeker, 'granted');
    const again = jobsBy.driver?.[6] as number;
    const res = await t.app.inject({ method: 'PUT', url: `/api/me/favourites/job/${again}`, ...authed(seeker) });
    expect(res.statusCode, res.body).toBe(200);
    expect((await tags(seeker)).tags.map((x) => x.value)).toEqual(expect.arrayContaining(['logistics.driver', '武汉']));
  });

  it('needs a session for tags and views, and refuses a view of a job that does not exist', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/me/interest-tags' })).statusCode).toBe(401);
    const seeker = await buildUser(t.app);
    await consent(seeker, 'granted');
    await expectRefused(t, { method: 'POST', url: '/api/me/job-views/99999999', ...authed(seeker) }, 'JOB_NOT_FOUND');
  });
});

describe('candidate recommendations', () => {
  it("lists people who want the job's position, within every privacy rule, masked", async () => {
    const ent = await enterpriseWithRecruiter(t, true);
    const [jobId] = await insertJobs(t.db, [
      {
        enterprise_id: ent.id,
        title: '后端开发工程师',
        category: 'tech',
        position: 'tech.backend',
        city: '杭州',
        district: null,
        salary_min: 20,
        salary_max: 30,
        salary_months: 13,
        experience: 'any',
        education: 'any',
        job_type: 'full_time',
        headcount: 1,
        tags: [],
        description: '后端',
        requirements: '',
        published_at: new Date(),
      },
    ]);
    const open = await buildUser(t.app);
    const hidden = await buildUser(t.app);
    const blocker = await buildUser(t.app);
    const applied = await buildUser(t.app);
    const openResume = await createResume(t, open, {}, 'public');
    await createResume(t, hidden, {}, 'private');
    await createResume(t, blocker, {}, 'public');
    const blocked = await t.app.inject({ method: 'POST', url: '/api/me/blocked-enterprises', payload: { enterpriseId: ent.id }, ...authed(blocker) });
    expect(blocked.statusCode, blocked.body).toBe(200);
    const appliedResume = await createResume(t, applied, {}, 'applied');
    await disclose(t, applied, ent.id, appliedResume);
    const res = await t.app.inject({ method: 'GET', url: `/api/recommendations/candidates?jobId=${jobId}`, ...authed(ent.admin, false) });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { resumeId: number; displayName: string; disclosed: boolean; reason: string }[];
    const ids = items.map((i) => i.resumeId);
    expect(ids).toContain(openResume);
    expect(ids).toContain(appliedResume);
    expect(items.find((i) => i.resumeId === openResume)?.displayName).toBe('张先生');
    expect(items.find((i) => i.resumeId === openResume)?.reason).toContain('杭州');
    const seekers = await t.db.selectFrom('resumes').select(['id', 'user_id']).where('id', 'in', ids).execute();
    expect(seekers.map((s) => s.user_id)).not.toContain(hidden.userId);
    expect(seekers.map((s) => s.user_id)).not.toContain(blocker.userId);
    // Another enterprise's job is not theirs to ask about.
    const other = await enterpriseWithRecruiter(t, true);
    await expectRefused(t, { method: 'GET', url: `/api/recommendations/candidates?jobId=${jobId}`, ...authed(other.admin, false) }, 'JOB_NOT_FOUND');
  });
});
