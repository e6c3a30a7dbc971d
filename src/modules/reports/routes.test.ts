import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { authed, buildOperator, buildUser, expectRefused, type SignedIn } from '../../test/factories.js';
import { insertEnterprises } from '../enterprises/index.js';
import { insertJobs } from '../jobs/index.js';

let t: TestApp;
let operator: SignedIn;
let seeker: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  operator = await buildOperator(t);
  seeker = await buildUser(t.app, { displayName: '举报人甲' });
});
afterAll(async () => {
  await t?.close();
});

let serial = 0;
async function enterprise(name?: string) {
  serial += 1;
  const [row] = await insertEnterprises(t.db, [
    { name: name ?? `举报测试有限公司${serial}`, city: '杭州', industry: '互联网', size: '20-99人', description: '测试', verified: true },
  ]);
  return row as { id: number; name: string };
}

async function openJob(enterpriseId: number, title = '后端开发工程师') {
  await insertJobs(t.db, [
    {
      enterprise_id: enterpriseId,
      title,
      category: 'tech',
      position: 'tech.backend',
      city: '杭州',
      district: null,
      salary_min: 10,
      salary_max: 20,
      salary_months: 13,
      experience: 'any',
      education: 'any',
      job_type: 'full_time',
      headcount: 1,
      tags: [],
      description: '负责后端开发',
      requirements: '熟悉 TypeScript',
      published_at: new Date(),
    },
  ]);
  const row = await t.db.selectFrom('jobs').select('id').where('enterprise_id', '=', enterpriseId).orderBy('id', 'desc').executeTakeFirstOrThrow();
  return row.id;
}

const report = (user: SignedIn | null, payload: Record<string, unknown>): InjectOptions => ({
  method: 'POST',
  url: '/api/reports',
  payload,
  ...(user ? authed(user) : {}),
});

const jobReport = (jobId: number, over: Record<string, unknown> = {}) => ({
  target: 'job',
  targetId: jobId,
  reason: 'fraud',
  description: '面试要求先交 500 元培训费',
  ...over,
});

async function publicJobIds() {
  const res = await t.app.inject({ method: 'GET', url: '/api/jobs?limit=50' });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: number }[]).map((j) => j.id);
}

const myReports = async (user: SignedIn) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/me/reports', ...authed(user) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { id: string; status: string; outcome: string | null; description: string; target: { kind: string; id: number; name: string } }[];
};

describe('every report endpoint needs the right signed-in user', () => {
  const uuid = '00000000-0000-4000-8000-000000000000';
  it.each<[string, string, Record<string, unknown> | undefined]>([
    ['POST', '/api/reports', jobReport(1)],
    ['GET', '/api/me/reports', undefined],
    ['GET', `/api/me/reports/${uuid}`, undefined],
    ['GET', '/api/admin/reports', undefined],
    ['GET', `/api/admin/reports/${uuid}`, undefined],
    ['POST', `/api/admin/reports/${uuid}/decision`, { decision: 'dismiss', outcome: '不成立' }],
  ])('%s %s refuses a visitor', async (method, url, payload) => {
    await expectRefused(t, { method: method as InjectOptions['method'], url, ...(payload ? { payload } : {}) }, 'UNAUTHENTICATED');
  });

  it('operators cannot file reports, and seekers or recruiters cannot open the queue or decide', async () => {
    const e = await enterprise();
    const jobId = await openJob(e.id);
    await expectRefused(t, report(operator, jobReport(jobId)), 'FORBIDDEN');
    const recruiter = await buildUser(t.app, { role: 'recruiter' });
    for (const user of [seeker, recruiter]) {
      await expectRefused(t, { method: 'GET', url: '/api/admin/reports', ...authed(user) }, 'FORBIDDEN');
      await expectRefused(
        t,
        {
          method: 'POST',
          url: '/api/admin/reports/00000000-0000-4000-8000-000000000000/decision',
          payload: { decision: 'uphold', outcome: 'x' },
          ...authed(user),
        },
        'FORBIDDEN',
      );
    }
  });

  it('the enterprise standing is public', async () => {
    const e = await enterprise();
    const res = await t.app.inject({ method: 'GET', url: `/api/enterprises/${e.id}/standing` });
    expect(res.json()).toEqual({ enterpriseId: e.id, flagged: false, reason: null, flaggedAt: null });
  });
});

describe('filing a report', () => {
  it('stores a report on a job, shown to its author; HTML stays text', async () => {
    const e = await enterprise();
    const jobId = await openJob(e.id, '销售代表');
    const text = '<script>alert(1)</script> 要求交押金 & 办培训贷';
    const res = await t.app.inject(report(seeker, jobReport(jobId, { description: `  ${text}  ` })));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'open', reason: 'fraud', description: text, outcome: null, target: { kind: 'job', id: jobId, name: '销售代表' } });
    expect(body.target.enterprise).toEqual({ id: e.id, name: e.name });
    const stored = await t.db.selectFrom('reports').select(['description', 'reporter_id']).where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ description: text, reporter_id: seeker.userId });
    const one = await t.app.inject({ method: 'GET', url: `/api/me/reports/${body.id}`, ...authed(seeker) });
    expect(one.json().id).toBe(body.id);
  });

  it('reports an enterprise', async () => {
    const e = await enterprise();
    const res = await t.app.inject(report(seeker, { target: 'enterprise', targetId: e.id, reason: 'false_information', description: '公司地址不存在' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().target).toMatchObject({ kind: 'enterprise', id: e.id, name: e.name });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown reason', { reason: 'spam' }, 'VALIDATION_FAILED'],
    ['an empty description', { description: '' }, 'VALIDATION_FAILED'],
    ['a description of spaces', { description: '   ' }, 'VALIDATION_FAILED'],
    ['an over-long description', { description: '长'.repeat(1001) }, 'VALIDATION_FAILED'],
    ['an unknown target kind', { target: 'resume' }, 'VALIDATION_FAILED'],
    ['an unknown job', { targetId: 999999 }, 'REPORT_TARGET_NOT_FOUND'],
    ['a non-integer id', { targetId: '12' }, 'VALIDATION_FAILED'],
    ['an extra field', { reporterName: '张三' }, 'UNKNOWN_FIELD'],
  ])('refuses %s and writes nothing', async (_label, over, code) => {
    const e = await enterprise();
    const jobId = await openJob(e.id);
    await expectRefused(t, report(seeker, jobReport(jobId, over)), code);
  });

  it('refuses an unknown enterprise and a draft job', async () => {
    await expectRefused(t, report(seeker, { target: 'enterprise', targetId: 999999, reason: 'other', description: '不存在' }), 'REPORT_TARGET_NOT_FOUND');
    const e = await enterprise();
    const jobId = await openJob(e.id);
    await t.db.updateTable('jobs').set({ status: 'draft' }).where('id', '=', jobId).execute();
    await expectRefused(t, report(seeker, jobReport(jobId)), 'REPORT_TARGET_NOT_FOUND');
  });

  it('keeps one open report per person and target', async () => {
    const e = await enterprise();
    const jobId = await openJob(e.id);
    const me = await buildUser(t.app);
    expect((await t.app.inject(report(me, jobReport(jobId)))).statusCode).toBe(200);
    await expectRefused(t, report(me, jobReport(jobId, { reason: 'other', description: '再报一次' })), 'REPORT_ALREADY_OPEN');
  });

  it('does not let a recruiter report their own enterprise', async () => {
    const recruiter = await buildUser(t.app, { role: 'recruiter' });
    const { creditCodeCheckCharacter } = await import('../enterprises/credit-code.js');
    const first17 = '91330106MA2B00001';
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/enterprises',
      payload: {
        name: '自家科技有限公司',
        creditCode: first17 + creditCodeCheckCharacter(first17),
        industry: '互联网',
        size: '20-99人',
        city: '杭州',
        address: '',
        introduction: '',
      },
      ...authed(recruiter),
    });
    expect(created.statusCode, created.body).toBe(200);
    await expectRefused(
      t,
      report(recruiter, { target: 'enterprise', targetId: created.json().id, reason: 'other', description: '自己举报自己' }),
      'REPORT_OWN_ENTERPRISE',
    );
  });

  it('refuses a 21st report within a day', async () => {
    const busy = await buildUser(t.app);
    const e = await enterprise();
    const jobId = await openJob(e.id);
    const rows = Array.from({ length: 20 }, () => ({
      reporter_id: busy.userId,
      target: 'enterprise' as const,
      enterprise_id: e.id,
      reason: 'other' as const,
      description: '此前的举报',
      status: 'dismissed' as const,
    }));
    await t.db.insertInto('reports').values(rows).execute();
    await expectRefused(t, report(busy, jobReport(jobId)), 'REPORT_DAILY_LIMIT');
    await t.db
      .updateTable('reports')
      .set({ created_at: new Date(Date.now() - 2 * 86_400_000) })
      .where('reporter_id', '=', busy.userId)
      .execute();
    expect((await t.app.inject(report(busy, jobReport(jobId)))).statusCode).toBe(200);
  });

  it("answers REPORT_NOT_FOUND for another person's report", async () => {
    const e = await enterprise();
    const jobId = await openJob(e.id);
    const mine = (await t.app.inject(report(seeker, jobReport(jobId)))).json();
    const other = await buildUser(t.app);
    const res = await t.app.inject({ method: 'GET', url: `/api/me/reports/${mine.id}`, ...authed(other) });
    expect(res.json().error.code).toBe('REPORT_NOT_FOUND');
    expect((await myReports(other)).map((r) => r.id)).not.toContain(mine.id);
  });
});

describe('a job reported by three people', () => {
  it('leaves the public list at the third open report, and is held for review', async () => {
    const e = await enterprise();
    const jobId = await openJob(e.id, '高薪日结');
    const people = [await buildUser(t.app), await buildUser(t.app), await buildUser(t.app)];
    expect(await publicJobIds()).toContain(jobId);
    for (const [i, p] of people.entries()) {
      const res = await t.app.inject(report(p, jobReport(jobId, { description: `第 ${i + 1} 个举报` })));
      expect(res.statusCode, res.body).toBe(200);
      const listed = (await publicJobIds()).includes(jobId);
      expect(listed, `after ${i + 1} reports`).toBe(i < 2);
    }
    const job = await t.db.selectFrom('jobs').select(['status', 'flags']).where('id', '=', jobId).executeTakeFirstOrThrow();
    expect(job.status).toBe('pending');
    expect(job.flags).toContain('reports');
  });
});

describe('the operator queue', () => {
  it('shows open reports without the reporter; opening one reads the description through the door', async () => {
    const e = await enterprise();
    const jobId = await openJob(e.id);
    const author = await buildUser(t.app, { displayName: '不应出现' });
    const filed = (await t.app.inject(report(author, jobReport(jobId, { reason: 'discrimination', description: '只招 25 岁以下男性' })))).json();
    const queue = await t.app.inject({ method: 'GET', url: '/api/admin/reports?status=open&limit=100', ...authed(operator) });
    expect(queue.statusCode, queue.body).toBe(200);
    const item = queue.json().items.find((r: { id: string }) => r.id === filed.id);
    expect(item).toMatchObject({ reason: 'discrimination', status: 'open', openReportsOnTarget: 1, target: { kind: 'job', id: jobId } });
    expect(queue.body).not.toContain(author.userId);
    expect(queue.body).not.toContain('只招 25 岁以下男性');
    expect(queue.json().counts.open).toBeGreaterThan(0);

    const opened = await t.app.inject({ method: 'GET', url: `/api/admin/reports/${filed.id}`, ...authed(operator) });
    expect(opened.json()).toMatchObject({ id: filed.id, description: '只招 25 岁以下男性' });
    expect(opened.body).not.toContain(author.userId);
    const audit = await sql<{ actor_id: string; subject_id: string; purpose: string }>`
      select actor_id, subject_id, purpose from audit_log where subject_id = ${author.userId} and purpose = 'legal.report_handling'`.execute(t.db);
    expect(audit.rows).toEqual([{ actor_id: operator.userId, subject_id: author.userId, purpose: 'legal.report_handling' }]);
  });

  it('refuses a bad status filter, a bad id and an unknown report', async () => {
    await expectRefused(t, { method: 'GET', url: '/api/admin/reports?status=closed', ...authed(operator) }, 'VALIDATION_FAILED');
    await expectRefused(t, { method: 'GET', url: '/api/admin/reports/not-a-uuid', ...authed(operator) }, 'VALIDATION_FAILED');
    await expectRefused(t, { method: 'GET', url: '/api/admin/reports/00000000-0000-4000-8000-000000000000', ...authed(operator) }, 'REPORT_NOT_FOUND');
  });

  it('upholding takes the job down and every reporter of it sees the outcome', async () => {
    const e = await enterprise();
    const jobId = await openJob(e.id, '兼职刷单');
    const [a, b] = [await buildUser(t.app), await buildUser(t.app)];
    const ra = (await t.app.inject(report(a, jobReport(jobId)))).json();
    await t.app.inject(report(b, jobReport(jobId, { reason: 'other' })));
    const url = `/api/admin/reports/${ra.id}/decision`;
    await expectRefused(t, { method: 'POST', url, payload: { decision: 'uphold', outcome: '   ' }, ...authed(operator) }, 'VALIDATION_FAILED');
    await expectRefused(t, { method: 'POST', url, payload: { decision: 'close', outcome: '已下架' }, ...authed(operator) }, 'VALIDATION_FAILED');
    await expectRefused(t, { method: 'POST', url, payload: { decision: 'uphold', outcome: 'x'.repeat(1001) }, ...authed(operator) }, 'VALIDATION_FAILED');
    const res = await t.app.inject({ method: 'POST', url, payload: { decision: 'uphold', outcome: '经核实存在收费行为，职位已下架。' }, ...authed(operator) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'upheld', decidedReports: 2 });
    expect(await publicJobIds()).not.toContain(jobId);
    for (const user of [a, b]) {
      const mine = (await myReports(user)).find((r) => r.target.id === jobId);
      expect(mine).toMatchObject({ status: 'upheld', outcome: '经核实存在收费行为，职位已下架。' });
    }
    await expectRefused(t, { method: 'POST', url, payload: { decision: 'dismiss', outcome: '改判' }, ...authed(operator) }, 'REPORT_ALREADY_DECIDED');
    // Decided: the same person may report the job again.
    expect((await t.app.inject(report(a, jobReport(jobId, { description: '又出现了' })))).statusCode).toBe(200);
  });

  it('upholding a report on an enterprise flags it publicly; dismissing changes nothing', async () => {
    const e = await enterprise();
    const r = (await t.app.inject(report(seeker, { target: 'enterprise', targetId: e.id, reason: 'fraud', description: '冒用他人执照' }))).json();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/admin/reports/${r.id}/decision`,
      payload: { decision: 'uphold', outcome: '已标记该企业' },
      ...authed(operator),
    });
    expect(res.statusCode, res.body).toBe(200);
    const standing = await t.app.inject({ method: 'GET', url: `/api/enterprises/${e.id}/standing` });
    expect(standing.json()).toMatchObject({ flagged: true, reason: 'fraud' });

    const other = await enterprise();
    const jobId = await openJob(other.id);
    const d = (await t.app.inject(report(seeker, jobReport(jobId)))).json();
    const dismissed = await t.app.inject({
      method: 'POST',
      url: `/api/admin/reports/${d.id}/decision`,
      payload: { decision: 'dismiss', outcome: '未发现问题' },
      ...authed(operator),
    });
    expect(dismissed.json().status).toBe('dismissed');
    expect(await publicJobIds()).toContain(jobId);
    expect((await t.app.inject({ method: 'GET', url: `/api/enterprises/${other.id}/standing` })).json().flagged).toBe(false);
    const decidedQueue = await t.app.inject({ method: 'GET', url: '/api/admin/reports?status=dismissed', ...authed(operator) });
    expect(decidedQueue.json().items.map((i: { id: string }) => i.id)).toContain(d.id);
  });
});
