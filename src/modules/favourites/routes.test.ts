import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../privacy/rights/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { rowCounts } from '../../test/db.js';
import { authed, buildOperator, buildUser, expectRefused, type SignedIn } from '../../test/factories.js';
import { creditCodeCheckCharacter } from '../enterprises/credit-code.js';
import { insertEnterprises } from '../enterprises/index.js';
import { insertJobs } from '../jobs/index.js';

let t: TestApp;
let operator: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  operator = await buildOperator(t);
});
afterAll(async () => {
  await t?.close();
});

let serial = 0;
async function enterprise() {
  serial += 1;
  const [row] = await insertEnterprises(t.db, [
    { name: `收藏测试有限公司${serial}`, city: '成都', industry: '互联网', size: '100-499人', description: '测试', verified: true },
  ]);
  return row as { id: number; name: string };
}

async function openJob(enterpriseId: number, title = '前端开发工程师') {
  await insertJobs(t.db, [
    {
      enterprise_id: enterpriseId,
      title,
      category: 'tech',
      position: 'tech.frontend',
      city: '成都',
      district: null,
      salary_min: 12,
      salary_max: 18,
      salary_months: 13,
      experience: 'any',
      education: 'any',
      job_type: 'full_time',
      headcount: 2,
      tags: [],
      description: '负责前端开发',
      requirements: '熟悉 React',
      published_at: new Date(),
    },
  ]);
  return (await t.db.selectFrom('jobs').select('id').where('enterprise_id', '=', enterpriseId).orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
}

/** A recruiter with a verified enterprise of their own, created through the API. */
async function recruiterWithEnterprise() {
  serial += 1;
  const recruiter = await buildUser(t.app, { role: 'recruiter' });
  const first17 = `91510100MA6C${String(serial).padStart(4, '0')}X`;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/enterprises',
    payload: {
      name: `人才收藏科技有限公司${serial}`,
      creditCode: first17 + creditCodeCheckCharacter(first17),
      industry: '互联网',
      size: '20-99人',
      city: '成都',
      address: '',
      introduction: '',
    },
    ...authed(recruiter),
  });
  expect(res.statusCode, res.body).toBe(200);
  const enterpriseId = res.json().id as number;
  await t.db.updateTable('enterprises').set({ verified: true }).where('id', '=', enterpriseId).execute();
  return { recruiter, enterpriseId };
}

/** A seeker with one public resume. */
async function seekerWithPublicResume(displayName = '王小明') {
  const seeker = await buildUser(t.app, { displayName });
  const created = await t.app.inject({ method: 'POST', url: '/api/resumes', payload: { title: '前端简历' }, ...authed(seeker) });
  expect(created.statusCode, created.body).toBe(200);
  const resumeId = created.json().id as number;
  await setVisibility(seeker, resumeId, 'public');
  return { seeker, resumeId };
}

async function setVisibility(seeker: SignedIn, resumeId: number, visibility: 'public' | 'private' | 'applied') {
  const res = await t.app.inject({ method: 'PUT', url: `/api/resumes/${resumeId}/visibility`, payload: { visibility }, ...authed(seeker) });
  expect(res.statusCode, res.body).toBe(200);
}

const put = (user: SignedIn | null, kind: string, id: number | string): InjectOptions => ({
  method: 'PUT',
  url: `/api/me/favourites/${kind}/${id}`,
  ...(user ? authed(user) : {}),
});

async function mine(user: SignedIn) {
  const res = await t.app.inject({ method: 'GET', url: '/api/me/favourites', ...authed(user) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { jobs: { id: number; title: string; status: string; enterprise: { name: string } }[]; enterprises: { id: number; name: string }[] };
}

async function savedCandidates(user: SignedIn) {
  const res = await t.app.inject({ method: 'GET', url: '/api/workspace/saved-candidates', ...authed(user) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { resumeId: number; displayName: string; phone: string; disclosed: boolean }[];
}

describe('every favourites endpoint needs the right signed-in user', () => {
  it.each<[string, string]>([
    ['GET', '/api/me/favourites'],
    ['GET', '/api/me/favourites/job/1'],
    ['PUT', '/api/me/favourites/job/1'],
    ['DELETE', '/api/me/favourites/job/1'],
    ['GET', '/api/workspace/saved-candidates'],
  ])('%s %s refuses a visitor', async (method, url) => {
    await expectRefused(t, { method: method as InjectOptions['method'], url }, 'UNAUTHENTICATED');
  });

  it('seekers save jobs and enterprises only; recruiters candidates only; operators nothing', async () => {
    const seeker = await buildUser(t.app);
    const { recruiter } = await recruiterWithEnterprise();
    const e = await enterprise();
    const jobId = await openJob(e.id);
    await expectRefused(t, put(seeker, 'candidate', 1), 'FAVOURITE_KIND_NOT_ALLOWED');
    await expectRefused(t, put(recruiter, 'job', jobId), 'FAVOURITE_KIND_NOT_ALLOWED');
    await expectRefused(t, put(recruiter, 'enterprise', e.id), 'FAVOURITE_KIND_NOT_ALLOWED');
    await expectRefused(t, put(operator, 'job', jobId), 'FORBIDDEN');
    await expectRefused(t, { method: 'GET', url: '/api/me/favourites', ...authed(recruiter) }, 'FORBIDDEN');
    await expectRefused(t, { method: 'GET', url: '/api/workspace/saved-candidates', ...authed(seeker) }, 'FORBIDDEN');
  });

  it.each<[string, string, number | string, string]>([
    ['an unknown kind', 'resume', 1, 'VALIDATION_FAILED'],
    ['a non-numeric id', 'job', 'abc', 'VALIDATION_FAILED'],
    ['a zero id', 'job', 0, 'VALIDATION_FAILED'],
    ['an unknown job', 'job', 999999, 'FAVOURITE_TARGET_NOT_FOUND'],
    ['an unknown enterprise', 'enterprise', 999999, 'FAVOURITE_TARGET_NOT_FOUND'],
  ])('refuses %s and writes nothing', async (_label, kind, id, code) => {
    const seeker = await buildUser(t.app);
    await expectRefused(t, put(seeker, kind, id), code);
  });
});

describe("a seeker's favourites", () => {
  it('saves a job and an enterprise, lists them with the job status, and removes them', async () => {
    const seeker = await buildUser(t.app);
    const e = await enterprise();
    const jobId = await openJob(e.id, '产品经理');
    const saved = await t.app.inject(put(seeker, 'job', jobId));
    expect(saved.json()).toEqual({ kind: 'job', id: jobId, saved: true });
    // Saving twice keeps one row.
    const before = await rowCounts(t.db);
    expect((await t.app.inject(put(seeker, 'job', jobId))).statusCode).toBe(200);
    expect(await rowCounts(t.db)).toEqual(before);
    expect((await t.app.inject(put(seeker, 'enterprise', e.id))).statusCode).toBe(200);

    const state = await t.app.inject({ method: 'GET', url: `/api/me/favourites/job/${jobId}`, ...authed(seeker) });
    expect(state.json().saved).toBe(true);
    let list = await mine(seeker);
    expect(list.jobs).toEqual([
      expect.objectContaining({ id: jobId, title: '产品经理', status: 'open', enterprise: expect.objectContaining({ name: e.name }) }),
    ]);
    expect(list.enterprises.map((x) => x.id)).toEqual([e.id]);

    // A job closed since stays in the list with its status.
    await t.db.updateTable('jobs').set({ status: 'closed' }).where('id', '=', jobId).execute();
    expect((await mine(seeker)).jobs[0]?.status).toBe('closed');
    // Another person sees none of it.
    const other = await buildUser(t.app);
    expect(await mine(other)).toEqual({ jobs: [], enterprises: [] });

    const removed = await t.app.inject({ method: 'DELETE', url: `/api/me/favourites/job/${jobId}`, ...authed(seeker) });
    expect(removed.json().saved).toBe(false);
    list = await mine(seeker);
    expect(list.jobs).toEqual([]);
  });

  it('cannot save a job that is not open', async () => {
    const seeker = await buildUser(t.app);
    const e = await enterprise();
    const jobId = await openJob(e.id);
    await t.db.updateTable('jobs').set({ status: 'closed' }).where('id', '=', jobId).execute();
    await expectRefused(t, put(seeker, 'job', jobId), 'FAVOURITE_TARGET_NOT_FOUND');
  });
});

describe("a recruiter's saved candidates", () => {
  it('cannot save a resume the enterprise may not see', async () => {
    const { recruiter } = await recruiterWithEnterprise();
    const { seeker, resumeId } = await seekerWithPublicResume();
    await setVisibility(seeker, resumeId, 'private');
    await expectRefused(t, put(recruiter, 'candidate', resumeId), 'FAVOURITE_TARGET_NOT_FOUND');
    await expectRefused(t, put(recruiter, 'candidate', 999999), 'FAVOURITE_TARGET_NOT_FOUND');
    const loner = await buildUser(t.app, { role: 'recruiter' });
    await setVisibility(seeker, resumeId, 'public');
    await expectRefused(t, put(loner, 'candidate', resumeId), 'NOT_IN_ENTERPRISE');
  });

  it('lists a saved candidate masked, and drops it when the resume turns private or the seeker blocks the enterprise', async () => {
    const { recruiter, enterpriseId } = await recruiterWithEnterprise();
    const { seeker, resumeId } = await seekerWithPublicResume('李雷');
    expect((await t.app.inject(put(recruiter, 'candidate', resumeId))).statusCode).toBe(200);
    const [card] = await savedCandidates(recruiter);
    expect(card).toMatchObject({ resumeId, disclosed: false });
    expect(card?.displayName).not.toContain('雷');
    expect(card?.phone).not.toBe(seeker.phone);
    expect(JSON.stringify(card)).not.toContain(seeker.phone);

    await setVisibility(seeker, resumeId, 'private');
    expect(await savedCandidates(recruiter)).toEqual([]);
    await setVisibility(seeker, resumeId, 'public');
    expect((await savedCandidates(recruiter)).map((c) => c.resumeId)).toEqual([resumeId]);

    const blocked = await t.app.inject({ method: 'POST', url: '/api/me/blocked-enterprises', payload: { enterpriseId }, ...authed(seeker) });
    expect(blocked.statusCode, blocked.body).toBe(200);
    expect(await savedCandidates(recruiter)).toEqual([]);
    // The recruiter can still take it off their list.
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/me/favourites/candidate/${resumeId}`, ...authed(recruiter) });
    expect(removed.json().saved).toBe(false);
  });
});

describe('export and erasure', () => {
  it("a person's favourites and reports are in their export, and nobody else's", async () => {
    const me = await buildUser(t.app);
    const other = await buildUser(t.app);
    const e = await enterprise();
    const jobId = await openJob(e.id);
    await t.app.inject(put(me, 'job', jobId));
    await t.app.inject(put(me, 'enterprise', e.id));
    await t.app.inject(put(other, 'enterprise', e.id));
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: { target: 'job', targetId: jobId, reason: 'fraud', description: '导出测试的举报说明' },
      ...authed(me),
    });
    expect(filed.statusCode, filed.body).toBe(200);

    const res = await t.app.inject({ method: 'POST', url: '/api/privacy/exports', ...authed(me) });
    expect(res.statusCode, res.body).toBe(200);
    const doc = res.json().export as ExportDocument;
    const favs = doc.modules.favourites?.favourites;
    expect(favs?.rows).toHaveLength(2);
    expect(favs?.rows.map((r) => r.job_id ?? r.enterprise_id).sort()).toEqual([jobId, e.id].sort());
    expect(favs?.columns.job_id).toMatchObject({ pi: true, category: 'behaviour.favourites' });
    const reports = doc.modules.reports?.reports;
    expect(reports?.rows).toEqual([expect.objectContaining({ job_id: jobId, reason: 'fraud', description: '导出测试的举报说明', outcome: null })]);
    expect(JSON.stringify(doc)).not.toContain(other.userId);
  });

  it('erasure deletes favourites and empties the words and target of reports, keeping the handled record', async () => {
    const me = await buildUser(t.app);
    const e = await enterprise();
    const jobId = await openJob(e.id);
    await t.app.inject(put(me, 'job', jobId));
    const filed = (
      await t.app.inject({
        method: 'POST',
        url: '/api/reports',
        payload: { target: 'enterprise', targetId: e.id, reason: 'harassment', description: '注销前的举报说明' },
        ...authed(me),
      })
    ).json();
    await t.services.rights.eraseSubject(t.db, me.userId);
    expect(await t.db.selectFrom('favourites').select('id').where('user_id', '=', me.userId).execute()).toEqual([]);
    const row = await t.db
      .selectFrom('reports')
      .select(['job_id', 'enterprise_id', 'reason', 'description', 'outcome', 'status'])
      .where('id', '=', filed.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ job_id: null, enterprise_id: null, reason: null, description: null, outcome: null, status: 'open' });
  });
});
