import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetention } from '../../privacy/retention/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { rowCounts } from '../../test/db.js';
import { authed, buildUser, expectRefused as refused, type SignedIn } from '../../test/factories.js';
import { applicationsInventory } from './data.js';

const DAILY_LIMIT = 3;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ contactRequestsPerDay: DAILY_LIMIT });
});
afterAll(async () => {
  await t?.close();
});

const expectRefused = (req: InjectOptions, code: string) => refused(t, req, code);

let serial = 0;
/** A unified social credit code with a valid GB 32100 check character. */
function creditCode(): string {
  serial += 1;
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const first17 = `91310115${String(serial + (process.pid % 1000) * 1000).padStart(9, '0')}`.slice(0, 17);
  const sum = [...first17].reduce((s, ch, i) => s + alphabet.indexOf(ch) * (weights[i] as number), 0);
  return first17 + alphabet[(31 - (sum % 31)) % 31];
}

async function ok(req: InjectOptions) {
  const res = await t.app.inject(req);
  expect(res.statusCode, `${req.method} ${req.url}: ${res.body}`).toBe(200);
  return res.json();
}

interface Employer {
  id: number;
  recruiter: SignedIn;
  jobId: number;
}

/** A recruiter with an enterprise (verified as an operator would, unless told otherwise) and one open job. */
async function employer(verified = true): Promise<Employer> {
  const recruiter = await buildUser(t.app, { role: 'recruiter', displayName: '王招聘' });
  serial += 1;
  const e = await ok({
    method: 'POST',
    url: '/api/enterprises',
    payload: {
      name: `投递测试企业${serial}-${process.pid}`,
      creditCode: creditCode(),
      industry: '互联网',
      size: '20-99人',
      city: '上海',
      address: '',
      introduction: '',
    },
    ...authed(recruiter),
  });
  if (verified) await sql`update enterprises set verified = true where id = ${e.id}`.execute(t.db);
  const jobId = await postJob(recruiter);
  return { id: e.id, recruiter, jobId };
}

async function postJob(recruiter: SignedIn, title = '后端开发工程师') {
  const job = await ok({
    method: 'POST',
    url: '/api/workspace/jobs',
    payload: {
      title,
      position: 'tech.backend',
      city: '上海',
      salaryMin: 20,
      salaryMax: 35,
      salaryMonths: 13,
      experience: 'any',
      education: 'bachelor',
      jobType: 'full_time',
      headcount: 2,
      tags: ['insurance'],
      description: '负责交易系统的服务端开发。',
      submit: true,
    },
    ...authed(recruiter),
  });
  return job.id as number;
}

const resumeBody = (realName: string) => ({
  title: '后端简历',
  realName,
  gender: 'female',
  birthDate: '1995-03-02',
  city: '上海',
  educationLevel: 'bachelor',
  yearsOfWork: 5,
  jobStatus: 'looking',
  introduction: '五年后端开发经验。',
  intentions: { positions: ['tech.backend'], cities: ['上海'], jobTypes: ['full_time'], salaryMin: 20000, salaryMax: 30000 },
  education: [{ school: '复旦大学', major: '计算机科学', degree: 'bachelor', start: '2013-09', end: '2017-06' }],
  experience: [{ company: '某科技公司', title: '后端工程师', start: '2017-07', end: null, monthlySalary: null, description: '订单系统', internship: false }],
  projects: [],
  skills: ['Go'],
  certificates: [],
});

interface Seeker extends SignedIn {
  resumeId: number;
}

/** A seeker with one saved resume of the given visibility. */
async function seeker(opts: { visibility?: 'public' | 'applied' | 'private'; contact?: boolean; name?: string } = {}): Promise<Seeker> {
  const user = await buildUser(t.app, { displayName: opts.name ?? '李晓雨' });
  const created = await ok({ method: 'POST', url: '/api/resumes', payload: { title: '我的简历' }, ...authed(user) });
  await ok({ method: 'PUT', url: `/api/resumes/${created.id}`, payload: resumeBody(opts.name ?? '李晓雨'), ...authed(user) });
  await ok({ method: 'PUT', url: `/api/resumes/${created.id}/visibility`, payload: { visibility: opts.visibility ?? 'applied' }, ...authed(user) });
  if (opts.contact) {
    await ok({
      method: 'POST',
      url: '/api/privacy/consents',
      payload: { purpose: 'recruiter_contact', decision: 'granted', screen: 'privacy_centre' },
      ...authed(user),
    });
  }
  return { ...user, resumeId: created.id as number };
}

const apply = (s: Seeker, jobId: number, resumeId = s.resumeId): InjectOptions => ({
  method: 'POST',
  url: '/api/applications',
  payload: { jobId, resumeId },
  ...authed(s),
});

async function applied(s: Seeker, jobId: number) {
  return (await ok(apply(s, jobId))) as { id: number; status: string };
}

const pipeline = async (r: SignedIn, query = '') => ok({ method: 'GET', url: `/api/workspace/applications${query}`, ...authed(r) });
const myApplications = async (s: SignedIn) => (await ok({ method: 'GET', url: '/api/me/applications', ...authed(s) })).items;
const move = (r: SignedIn, ids: number[], status: string): InjectOptions => ({
  method: 'POST',
  url: '/api/workspace/applications/status',
  payload: { ids, status },
  ...authed(r),
});

const inOneHour = () => new Date(Date.now() + 3_600_000).toISOString();
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
const invite = (r: SignedIn, applicationId: number, over: Record<string, unknown> = {}): InjectOptions => ({
  method: 'POST',
  url: `/api/workspace/applications/${applicationId}/interviews`,
  payload: { scheduledAt: inDays(2), mode: 'onsite', location: '上海市浦东新区世纪大道 100 号 12 楼', contactPerson: '王经理', note: '请带上作品集', ...over },
  ...authed(r),
});

const auditActions = (subjectId: string) =>
  sql<{ action: string; purpose: string; enterprise_id: number | null }>`
    select action, purpose, enterprise_id from audit_log where subject_id = ${subjectId} order by seq`
    .execute(t.db)
    .then((r) => r.rows);

function delta(before: Record<string, number>, after: Record<string, number>) {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) if (v !== before[k]) out[k] = v - (before[k] ?? 0);
  return out;
}

describe('every applications endpoint needs a signed-in user', () => {
  it.each<[string, string, Record<string, unknown> | undefined]>([
    ['POST', '/api/applications', { jobId: 1, resumeId: 1 }],
    ['GET', '/api/me/applications', undefined],
    ['POST', '/api/me/applications/1/withdraw', undefined],
    ['GET', '/api/me/interviews', undefined],
    ['POST', '/api/me/interviews/1/answer', { answer: 'accept' }],
    ['GET', '/api/me/contact-requests', undefined],
    ['POST', '/api/me/contact-requests/1/answer', { answer: 'accept' }],
    ['POST', '/api/me/contact-requests/1/revoke', undefined],
    ['GET', '/api/workspace/applications', undefined],
    ['GET', '/api/workspace/applications/1', undefined],
    ['POST', '/api/workspace/applications/status', { ids: [1], status: 'viewed' }],
    ['POST', '/api/workspace/applications/1/interviews', { scheduledAt: inDays(1), mode: 'onsite', location: 'x', contactPerson: 'y' }],
    ['GET', '/api/workspace/interviews', undefined],
    ['POST', '/api/workspace/interviews/1', { action: 'cancel' }],
    ['GET', '/api/workspace/contact-requests', undefined],
    ['GET', '/api/workspace/contact-requests/eligibility?resumeId=1', undefined],
    ['POST', '/api/workspace/contact-requests', { resumeId: 1, jobId: 1, message: '你好' }],
  ])('%s %s', async (method, url, payload) => {
    await expectRefused({ method: method as InjectOptions['method'], url, ...(payload ? { payload } : {}) }, 'UNAUTHENTICATED');
  });
});

describe('roles', () => {
  it('keeps recruiters out of the seeker routes and seekers out of the workspace', async () => {
    const e = await employer();
    const s = await seeker();
    const r = e.recruiter;
    await expectRefused({ method: 'POST', url: '/api/applications', payload: { jobId: e.jobId, resumeId: s.resumeId }, ...authed(r) }, 'FORBIDDEN');
    await expectRefused({ method: 'GET', url: '/api/me/applications', ...authed(r) }, 'FORBIDDEN');
    await expectRefused({ method: 'GET', url: '/api/me/interviews', ...authed(r) }, 'FORBIDDEN');
    await expectRefused({ method: 'GET', url: '/api/me/contact-requests', ...authed(r) }, 'FORBIDDEN');
    await expectRefused({ method: 'GET', url: '/api/workspace/applications', ...authed(s) }, 'FORBIDDEN');
    await expectRefused({ method: 'GET', url: '/api/workspace/interviews', ...authed(s) }, 'FORBIDDEN');
    await expectRefused(move(s, [1], 'viewed'), 'FORBIDDEN');
    await expectRefused(
      { method: 'POST', url: '/api/workspace/contact-requests', payload: { resumeId: 1, jobId: 1, message: 'x' }, ...authed(s) },
      'FORBIDDEN',
    );
  });

  it('asks a recruiter without an enterprise to join one first', async () => {
    const loner = await buildUser(t.app, { role: 'recruiter' });
    await expectRefused({ method: 'GET', url: '/api/workspace/applications', ...authed(loner) }, 'NOT_IN_ENTERPRISE');
  });

  it('refuses a write without the CSRF token', async () => {
    const e = await employer();
    const s = await seeker();
    await expectRefused({ ...apply(s, e.jobId), ...authed(s, false) }, 'CSRF_INVALID');
  });
});

describe('applying', () => {
  it('creates the application, records exactly one disclosure and one audit entry, and shows it to the seeker', async () => {
    const e = await employer();
    const s = await seeker();
    const before = await rowCounts(t.db);
    const app = await applied(s, e.jobId);
    expect(app).toMatchObject({ status: 'new', job: { id: e.jobId, title: '后端开发工程师', open: true }, enterprise: { id: e.id }, resumeId: s.resumeId });
    expect(delta(before, await rowCounts(t.db))).toEqual({ applications: 1, application_events: 1, disclosures: 1, audit_log: 1 });
    const audit = await auditActions(s.userId);
    expect(audit.filter((a) => a.action === 'disclose_by_application')).toEqual([
      { action: 'disclose_by_application', purpose: 'recruiting.disclosure', enterprise_id: e.id },
    ]);
    expect(await t.services.disclosures.isDisclosed(t.db, s.userId, e.id)).toBe(true);
    const mine = await myApplications(s);
    expect(mine).toHaveLength(1);
    expect(mine[0].events).toEqual([expect.objectContaining({ status: 'new', from: null, by: 'seeker' })]);
    const disclosures = await ok({ method: 'GET', url: '/api/me/disclosures', ...authed(s) });
    expect(disclosures.items).toEqual([expect.objectContaining({ via: 'application', resumeId: s.resumeId, revokedAt: null })]);
  });

  it('refuses a second application to the same job', async () => {
    const e = await employer();
    const s = await seeker();
    await applied(s, e.jobId);
    await expectRefused(apply(s, e.jobId), 'ALREADY_APPLIED');
  });

  it('refuses an unknown resume and somebody else’s resume', async () => {
    const e = await employer();
    const s = await seeker();
    const other = await seeker();
    await expectRefused(apply(s, e.jobId, 99_999_999), 'APPLY_RESUME_NOT_FOUND');
    await expectRefused(apply(s, e.jobId, other.resumeId), 'APPLY_RESUME_NOT_FOUND');
  });

  it('refuses a private resume, which the enterprise could not see', async () => {
    const e = await employer();
    const s = await seeker({ visibility: 'private' });
    const res = await expectRefused(apply(s, e.jobId), 'APPLY_RESUME_PRIVATE');
    expect(res.json().error.message).toContain('仅自己可见');
  });

  it('refuses an unknown or closed job', async () => {
    const e = await employer();
    const s = await seeker();
    await expectRefused(apply(s, 99_999_999), 'JOB_NOT_FOUND');
    await ok({ method: 'POST', url: `/api/workspace/jobs/${e.jobId}/close`, ...authed(e.recruiter) });
    await expectRefused(apply(s, e.jobId), 'JOB_NOT_FOUND');
  });

  it('refuses to apply to an enterprise the seeker blocked, and says so', async () => {
    const e = await employer();
    const s = await seeker();
    await ok({ method: 'POST', url: '/api/me/blocked-enterprises', payload: { enterpriseId: e.id }, ...authed(s) });
    const res = await expectRefused(apply(s, e.jobId), 'APPLY_ENTERPRISE_BLOCKED');
    expect(res.json().error.message).toContain('屏蔽');
  });

  it.each([
    ['an unknown field', { jobId: 1, resumeId: 1, coverLetter: 'hi' }, 'UNKNOWN_FIELD'],
    ['a string id', { jobId: '1', resumeId: 1 }, 'VALIDATION_FAILED'],
    ['a missing resume', { jobId: 1 }, 'VALIDATION_FAILED'],
    ['a zero id', { jobId: 0, resumeId: 1 }, 'VALIDATION_FAILED'],
  ])('refuses %s', async (_name, payload, code) => {
    const s = await seeker();
    await expectRefused({ method: 'POST', url: '/api/applications', payload, ...authed(s) }, code);
  });
});

describe('the recruiter pipeline', () => {
  let e: Employer;
  let s: Seeker;
  let appId: number;
  beforeAll(async () => {
    e = await employer();
    s = await seeker({ name: '赵明月' });
    appId = (await applied(s, e.jobId)).id;
  });

  it('lists the application with the real name and number, and counts by status', async () => {
    const p = await pipeline(e.recruiter);
    const item = p.items.find((i: { id: number }) => i.id === appId);
    expect(item.candidate).toMatchObject({ visible: true, disclosed: true, name: '赵明月', phone: s.phone });
    expect(p.counts.new).toBeGreaterThanOrEqual(1);
    expect(p.jobs).toEqual([expect.objectContaining({ id: e.jobId, applications: 1 })]);
    const filtered = await pipeline(e.recruiter, `?jobId=${e.jobId}&status=new`);
    expect(filtered.items.map((i: { id: number }) => i.id)).toEqual([appId]);
  });

  it('is invisible to another enterprise’s recruiter', async () => {
    const other = await employer();
    expect((await pipeline(other.recruiter)).items).toEqual([]);
    await expectRefused({ method: 'GET', url: `/api/workspace/applications/${appId}`, ...authed(other.recruiter) }, 'APPLICATION_NOT_FOUND');
    await expectRefused(move(other.recruiter, [appId], 'viewed'), 'APPLICATION_NOT_FOUND');
    await expectRefused(invite(other.recruiter, appId), 'APPLICATION_NOT_FOUND');
  });

  it('marks the application viewed when a recruiter first opens it, audited, and the seeker sees it', async () => {
    const before = await rowCounts(t.db);
    const detail = await ok({ method: 'GET', url: `/api/workspace/applications/${appId}`, ...authed(e.recruiter) });
    expect(detail.status).toBe('viewed');
    expect(detail.candidate).toMatchObject({ name: '赵明月', phone: s.phone });
    expect(detail.events.map((ev: { status: string }) => ev.status)).toEqual(['new', 'viewed']);
    const d = delta(before, await rowCounts(t.db));
    expect(d.application_events).toBe(1);
    expect(d.audit_log).toBeGreaterThanOrEqual(1);
    const audit = await auditActions(s.userId);
    expect(audit.some((a) => a.purpose === 'recruiting.application' && a.enterprise_id === e.id)).toBe(true);
    // a second opening changes nothing in the timeline
    await ok({ method: 'GET', url: `/api/workspace/applications/${appId}`, ...authed(e.recruiter) });
    const [mine] = await myApplications(s);
    expect(mine.status).toBe('viewed');
    expect(mine.events.map((ev: { status: string; by: string }) => `${ev.by}:${ev.status}`)).toEqual(['seeker:new', 'recruiter:viewed']);
  });

  it('refuses a status jump, and a bulk change with one bad item moves none', async () => {
    const fresh = await seeker();
    const freshId = (await applied(fresh, e.jobId)).id;
    await expectRefused(move(e.recruiter, [freshId], 'offer'), 'STATUS_CHANGE_NOT_ALLOWED');
    const res = await expectRefused(move(e.recruiter, [appId, freshId], 'offer'), 'STATUS_CHANGE_NOT_ALLOWED');
    expect(res.json().error.details.ids).toEqual([freshId]);
    await expectRefused(move(e.recruiter, [appId, 99_999_999], 'offer'), 'APPLICATION_NOT_FOUND');
  });

  it.each([
    ['an empty list', { ids: [], status: 'viewed' }, 'VALIDATION_FAILED'],
    ['an unknown status', { ids: [1], status: 'hired' }, 'VALIDATION_FAILED'],
    ['withdrawn', { ids: [1], status: 'withdrawn' }, 'VALIDATION_FAILED'],
    ['an unknown field', { ids: [1], status: 'viewed', all: true }, 'UNKNOWN_FIELD'],
  ])('refuses a bulk change with %s', async (_name, payload, code) => {
    await expectRefused({ method: 'POST', url: '/api/workspace/applications/status', payload, ...authed(e.recruiter) }, code);
  });

  it('moves several applications at once and records an event for each', async () => {
    const a = await seeker();
    const b = await seeker();
    const ids = [(await applied(a, e.jobId)).id, (await applied(b, e.jobId)).id];
    const before = await rowCounts(t.db);
    expect(await ok(move(e.recruiter, ids, 'not_suitable'))).toEqual({ ok: true, moved: 2 });
    expect(delta(before, await rowCounts(t.db))).toEqual({ application_events: 2 });
    const [mine] = await myApplications(a);
    expect(mine.status).toBe('not_suitable');
    expect(mine.events.at(-1)).toMatchObject({ status: 'not_suitable', from: 'new', by: 'recruiter' });
    // decided: no way back
    await expectRefused(move(e.recruiter, ids, 'interview'), 'STATUS_CHANGE_NOT_ALLOWED');
  });

  it('refuses bad pipeline queries', async () => {
    await expectRefused({ method: 'GET', url: '/api/workspace/applications?status=withdrawn', ...authed(e.recruiter) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'GET', url: '/api/workspace/applications?limit=1000', ...authed(e.recruiter) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'GET', url: '/api/workspace/applications?owner=me', ...authed(e.recruiter) }, 'UNKNOWN_FIELD');
  });
});

describe('withdrawing', () => {
  it('takes the application out of the pipeline and ends the disclosure', async () => {
    const e = await employer();
    const s = await seeker({ name: '孙悦' });
    const app = await applied(s, e.jobId);
    await ok(invite(e.recruiter, app.id));
    const other = await seeker();
    await expectRefused({ method: 'POST', url: `/api/me/applications/${app.id}/withdraw`, ...authed(other) }, 'APPLICATION_NOT_FOUND');
    const withdrawn = await ok({ method: 'POST', url: `/api/me/applications/${app.id}/withdraw`, ...authed(s) });
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.interviews.map((i: { status: string }) => i.status)).toEqual(['cancelled']);
    expect(await t.services.disclosures.isDisclosed(t.db, s.userId, e.id)).toBe(false);
    expect((await auditActions(s.userId)).at(-1)).toMatchObject({ action: 'revoke_disclosure', enterprise_id: e.id });
    expect((await pipeline(e.recruiter)).items).toEqual([]);
    await expectRefused({ method: 'GET', url: `/api/workspace/applications/${app.id}`, ...authed(e.recruiter) }, 'APPLICATION_NOT_FOUND');
    await expectRefused({ method: 'POST', url: `/api/me/applications/${app.id}/withdraw`, ...authed(s) }, 'STATUS_CHANGE_NOT_ALLOWED');
    await expectRefused({ method: 'POST', url: `/api/me/applications/${app.id}/withdraw`, payload: { reason: 'x' }, ...authed(s) }, 'UNKNOWN_FIELD');
  });
});

describe('interviews', () => {
  let e: Employer;
  let s: Seeker;
  let appId: number;
  beforeAll(async () => {
    e = await employer();
    s = await seeker({ name: '周子涵' });
    appId = (await applied(s, e.jobId)).id;
  });

  it.each([
    ['a time in the past', { scheduledAt: new Date(Date.now() - 3_600_000).toISOString() }, 'INTERVIEW_TIME_PAST'],
    ['a malformed time', { scheduledAt: 'tomorrow' }, 'VALIDATION_FAILED'],
    ['an online interview without a link', { mode: 'online', location: '腾讯会议' }, 'INTERVIEW_LINK_INVALID'],
    ['a script link', { mode: 'online', location: 'javascript:alert(1)' }, 'INTERVIEW_LINK_INVALID'],
    ['a blank contact person', { contactPerson: '   ' }, 'VALIDATION_FAILED'],
    ['an unknown mode', { mode: 'phone' }, 'VALIDATION_FAILED'],
    ['an unknown field', { salary: 1 }, 'UNKNOWN_FIELD'],
  ])('refuses an invitation with %s', async (_name, over, code) => {
    await expectRefused(invite(e.recruiter, appId, over), code);
  });

  it('invites, moves the application to interview, and refuses a second open invitation', async () => {
    const before = await rowCounts(t.db);
    const i = await ok(invite(e.recruiter, appId, { mode: 'online', location: 'https://meeting.example.cn/j/123' }));
    expect(i).toMatchObject({ status: 'invited', mode: 'online', location: 'https://meeting.example.cn/j/123', contactPerson: '王经理' });
    expect(delta(before, await rowCounts(t.db))).toEqual({ interviews: 1, application_events: 1 });
    const [mine] = await myApplications(s);
    expect(mine.status).toBe('interview');
    await expectRefused(invite(e.recruiter, appId), 'INTERVIEW_OPEN');
  });

  it('lets the seeker propose another time, and the recruiter take it', async () => {
    const { items } = await ok({ method: 'GET', url: '/api/me/interviews', ...authed(s) });
    expect(items).toHaveLength(1);
    const id = items[0].id as number;
    expect(items[0]).toMatchObject({ job: { id: e.jobId }, enterprise: { id: e.id } });
    const answer = (who: SignedIn, payload: Record<string, unknown>): InjectOptions => ({
      method: 'POST',
      url: `/api/me/interviews/${id}/answer`,
      payload,
      ...authed(who),
    });
    await expectRefused(answer(s, { answer: 'propose' }), 'INTERVIEW_PROPOSAL_REQUIRED');
    await expectRefused(answer(s, { answer: 'propose', proposedAt: new Date(Date.now() - 60_000 * 10).toISOString() }), 'INTERVIEW_TIME_PAST');
    await expectRefused(answer(s, { answer: 'accept', proposedAt: inDays(3) }), 'VALIDATION_FAILED');
    await expectRefused(answer(s, { answer: 'maybe' }), 'VALIDATION_FAILED');
    const stranger = await seeker();
    await expectRefused(answer(stranger, { answer: 'accept' }), 'INTERVIEW_NOT_FOUND');
    const proposedAt = inDays(3);
    const proposed = await ok(answer(s, { answer: 'propose', proposedAt, note: '周四上午更方便' }));
    expect(proposed).toMatchObject({ status: 'proposed', proposedAt, responseNote: '周四上午更方便' });
    await expectRefused(answer(s, { answer: 'accept' }), 'INTERVIEW_NOT_ANSWERABLE');

    const other = await employer();
    await expectRefused(
      { method: 'POST', url: `/api/workspace/interviews/${id}`, payload: { action: 'accept_proposal' }, ...authed(other.recruiter) },
      'INTERVIEW_NOT_FOUND',
    );
    const taken = await ok({ method: 'POST', url: `/api/workspace/interviews/${id}`, payload: { action: 'accept_proposal' }, ...authed(e.recruiter) });
    expect(taken).toMatchObject({ status: 'accepted', scheduledAt: proposedAt, proposedAt: null });
    await expectRefused(
      { method: 'POST', url: `/api/workspace/interviews/${id}`, payload: { action: 'accept_proposal' }, ...authed(e.recruiter) },
      'INTERVIEW_NOT_ANSWERABLE',
    );
    const list = await ok({ method: 'GET', url: '/api/workspace/interviews', ...authed(e.recruiter) });
    expect(list.items).toEqual([expect.objectContaining({ id, status: 'accepted', candidate: expect.objectContaining({ name: '周子涵' }) })]);
    const cancelled = await ok({ method: 'POST', url: `/api/workspace/interviews/${id}`, payload: { action: 'cancel' }, ...authed(e.recruiter) });
    expect(cancelled.status).toBe('cancelled');
  });

  it('lets the seeker accept or decline a fresh invitation', async () => {
    const first = await ok(invite(e.recruiter, appId, { scheduledAt: inOneHour() }));
    const accepted = await ok({ method: 'POST', url: `/api/me/interviews/${first.id}/answer`, payload: { answer: 'accept' }, ...authed(s) });
    expect(accepted.status).toBe('accepted');
    const second = await ok(invite(e.recruiter, appId));
    const declined = await ok({
      method: 'POST',
      url: `/api/me/interviews/${second.id}/answer`,
      payload: { answer: 'decline', note: '已接受其他机会' },
      ...authed(s),
    });
    expect(declined).toMatchObject({ status: 'declined', responseNote: '已接受其他机会' });
  });

  it('does not invite to a decided application', async () => {
    const a = await seeker();
    const id = (await applied(a, e.jobId)).id;
    await ok(move(e.recruiter, [id], 'not_suitable'));
    await expectRefused(invite(e.recruiter, id), 'STATUS_CHANGE_NOT_ALLOWED');
  });
});

describe('contact requests', () => {
  let e: Employer;
  beforeAll(async () => {
    e = await employer();
  });
  const send = (r: SignedIn, resumeId: number, jobId: number, message = '您好，我们正在招聘后端工程师，想和您聊聊。'): InjectOptions => ({
    method: 'POST',
    url: '/api/workspace/contact-requests',
    payload: { resumeId, jobId, message },
    ...authed(r),
  });
  const eligibility = async (r: SignedIn, resumeId: number) =>
    ok({ method: 'GET', url: `/api/workspace/contact-requests/eligibility?resumeId=${resumeId}`, ...authed(r) });

  it('cannot be sent to a seeker who does not allow recruiter contact', async () => {
    const s = await seeker({ visibility: 'public', contact: false });
    expect((await eligibility(e.recruiter, s.resumeId)).status).toBe('not_accepted');
    const res = await expectRefused(send(e.recruiter, s.resumeId, e.jobId), 'CONTACT_NOT_ACCEPTED');
    expect(res.json().error.message).toContain('投递');
  });

  it('cannot be sent by an unverified enterprise, to a private or blocking seeker, or about another enterprise’s job', async () => {
    const unverified = await employer(false);
    const open = await seeker({ visibility: 'public', contact: true });
    await expectRefused(send(unverified.recruiter, open.resumeId, unverified.jobId), 'CONTACT_ENTERPRISE_UNVERIFIED');
    const hidden = await seeker({ visibility: 'private', contact: true });
    await expectRefused(send(e.recruiter, hidden.resumeId, e.jobId), 'CONTACT_RESUME_NOT_FOUND');
    const blocking = await seeker({ visibility: 'public', contact: true });
    await ok({ method: 'POST', url: '/api/me/blocked-enterprises', payload: { enterpriseId: e.id }, ...authed(blocking) });
    expect((await eligibility(e.recruiter, blocking.resumeId)).status).toBe('not_found');
    await expectRefused(send(e.recruiter, blocking.resumeId, e.jobId), 'CONTACT_RESUME_NOT_FOUND');
    const other = await employer();
    await expectRefused(send(e.recruiter, open.resumeId, other.jobId), 'CONTACT_JOB_INVALID');
    await expectRefused(send(e.recruiter, open.resumeId, e.jobId, '   '), 'VALIDATION_FAILED');
    await expectRefused(send(e.recruiter, open.resumeId, e.jobId, '长'.repeat(301)), 'VALIDATION_FAILED');
  });

  it('shows the contact only after the seeker accepts, and masks it again after revoking', async () => {
    const s = await seeker({ visibility: 'public', contact: true, name: '陈思远' });
    const before = await rowCounts(t.db);
    const sent = await ok(send(e.recruiter, s.resumeId, e.jobId));
    expect(delta(before, await rowCounts(t.db))).toMatchObject({ contact_requests: 1 });
    expect(sent).toMatchObject({ status: 'pending', candidate: { disclosed: false, name: '陈女士' } });
    expect(sent.candidate.phone).not.toBe(s.phone);
    expect(sent.candidate.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(await t.services.disclosures.isDisclosed(t.db, s.userId, e.id)).toBe(false);
    await expectRefused(send(e.recruiter, s.resumeId, e.jobId), 'CONTACT_REQUEST_PENDING');

    const { items } = await ok({ method: 'GET', url: '/api/me/contact-requests', ...authed(s) });
    expect(items).toEqual([
      expect.objectContaining({ id: sent.id, status: 'pending', enterprise: expect.objectContaining({ id: e.id }), message: sent.message }),
    ]);
    const stranger = await seeker();
    await expectRefused(
      { method: 'POST', url: `/api/me/contact-requests/${sent.id}/answer`, payload: { answer: 'accept' }, ...authed(stranger) },
      'CONTACT_REQUEST_NOT_FOUND',
    );
    await expectRefused({ method: 'POST', url: `/api/me/contact-requests/${sent.id}/revoke`, ...authed(s) }, 'CONTACT_REQUEST_CLOSED');

    const beforeAccept = await rowCounts(t.db);
    await ok({ method: 'POST', url: `/api/me/contact-requests/${sent.id}/answer`, payload: { answer: 'accept' }, ...authed(s) });
    expect(delta(beforeAccept, await rowCounts(t.db))).toEqual({ disclosures: 1, audit_log: 1 });
    expect((await auditActions(s.userId)).at(-1)).toMatchObject({ action: 'disclose_by_contact_request', enterprise_id: e.id });
    const afterAccept = await ok({ method: 'GET', url: '/api/workspace/contact-requests', ...authed(e.recruiter) });
    expect(afterAccept.items.find((c: { id: number }) => c.id === sent.id)).toMatchObject({
      status: 'accepted',
      candidate: { disclosed: true, name: '陈思远', phone: s.phone },
    });
    await expectRefused(
      { method: 'POST', url: `/api/me/contact-requests/${sent.id}/answer`, payload: { answer: 'decline' }, ...authed(s) },
      'CONTACT_REQUEST_CLOSED',
    );
    expect((await eligibility(e.recruiter, s.resumeId)).status).toBe('shared');

    await ok({ method: 'POST', url: `/api/me/contact-requests/${sent.id}/revoke`, ...authed(s) });
    expect(await t.services.disclosures.isDisclosed(t.db, s.userId, e.id)).toBe(false);
    const afterRevoke = await ok({ method: 'GET', url: '/api/workspace/contact-requests', ...authed(e.recruiter) });
    const card = afterRevoke.items.find((c: { id: number }) => c.id === sent.id);
    expect(card).toMatchObject({ status: 'revoked', candidate: { disclosed: false, name: '陈女士' } });
    expect(card.candidate.phone).not.toBe(s.phone);
  });

  it('records nothing disclosed when the seeker declines', async () => {
    const s = await seeker({ visibility: 'public', contact: true });
    const sent = await ok(send(e.recruiter, s.resumeId, e.jobId));
    const before = await rowCounts(t.db);
    await ok({ method: 'POST', url: `/api/me/contact-requests/${sent.id}/answer`, payload: { answer: 'decline' }, ...authed(s) });
    expect(delta(before, await rowCounts(t.db))).toEqual({});
    expect(await t.services.disclosures.isDisclosed(t.db, s.userId, e.id)).toBe(false);
    await expectRefused({ method: 'POST', url: `/api/me/contact-requests/${sent.id}/answer`, payload: { answer: 'maybe' }, ...authed(s) }, 'VALIDATION_FAILED');
  });

  it(`allows ${DAILY_LIMIT} requests per recruiter per day`, async () => {
    const busy = await employer();
    const seekers = await Promise.all(Array.from({ length: DAILY_LIMIT + 1 }, () => seeker({ visibility: 'public', contact: true })));
    for (const s of seekers.slice(0, DAILY_LIMIT)) await ok(send(busy.recruiter, s.resumeId, busy.jobId));
    expect((await eligibility(busy.recruiter, (seekers.at(-1) as Seeker).resumeId)).remainingToday).toBe(0);
    await expectRefused(send(busy.recruiter, (seekers.at(-1) as Seeker).resumeId, busy.jobId), 'CONTACT_DAILY_LIMIT');
    // another recruiter of another enterprise is not affected
    await ok(send(e.recruiter, (seekers.at(-1) as Seeker).resumeId, e.jobId));
  });
});

describe('retention', () => {
  it('deletes an application a year after its last change, with its history and interviews, and old contact requests', async () => {
    const e = await employer();
    const s = await seeker();
    const fresh = await seeker();
    const contacted = await seeker({ visibility: 'public', contact: true });
    const stale = await applied(s, e.jobId);
    await ok(invite(e.recruiter, stale.id));
    const kept = await applied(fresh, e.jobId);
    const contact = await ok({
      method: 'POST',
      url: '/api/workspace/contact-requests',
      payload: { resumeId: contacted.resumeId, jobId: e.jobId, message: '您好' },
      ...authed(e.recruiter),
    });
    await sql`update applications set updated_at = now() - interval '366 days' where id = ${stale.id}`.execute(t.db);
    await sql`update contact_requests set updated_at = now() - interval '366 days' where id = ${contact.id}`.execute(t.db);
    const report = await runRetention(t.handle, { tables: applicationsInventory });
    expect(report.status).toBe('done');
    const left = async (table: 'applications' | 'application_events' | 'interviews', column: 'id' | 'application_id', id: number) =>
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(column)} = ${id}`.execute(t.db)).rows[0]?.n;
    expect(await left('applications', 'id', stale.id)).toBe(0);
    expect(await left('application_events', 'application_id', stale.id)).toBe(0);
    expect(await left('interviews', 'application_id', stale.id)).toBe(0);
    expect(await left('applications', 'id', kept.id)).toBe(1);
    const contacts = await sql<{ n: number }>`select count(*)::int as n from contact_requests where id = ${contact.id}`.execute(t.db);
    expect(contacts.rows[0]?.n).toBe(0);
  });
});
