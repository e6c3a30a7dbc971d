import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { rowCounts } from '../../test/db.js';
import { authed, buildOperator, buildUser, expectRefused, type SignedIn } from '../../test/factories.js';
import { isValidCreditCode } from '../enterprises/index.js';
import { getJobsForOthers, getOpenJob, holdJobForReview } from './index.js';

let t: TestApp;
let operator: SignedIn;
beforeAll(async () => {
  t = await createTestApp({ jobExpiryDays: 30 });
  operator = await buildOperator(t);
});
afterAll(async () => {
  await t?.close();
});

let serial = 0;
function creditCode(): string {
  serial += 1;
  const first17 = `91330106${String(serial).padStart(8, '0')}Y`;
  for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') if (isValidCreditCode(first17 + c)) return first17 + c;
  throw new Error('no check character');
}

interface Team {
  admin: SignedIn;
  enterpriseId: number;
}

/** A recruiter who registered an enterprise; verified through the operators' decision when asked. */
async function team(verified: boolean): Promise<Team> {
  const admin = await buildUser(t.app, { role: 'recruiter', displayName: '招聘负责人' });
  serial += 1;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/enterprises',
    payload: {
      name: `职位测试有限公司${serial}`,
      creditCode: creditCode(),
      industry: '互联网',
      size: '20-99人',
      city: '杭州',
      address: '滨江区网商路 1 号',
      introduction: '测试',
    },
    ...authed(admin),
  });
  expect(res.statusCode, res.body).toBe(200);
  const enterpriseId = res.json().id as number;
  // The certification flow is the enterprises module's and tested there; its outcome is the flag.
  if (verified) await t.db.updateTable('enterprises').set({ verified: true }).where('id', '=', enterpriseId).execute();
  return { admin, enterpriseId };
}

const jobBody = (over: Record<string, unknown> = {}) => ({
  title: '后端开发工程师',
  position: 'tech.backend',
  city: '杭州',
  district: '滨江区',
  address: '网商路 1 号',
  salaryMin: 15,
  salaryMax: 25,
  salaryMonths: 14,
  experience: '3-5',
  education: 'bachelor',
  jobType: 'full_time',
  headcount: 2,
  tags: ['insurance', 'weekends'],
  description: '负责交易系统的设计与开发。',
  requirements: '熟悉 TypeScript 与 PostgreSQL。',
  ...over,
});

async function post(user: SignedIn, over: Record<string, unknown> = {}) {
  const res = await t.app.inject({ method: 'POST', url: '/api/workspace/jobs', payload: jobBody(over), ...authed(user) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: number; status: string; flags: string[]; reviewNote: string | null; refreshedAt: string | null; expiresAt: string | null };
}

const act = (user: SignedIn, id: number, action: string) => t.app.inject({ method: 'POST', url: `/api/workspace/jobs/${id}/${action}`, ...authed(user) });

async function publicIds(query = 'limit=50'): Promise<number[]> {
  const res = await t.app.inject({ method: 'GET', url: `/api/jobs?${query}` });
  return (res.json().items as { id: number }[]).map((j) => j.id);
}

const isPublic = async (id: number) => (await t.app.inject({ method: 'GET', url: `/api/jobs/${id}` })).statusCode === 200;

async function queueIds(): Promise<number[]> {
  const res = await t.app.inject({ method: 'GET', url: '/api/admin/job-reviews', ...authed(operator) });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().reviews as { job: { id: number } }[]).map((r) => r.job.id);
}

const decide = (id: number, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/admin/job-reviews/${id}`, payload, ...authed(operator) });

describe('posting a job', () => {
  it('opens at once for a verified enterprise, with codes, salary in thousands and an expiry', async () => {
    const { admin, enterpriseId } = await team(true);
    const job = await post(admin, { submit: true });
    expect(job).toMatchObject({ status: 'open', flags: [], category: 'tech', position: 'tech.backend', salaryMin: 15, enterpriseId });
    const days = (new Date(job.expiresAt as string).getTime() - new Date(job.refreshedAt as string).getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(30);
    expect(await publicIds(`enterpriseId=${enterpriseId}`)).toEqual([job.id]);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/jobs/${job.id}` })).json();
    expect(detail).toMatchObject({
      title: '后端开发工程师',
      address: '网商路 1 号',
      tags: ['insurance', 'weekends'],
      enterprise: { id: enterpriseId, verified: true },
    });
    expect(await getOpenJob(t.db, job.id)).toEqual({ id: job.id, title: '后端开发工程师', enterpriseId, city: '杭州' });
  });

  it('keeps a draft out of public view until it is submitted', async () => {
    const { admin } = await team(true);
    const draft = await post(admin);
    expect(draft.status).toBe('draft');
    expect(await isPublic(draft.id)).toBe(false);
    expect(await getOpenJob(t.db, draft.id)).toBeNull();
    const submitted = await act(admin, draft.id, 'submit');
    expect(submitted.json().status).toBe('open');
    expect(await isPublic(draft.id)).toBe(true);
  });

  it("sends an unverified enterprise's job to review; an operator approves it and it goes public", async () => {
    const { admin } = await team(false);
    const job = await post(admin, { submit: true });
    expect(job).toMatchObject({ status: 'pending', flags: [] });
    expect(await isPublic(job.id)).toBe(false);
    expect(await queueIds()).toContain(job.id);
    const approved = await decide(job.id, { decision: 'approve' });
    expect(approved.json()).toMatchObject({ status: 'open', flags: [] });
    expect(await isPublic(job.id)).toBe(true);
    expect(await queueIds()).not.toContain(job.id);
    await expectRefused(
      t,
      { method: 'POST', url: `/api/admin/job-reviews/${job.id}`, payload: { decision: 'approve' }, ...authed(operator) },
      'JOB_REVIEW_CLOSED',
    );
  });

  it('holds a fraud-looking job for review with the matched rules, even for a verified enterprise', async () => {
    const { admin } = await team(true);
    const job = await post(admin, { submit: true, description: '入职前需先交 300 元服装费，另收取押金。' });
    expect(job.status).toBe('pending');
    expect(job.flags).toEqual(expect.arrayContaining(['deposit', 'uniform_fee', 'pay_first']));
    expect(await isPublic(job.id)).toBe(false);
    const review = (await t.app.inject({ method: 'GET', url: '/api/admin/job-reviews', ...authed(operator) }))
      .json()
      .reviews.find((r: { job: { id: number } }) => r.job.id === job.id);
    expect(review.job.flags).toContain('deposit');
  });

  it('shows the recruiter the reason of a rejection, and lets them fix and resubmit', async () => {
    const { admin } = await team(false);
    const job = await post(admin, { submit: true });
    await expectRefused(
      t,
      { method: 'POST', url: `/api/admin/job-reviews/${job.id}`, payload: { decision: 'reject' }, ...authed(operator) },
      'REFUSAL_REASON_REQUIRED',
    );
    const rejected = await decide(job.id, { decision: 'reject', reason: '薪资描述不清楚' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', reviewNote: '薪资描述不清楚' });
    const mine = (await t.app.inject({ method: 'GET', url: '/api/workspace/jobs', ...authed(admin) })).json();
    expect(mine.jobs.find((j: { id: number }) => j.id === job.id)).toMatchObject({ status: 'rejected', reviewNote: '薪资描述不清楚' });
    const fixed = await t.app.inject({
      method: 'PUT',
      url: `/api/workspace/jobs/${job.id}`,
      payload: jobBody({ salaryMin: 16, submit: true }),
      ...authed(admin),
    });
    expect(fixed.json()).toMatchObject({ status: 'pending', salaryMin: 16, reviewNote: null });
  });

  it('stores HTML in the description as text and returns it unchanged', async () => {
    const { admin } = await team(true);
    const text = '<script>alert(1)</script><b>加班少</b>';
    const job = await post(admin, { submit: true, description: text });
    const detail = (await t.app.inject({ method: 'GET', url: `/api/jobs/${job.id}` })).json();
    expect(detail.description).toBe(text);
  });
});

describe('closing, reopening, refreshing and expiry', () => {
  it('closes and reopens a job', async () => {
    const { admin } = await team(true);
    const job = await post(admin, { submit: true });
    expect((await act(admin, job.id, 'close')).json().status).toBe('closed');
    expect(await isPublic(job.id)).toBe(false);
    await expectRefused(t, { method: 'POST', url: `/api/workspace/jobs/${job.id}/close`, ...authed(admin) }, 'JOB_STATE_CONFLICT');
    expect((await act(admin, job.id, 'reopen')).json().status).toBe('open');
    expect(await isPublic(job.id)).toBe(true);
  });

  it('refreshes at most once a day, and a refresh moves the job to the top of the list', async () => {
    const { admin } = await team(true);
    const older = await post(admin, { submit: true, title: '较早的职位' });
    await post(admin, { submit: true, title: '较新的职位' });
    await expectRefused(t, { method: 'POST', url: `/api/workspace/jobs/${older.id}/refresh`, ...authed(admin) }, 'JOB_REFRESH_TOO_SOON');
    await t.db
      .updateTable('jobs')
      .set({ refreshed_at: new Date(Date.now() - 2 * 86_400_000) })
      .where('id', '=', older.id)
      .execute();
    const refreshed = await act(admin, older.id, 'refresh');
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect((await publicIds())[0]).toBe(older.id);
  });

  it('takes an expired job out of public lists at once; the recruiter sees it expired and can reopen it', async () => {
    const { admin, enterpriseId } = await team(true);
    const job = await post(admin, { submit: true });
    await t.db
      .updateTable('jobs')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', job.id)
      .execute();
    expect(await publicIds(`enterpriseId=${enterpriseId}`)).toEqual([]);
    expect(await isPublic(job.id)).toBe(false);
    expect(await getOpenJob(t.db, job.id)).toBeNull();
    const cities = (await t.app.inject({ method: 'GET', url: '/api/cities' })).json().cities as { city: string; jobs: number }[];
    const openInDb = await t.db.selectFrom('jobs').select('id').where('status', '=', 'open').where('expires_at', '>', new Date()).execute();
    expect(cities.reduce((n, c) => n + Number(c.jobs), 0)).toBe(openInDb.length);
    const mine = (await t.app.inject({ method: 'GET', url: '/api/workspace/jobs', ...authed(admin) })).json();
    expect(mine.jobs.find((j: { id: number }) => j.id === job.id).status).toBe('expired');
    expect((await getJobsForOthers(t.db, [job.id])).get(job.id)?.status).toBe('expired');
    expect((await act(admin, job.id, 'reopen')).json().status).toBe('open');
    expect(await isPublic(job.id)).toBe(true);
  });
});

describe('holdJobForReview', () => {
  it('takes a public job out of the lists and into the review queue with the reason as a flag', async () => {
    const { admin, enterpriseId } = await team(true);
    const job = await post(admin, { submit: true });
    await holdJobForReview(t.db, job.id, 'reports');
    expect(await publicIds(`enterpriseId=${enterpriseId}`)).toEqual([]);
    expect(await queueIds()).toContain(job.id);
    const mine = (await t.app.inject({ method: 'GET', url: `/api/workspace/jobs/${job.id}`, ...authed(admin) })).json();
    expect(mine).toMatchObject({ status: 'pending', flags: ['reports'] });
    // an edit does not release it: only an operator does
    const edited = await t.app.inject({ method: 'PUT', url: `/api/workspace/jobs/${job.id}`, payload: jobBody({ title: '改过的标题' }), ...authed(admin) });
    expect(edited.json()).toMatchObject({ status: 'pending', flags: ['reports'] });
    await decide(job.id, { decision: 'approve' });
    expect(await isPublic(job.id)).toBe(true);
  });

  it('names jobs of any status for other modules', async () => {
    const { admin, enterpriseId } = await team(true);
    const draft = await post(admin);
    const open = await post(admin, { submit: true, position: 'product.manager', title: '产品经理' });
    const map = await getJobsForOthers(t.db, [draft.id, open.id, 99999999]);
    expect(map.size).toBe(2);
    expect(map.get(draft.id)).toEqual({ id: draft.id, title: '后端开发工程师', enterpriseId, status: 'draft', city: '杭州', position: 'tech.backend' });
    expect(map.get(open.id)?.status).toBe('open');
  });
});

describe('access rules', () => {
  let owner: Team;
  let other: Team;
  let jobId: number;
  let seeker: SignedIn;
  let loner: SignedIn;
  beforeAll(async () => {
    owner = await team(true);
    other = await team(true);
    jobId = (await post(owner.admin, { submit: true })).id;
    seeker = await buildUser(t.app);
    loner = await buildUser(t.app, { role: 'recruiter' });
  });

  const writes = (): [string, InjectOptions][] => [
    ['create', { method: 'POST', url: '/api/workspace/jobs', payload: jobBody() }],
    ['update', { method: 'PUT', url: `/api/workspace/jobs/${jobId}`, payload: jobBody({ title: '被改' }) }],
    ['close', { method: 'POST', url: `/api/workspace/jobs/${jobId}/close` }],
    ['refresh', { method: 'POST', url: `/api/workspace/jobs/${jobId}/refresh` }],
    ['review', { method: 'POST', url: `/api/admin/job-reviews/${jobId}`, payload: { decision: 'reject', reason: '不行' } }],
  ];

  it('refuses visitors on every recruiter and operator route', async () => {
    for (const [, req] of writes()) await expectRefused(t, req, 'UNAUTHENTICATED');
    await expectRefused(t, { method: 'GET', url: '/api/workspace/jobs' }, 'UNAUTHENTICATED');
    await expectRefused(t, { method: 'GET', url: `/api/workspace/jobs/${jobId}` }, 'UNAUTHENTICATED');
    await expectRefused(t, { method: 'GET', url: '/api/admin/job-reviews' }, 'UNAUTHENTICATED');
  });

  it('refuses a seeker on recruiter routes and a recruiter on the review queue', async () => {
    for (const [name, req] of writes()) if (name !== 'review') await expectRefused(t, { ...req, ...authed(seeker) }, 'FORBIDDEN');
    await expectRefused(t, { method: 'GET', url: '/api/workspace/jobs', ...authed(seeker) }, 'FORBIDDEN');
    await expectRefused(t, { method: 'GET', url: '/api/admin/job-reviews', ...authed(owner.admin) }, 'FORBIDDEN');
    await expectRefused(t, { method: 'POST', url: `/api/admin/job-reviews/${jobId}`, payload: { decision: 'approve' }, ...authed(owner.admin) }, 'FORBIDDEN');
  });

  it("does not let another enterprise's recruiter see or touch my job", async () => {
    for (const [name, req] of writes()) if (name !== 'create' && name !== 'review') await expectRefused(t, { ...req, ...authed(other.admin) }, 'JOB_NOT_FOUND');
    await expectRefused(t, { method: 'GET', url: `/api/workspace/jobs/${jobId}`, ...authed(other.admin) }, 'JOB_NOT_FOUND');
    const theirs = (await t.app.inject({ method: 'GET', url: '/api/workspace/jobs', ...authed(other.admin) })).json();
    expect(theirs.jobs.map((j: { id: number }) => j.id)).not.toContain(jobId);
  });

  it('points a recruiter without an enterprise to the enterprise workspace', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/workspace/jobs', ...authed(loner) });
    expect(res.json()).toEqual({ enterprise: null, jobs: [] });
    await expectRefused(t, { method: 'POST', url: '/api/workspace/jobs', payload: jobBody(), ...authed(loner) }, 'NOT_IN_ENTERPRISE');
  });

  it('refuses a write without the CSRF token', async () => {
    await expectRefused(t, { method: 'POST', url: '/api/workspace/jobs', payload: jobBody(), ...authed(owner.admin, false) }, 'CSRF_INVALID');
  });

  it.each([
    ['salary min above max', { salaryMin: 30, salaryMax: 20 }, 'JOB_SALARY_RANGE_INVALID'],
    ['an unknown position', { position: 'tech.wizard' }, 'JOB_TAXONOMY_UNKNOWN'],
    ['an unknown education code', { education: '本科' }, 'JOB_TAXONOMY_UNKNOWN'],
    ['an unknown welfare tag', { tags: ['insurance', 'free_beer'] }, 'JOB_TAXONOMY_UNKNOWN'],
    ['an empty title', { title: '' }, 'VALIDATION_FAILED'],
    ['a blank title', { title: '   ' }, 'VALIDATION_FAILED'],
    ['a title too long', { title: '长'.repeat(41) }, 'VALIDATION_FAILED'],
    ['salary months below 12', { salaryMonths: 11 }, 'VALIDATION_FAILED'],
    ['salary months above 24', { salaryMonths: 25 }, 'VALIDATION_FAILED'],
    ['a zero headcount', { headcount: 0 }, 'VALIDATION_FAILED'],
    ['an unknown job type', { jobType: 'gig' }, 'VALIDATION_FAILED'],
    ['an unknown field', { status: 'open' }, 'UNKNOWN_FIELD'],
  ])('refuses %s, on create and on update, writing nothing', async (_name, over, code) => {
    await expectRefused(t, { method: 'POST', url: '/api/workspace/jobs', payload: jobBody({ ...over, submit: true }), ...authed(owner.admin) }, code);
    const before = (await t.app.inject({ method: 'GET', url: `/api/workspace/jobs/${jobId}`, ...authed(owner.admin) })).json();
    await expectRefused(t, { method: 'PUT', url: `/api/workspace/jobs/${jobId}`, payload: jobBody(over), ...authed(owner.admin) }, code);
    const after = (await t.app.inject({ method: 'GET', url: `/api/workspace/jobs/${jobId}`, ...authed(owner.admin) })).json();
    expect(after).toEqual(before);
  });

  it('refuses an unknown action and a bad id', async () => {
    await expectRefused(t, { method: 'POST', url: `/api/workspace/jobs/${jobId}/publish`, ...authed(owner.admin) }, 'VALIDATION_FAILED');
    await expectRefused(t, { method: 'GET', url: '/api/workspace/jobs/abc', ...authed(owner.admin) }, 'VALIDATION_FAILED');
    await expectRefused(t, { method: 'POST', url: '/api/admin/job-reviews/1', payload: { decision: 'maybe' }, ...authed(operator) }, 'VALIDATION_FAILED');
  });
});

describe('GET /api/jobs/:id/posting', () => {
  it('returns the schema.org JobPosting of an open job, and nothing for a closed one', async () => {
    const { admin } = await team(true);
    const job = await post(admin, { submit: true, jobType: 'internship' });
    const res = await t.app.inject({ method: 'GET', url: `/api/jobs/${job.id}/posting` });
    expect(res.headers['content-type']).toMatch(/application\/ld\+json/);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.json()).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: '后端开发工程师',
      employmentType: 'INTERN',
      validThrough: job.expiresAt,
      hiringOrganization: { '@type': 'Organization' },
      jobLocation: { address: { addressLocality: '杭州', streetAddress: '网商路 1 号' } },
      baseSalary: { currency: 'CNY', value: { minValue: 15000, maxValue: 25000, unitText: 'MONTH' } },
    });
    await act(admin, job.id, 'close');
    const before = await rowCounts(t.db);
    expect((await t.app.inject({ method: 'GET', url: `/api/jobs/${job.id}/posting` })).json().error.code).toBe('JOB_NOT_FOUND');
    expect(await rowCounts(t.db)).toEqual(before);
  });
});
