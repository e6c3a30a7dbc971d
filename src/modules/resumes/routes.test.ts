import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { authed, buildUser, expectRefused as refused, type SignedIn } from '../../test/factories.js';
import { filesUnder, type Part, sample } from '../../test/uploads.js';
import { candidateCards, isBlockedBy, ownResume, resumeVisibleToEnterprise } from './index.js';
import { createResume, disclose, type Enterprise, enterpriseWithRecruiter, resumeBody, uploadReq } from './testing.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Refused with the catalogue code, and neither a row nor a file was written. */
async function expectRefused(req: InjectOptions, code: string) {
  const before = filesUnder(t.config.filesDir).length;
  const res = await refused(t, req, code);
  expect(filesUnder(t.config.filesDir), 'files left on disk').toHaveLength(before);
  return res;
}

const seeker = (displayName = '求职者') => buildUser(t.app, { displayName });
const pdf = (data = sample.pdf(), filename = 'resume.pdf'): Part => ({ name: 'file', filename, contentType: 'application/pdf', data });

const auditFor = (subjectId: string) =>
  sql<{ actor_id: string; enterprise_id: number | null; fields: string[]; action: string; purpose: string }>`
    select actor_id, enterprise_id, fields, action, purpose from audit_log where subject_id = ${subjectId} and purpose like 'recruiting.%' order by seq`
    .execute(t.db)
    .then((r) => r.rows);

const open = (recruiter: SignedIn, resumeId: number) => t.app.inject({ method: 'GET', url: `/api/candidates/${resumeId}`, ...authed(recruiter) });
const list = async (recruiter: SignedIn) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/candidates?limit=50', ...authed(recruiter) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { resumeId: number; displayName: string; phone: string; disclosed: boolean }[];
};

describe('every resume endpoint needs a signed-in user', () => {
  it.each<[string, string, unknown]>([
    ['GET', '/api/resumes', undefined],
    ['POST', '/api/resumes', { title: '简历' }],
    ['GET', '/api/resumes/1', undefined],
    ['PUT', '/api/resumes/1', resumeBody()],
    ['DELETE', '/api/resumes/1', undefined],
    ['PUT', '/api/resumes/1/visibility', { visibility: 'public' }],
    ['GET', '/api/resumes/1/preview', undefined],
    ['PUT', '/api/resumes/1/attachment', 'upload'],
    ['DELETE', '/api/resumes/1/attachment', undefined],
    ['GET', '/api/resumes/1/attachment', undefined],
    ['PUT', '/api/resumes/1/avatar', 'upload'],
    ['DELETE', '/api/resumes/1/avatar', undefined],
    ['GET', '/api/resumes/1/avatar', undefined],
    ['GET', '/api/me/blocked-enterprises', undefined],
    ['POST', '/api/me/blocked-enterprises', { enterpriseId: 1 }],
    ['DELETE', '/api/me/blocked-enterprises/1', undefined],
    ['GET', '/api/candidates', undefined],
    ['GET', '/api/candidates/1', undefined],
    ['GET', '/api/candidates/1/attachment', undefined],
    ['GET', '/api/candidates/1/avatar', undefined],
  ])('%s %s', async (method, url, payload) => {
    const req: InjectOptions =
      payload === 'upload'
        ? uploadReq(null, 'PUT', url, [pdf()])
        : { method: method as InjectOptions['method'], url, ...(payload ? { payload: payload as Record<string, unknown> } : {}) };
    await expectRefused(req, 'UNAUTHENTICATED');
  });
});

describe('roles', () => {
  it('refuses seeker routes to recruiters and candidate routes to seekers', async () => {
    const { admin } = await enterpriseWithRecruiter(t, true);
    const me = await seeker();
    const id = await createResume(t, me, {}, 'public');
    await expectRefused({ method: 'GET', url: '/api/resumes', ...authed(admin) }, 'FORBIDDEN');
    await expectRefused({ method: 'POST', url: '/api/resumes', payload: { title: 'x' }, ...authed(admin) }, 'FORBIDDEN');
    await expectRefused({ method: 'PUT', url: `/api/resumes/${id}`, payload: resumeBody(), ...authed(admin) }, 'FORBIDDEN');
    await expectRefused({ method: 'POST', url: '/api/me/blocked-enterprises', payload: { enterpriseId: 1 }, ...authed(admin) }, 'FORBIDDEN');
    await expectRefused({ method: 'GET', url: '/api/candidates', ...authed(me) }, 'FORBIDDEN');
    await expectRefused({ method: 'GET', url: `/api/candidates/${id}`, ...authed(me) }, 'FORBIDDEN');
    await expectRefused({ method: 'GET', url: `/api/candidates/${id}/attachment`, ...authed(me) }, 'FORBIDDEN');
  });

  it('asks a recruiter without an enterprise to create or join one first', async () => {
    const lone = await buildUser(t.app, { role: 'recruiter' });
    await expectRefused({ method: 'GET', url: '/api/candidates', ...authed(lone) }, 'NOT_IN_ENTERPRISE');
  });
});

describe('a seeker builds resumes', () => {
  let me: SignedIn;
  let id: number;
  beforeAll(async () => {
    me = await seeker('张三丰');
  });

  it('starts a resume seen only by enterprises I apply to from the account, saves every section and scores completeness', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/resumes', payload: { title: '  第一份简历 ' }, ...authed(me) });
    expect(created.statusCode, created.body).toBe(200);
    const fresh = created.json();
    id = fresh.id;
    expect(fresh).toMatchObject({ title: '第一份简历', visibility: 'applied', birthDate: '1996-05-20', education: [], hasAvatar: false, attachment: null });
    expect(fresh.completeness.score).toBeLessThan(20);
    expect(fresh.completeness.missing.slice(0, 2)).toEqual(['basics', 'intentions']);

    const saved = await t.app.inject({ method: 'PUT', url: `/api/resumes/${id}`, payload: resumeBody(), ...authed(me) });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      realName: '张三丰',
      intentions: { positions: ['tech.backend'], salaryMin: 20000 },
      skills: ['Go', 'PostgreSQL', 'Kubernetes'],
    });
    expect(saved.json().completeness).toEqual({ score: 95, missing: ['avatar'] });

    const again = await t.app.inject({ method: 'GET', url: `/api/resumes/${id}`, ...authed(me) });
    expect(again.json().experience[0]).toEqual(resumeBody().experience[0]);
    const mine = await t.app.inject({ method: 'GET', url: '/api/resumes', ...authed(me) });
    expect(mine.json().items).toEqual([
      expect.objectContaining({ id, title: '后端开发简历', visibility: 'applied', completeness: { score: 95, missing: ['avatar'] } }),
    ]);
  });

  it('stores markup as the text it is', async () => {
    const introduction = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const res = await t.app.inject({ method: 'PUT', url: `/api/resumes/${id}`, payload: resumeBody({ introduction, title: '<b>粗体</b>' }), ...authed(me) });
    expect(res.json()).toMatchObject({ introduction, title: '<b>粗体</b>' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'education ending before it starts',
      { education: [{ school: '浙大', major: '', degree: 'bachelor', start: '2017-09', end: '2013-06' }] },
      'RESUME_DATES_ORDER',
    ],
    [
      'work ending before it starts',
      { experience: [{ company: 'A', title: 'B', start: '2020-05', end: '2019-01', monthlySalary: null, description: '', internship: false }] },
      'RESUME_DATES_ORDER',
    ],
    [
      'work starting in the future',
      { experience: [{ company: 'A', title: 'B', start: '2999-01', end: null, monthlySalary: null, description: '', internship: false }] },
      'RESUME_DATES_ORDER',
    ],
    ['a project ending before it starts', { projects: [{ name: 'P', role: '', start: '2021-05', end: '2021-01', description: '' }] }, 'RESUME_DATES_ORDER'],
    ['a certificate from the future', { certificates: [{ name: '证书', issuedOn: '2999-01' }] }, 'RESUME_DATES_ORDER'],
    ['salary min above max', { intentions: { positions: [], cities: [], jobTypes: [], salaryMin: 30000, salaryMax: 20000 } }, 'SALARY_RANGE_INVALID'],
    [
      'an unknown position code',
      { intentions: { positions: ['tech.wizard'], cities: [], jobTypes: [], salaryMin: null, salaryMax: null } },
      'POSITION_CODE_UNKNOWN',
    ],
    ['an unknown education level', { educationLevel: 'phd' }, 'EDUCATION_CODE_UNKNOWN'],
    ['an unknown degree', { education: [{ school: '浙大', major: '', degree: 'any', start: '2013-09', end: '2017-06' }] }, 'EDUCATION_CODE_UNKNOWN'],
    ['a month that is not one', { projects: [{ name: 'P', role: '', start: '2021-13', end: null, description: '' }] }, 'VALIDATION_FAILED'],
    ['a title too long', { title: '长'.repeat(41) }, 'VALIDATION_FAILED'],
    ['a blank title', { title: '   ' }, 'VALIDATION_FAILED'],
    ['an introduction too long', { introduction: 'x'.repeat(2001) }, 'VALIDATION_FAILED'],
    ['a negative salary', { intentions: { positions: [], cities: [], jobTypes: [], salaryMin: -1, salaryMax: 10 } }, 'VALIDATION_FAILED'],
    ['an unknown job type', { intentions: { positions: [], cities: [], jobTypes: ['gig'], salaryMin: null, salaryMax: null } }, 'VALIDATION_FAILED'],
    ['a number sent as text', { yearsOfWork: '5' }, 'VALIDATION_FAILED'],
    ['a birth date under 16', { birthDate: '2020-01-01' }, 'SEEKER_TOO_YOUNG'],
    ['an impossible birth date', { birthDate: '1990-02-31' }, 'BIRTH_DATE_INVALID'],
    ['an unknown field', { nickname: '小张' }, 'UNKNOWN_FIELD'],
  ])('refuses %s with the catalogue error and changes nothing', async (_name, over, code) => {
    await expectRefused({ method: 'PUT', url: `/api/resumes/${id}`, payload: { ...resumeBody(), ...over }, ...authed(me) }, code);
  });

  it('refuses bad visibility values and a sixth resume', async () => {
    await expectRefused({ method: 'PUT', url: `/api/resumes/${id}/visibility`, payload: { visibility: 'everyone' }, ...authed(me) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'POST', url: '/api/resumes', payload: { title: '' }, ...authed(me) }, 'VALIDATION_FAILED');
    const other = await seeker();
    for (let i = 0; i < 5; i++) {
      expect((await t.app.inject({ method: 'POST', url: '/api/resumes', payload: { title: `简历${i}` }, ...authed(other) })).statusCode).toBe(200);
    }
    await expectRefused({ method: 'POST', url: '/api/resumes', payload: { title: '第六份' }, ...authed(other) }, 'RESUME_LIMIT');
  });

  it("never shows or changes another seeker's resume", async () => {
    const other = await seeker();
    const body = uploadReq(other, 'PUT', `/api/resumes/${id}/attachment`, [pdf()]);
    for (const req of [
      { method: 'GET', url: `/api/resumes/${id}`, ...authed(other) },
      { method: 'PUT', url: `/api/resumes/${id}`, payload: resumeBody(), ...authed(other) },
      { method: 'DELETE', url: `/api/resumes/${id}`, ...authed(other) },
      { method: 'PUT', url: `/api/resumes/${id}/visibility`, payload: { visibility: 'public' }, ...authed(other) },
      { method: 'GET', url: `/api/resumes/${id}/preview`, ...authed(other) },
      { method: 'GET', url: `/api/resumes/${id}/attachment`, ...authed(other) },
      body,
    ] as InjectOptions[]) {
      await expectRefused(req, 'RESUME_NOT_FOUND');
    }
    expect(await ownResume(t.db, other.userId, id)).toBeNull();
    expect(await ownResume(t.db, me.userId, id)).toEqual({ id, title: '<b>粗体</b>' });
  });

  it('previews the resume as a recruiter sees it: masked name and phone, age instead of birth date', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/resumes/${id}/preview`, ...authed(me) });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({ displayName: '张先生', phone: `${me.phone.slice(0, 3)}****${me.phone.slice(-4)}`, disclosed: false, hasAvatar: false });
    expect(view).not.toHaveProperty('birthDate');
    expect(view.age).toBeGreaterThan(20);
    expect(res.body).not.toContain(me.phone);
    expect(res.body).not.toContain('张三丰');
  });
});

describe('attachments and photos', () => {
  let me: SignedIn;
  let id: number;
  beforeAll(async () => {
    me = await seeker();
    id = await createResume(t, me);
  });

  it('takes a PDF, DOC or DOCX judged by its bytes, replaces the previous one and lets only the owner download it', async () => {
    const before = filesUnder(t.config.filesDir).length;
    const res = await t.app.inject(uploadReq(me, 'PUT', `/api/resumes/${id}/attachment`, [pdf()]));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().attachment).toMatchObject({ kind: 'pdf', sizeBytes: 256 });
    const docx = await t.app.inject(uploadReq(me, 'PUT', `/api/resumes/${id}/attachment`, [pdf(sample.docx(), 'cv.bin')]));
    expect(docx.json().attachment.kind).toBe('docx');
    expect(filesUnder(t.config.filesDir)).toHaveLength(before + 1);
    const doc = await t.app.inject(uploadReq(me, 'PUT', `/api/resumes/${id}/attachment`, [pdf(sample.doc(), 'cv.doc')]));
    expect(doc.json().attachment.kind).toBe('doc');

    const download = await t.app.inject({ method: 'GET', url: `/api/resumes/${id}/attachment`, ...authed(me) });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/msword');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="resume-${id}.doc"`);
    expect(download.rawPayload.equals(sample.doc())).toBe(true);
  });

  it('refuses a PNG named .pdf, a text file and a file over 10 MB, leaving nothing behind', async () => {
    await expectRefused(uploadReq(me, 'PUT', `/api/resumes/${id}/attachment`, [pdf(sample.png(), 'resume.pdf')]), 'FILE_TYPE_NOT_ALLOWED');
    await expectRefused(uploadReq(me, 'PUT', `/api/resumes/${id}/attachment`, [pdf(sample.text(), 'resume.docx')]), 'FILE_TYPE_NOT_ALLOWED');
    await expectRefused(uploadReq(me, 'PUT', `/api/resumes/${id}/attachment`, [pdf(sample.pdf(10 * 1024 * 1024 + 1))]), 'FILE_TOO_LARGE');
    await expectRefused(uploadReq(me, 'PUT', `/api/resumes/${id}/attachment`, []), 'FILE_REQUIRED');
    await expectRefused(uploadReq(me, 'PUT', `/api/resumes/${id}/avatar`, [pdf(sample.pdf(), 'me.png')]), 'FILE_TYPE_NOT_ALLOWED');
    await expectRefused(uploadReq(me, 'PUT', '/api/resumes/999999/attachment', [pdf()]), 'RESUME_NOT_FOUND');
  });

  it('takes a photo and counts it toward completeness', async () => {
    const res = await t.app.inject(uploadReq(me, 'PUT', `/api/resumes/${id}/avatar`, [{ name: 'file', filename: 'me.jpg', data: sample.jpeg() }]));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ hasAvatar: true, completeness: { score: 100, missing: [] } });
  });

  it('deletes the resume with its files, rows and bytes', async () => {
    const before = filesUnder(t.config.filesDir).length;
    const fileIds = await t.db.selectFrom('resumes').select(['avatar_file_id', 'attachment_file_id']).where('id', '=', id).executeTakeFirstOrThrow();
    const res = await t.app.inject({ method: 'DELETE', url: `/api/resumes/${id}`, ...authed(me) });
    expect(res.json()).toEqual({ ok: true });
    expect(filesUnder(t.config.filesDir)).toHaveLength(before - 2);
    const left = await t.db
      .selectFrom('files')
      .select('id')
      .where('id', 'in', [fileIds.avatar_file_id as string, fileIds.attachment_file_id as string])
      .execute();
    expect(left).toEqual([]);
    await expectRefused({ method: 'GET', url: `/api/resumes/${id}`, ...authed(me) }, 'RESUME_NOT_FOUND');
  });
});

describe('who sees a resume', () => {
  let verified: Enterprise;
  let unverified: Enterprise;
  let other: Enterprise;
  let me: SignedIn;
  let pub: number;
  let applied: number;
  let priv: number;

  beforeAll(async () => {
    verified = await enterpriseWithRecruiter(t, true);
    unverified = await enterpriseWithRecruiter(t, false);
    other = await enterpriseWithRecruiter(t, true);
    me = await seeker();
    pub = await createResume(t, me, { realName: '李小红', gender: 'female' }, 'public');
    applied = await createResume(t, me, { realName: '李小红', gender: 'female' }, 'applied');
    priv = await createResume(t, me, { realName: '李小红', gender: 'female' }, 'private');
    await t.app.inject(uploadReq(me, 'PUT', `/api/resumes/${pub}/attachment`, [pdf()]));
  });

  it('shows public resumes to verified enterprises only, masked, and records each opening', async () => {
    const seen = (await list(verified.admin)).filter((c) => [pub, applied, priv].includes(c.resumeId));
    expect(seen).toEqual([
      expect.objectContaining({ resumeId: pub, displayName: '李女士', phone: `${me.phone.slice(0, 3)}****${me.phone.slice(-4)}`, disclosed: false }),
    ]);
    expect((await list(unverified.admin)).map((c) => c.resumeId)).not.toContain(pub);

    const res = await open(verified.admin, pub);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ displayName: '李女士', disclosed: false, attachment: { kind: 'pdf' } });
    expect(res.body).not.toContain(me.phone);
    expect(res.body).not.toContain('李小红');
    expect(await auditFor(me.userId)).toEqual([
      {
        actor_id: verified.admin.userId,
        enterprise_id: verified.id,
        fields: ['name.masked', 'phone.masked', 'resume'],
        action: 'view_resume',
        purpose: 'recruiting.resume_view',
      },
    ]);
    const log = await t.app.inject({ method: 'GET', url: '/api/privacy/access-log', ...authed(me) });
    expect(log.json().entries).toContainEqual(expect.objectContaining({ enterpriseId: verified.id, purpose: 'recruiting.resume_view', action: 'view_resume' }));

    const file = await t.app.inject({ method: 'GET', url: `/api/candidates/${pub}/attachment`, ...authed(verified.admin) });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(sample.pdf())).toBe(true);
    expect((await auditFor(me.userId)).at(-1)).toMatchObject({ action: 'download', fields: ['resumes.attachment_file_id'] });
  });

  it('hides applied and private resumes, and everything from an unverified enterprise, as not found', async () => {
    for (const [who, id] of [
      [verified.admin, applied],
      [verified.admin, priv],
      [unverified.admin, pub],
      [unverified.admin, applied],
    ] as const) {
      await expectRefused({ method: 'GET', url: `/api/candidates/${id}`, ...authed(who) }, 'RESUME_NOT_FOUND');
      await expectRefused({ method: 'GET', url: `/api/candidates/${id}/attachment`, ...authed(who) }, 'RESUME_NOT_FOUND');
    }
    expect(await resumeVisibleToEnterprise(t.db, applied, verified.id)).toBe(false);
    expect(await resumeVisibleToEnterprise(t.db, pub, verified.id)).toBe(true);
  });

  it('after a disclosure shows the applied resume with the real name and phone, audited per person', async () => {
    await disclose(t, me, unverified.id, applied);
    const items = (await list(unverified.admin)).filter((c) => [pub, applied, priv].includes(c.resumeId));
    expect(items.map((c) => c.resumeId).sort()).toEqual([pub, applied].sort());
    expect(items.every((c) => c.displayName === '李小红' && c.phone === me.phone && c.disclosed)).toBe(true);
    const entries = (await auditFor(me.userId)).filter((e) => e.enterprise_id === unverified.id && e.purpose === 'recruiting.candidate_card');
    expect(entries).toEqual([expect.objectContaining({ actor_id: unverified.admin.userId, fields: ['name', 'phone'], action: 'list' })]);

    const res = await open(unverified.admin, applied);
    expect(res.json()).toMatchObject({ displayName: '李小红', phone: me.phone, disclosed: true });
    expect((await auditFor(me.userId)).at(-1)).toMatchObject({ fields: ['name', 'phone', 'resume'] });
    await expectRefused({ method: 'GET', url: `/api/candidates/${priv}`, ...authed(unverified.admin) }, 'RESUME_NOT_FOUND');
  });

  it('gives candidateCards only the visible resumes, and refuses an enterprise the recruiter is not in', async () => {
    const ctx = {
      actor: { userId: unverified.admin.userId, role: 'recruiter' as const, sessionId: '00000000-0000-4000-8000-000000000000' },
      requestId: 'test',
      log: t.app.log,
      db: t.db,
      locale: 'zh-CN' as const,
      ip: '127.0.0.1',
      userAgent: undefined,
    };
    const cards = await candidateCards(ctx, unverified.id, [pub, applied, priv, 999999]);
    expect([...cards.keys()].sort()).toEqual([pub, applied].sort());
    expect(cards.get(applied)).toMatchObject({
      seekerId: me.userId,
      displayName: '李小红',
      phone: me.phone,
      disclosed: true,
      intentions: ['tech.backend'],
      experience: '5-10',
    });
    await expect(candidateCards(ctx, other.id, [pub])).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("once blocked, an enterprise never lists, opens or downloads any of the seeker's resumes, old links included", async () => {
    const blocked = await t.app.inject({ method: 'POST', url: '/api/me/blocked-enterprises', payload: { enterpriseId: unverified.id }, ...authed(me) });
    expect(blocked.statusCode, blocked.body).toBe(200);
    expect(blocked.json().items).toEqual([expect.objectContaining({ enterpriseId: unverified.id })]);
    expect(await isBlockedBy(t.db, me.userId, unverified.id)).toBe(true);
    expect((await list(unverified.admin)).map((c) => c.resumeId)).not.toContain(applied);
    for (const url of [`/api/candidates/${applied}`, `/api/candidates/${pub}`, `/api/candidates/${pub}/attachment`]) {
      await expectRefused({ method: 'GET', url, ...authed(unverified.admin) }, 'RESUME_NOT_FOUND');
    }
    // Blocking twice is harmless; unblocking restores what the rules allow.
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/me/blocked-enterprises', payload: { enterpriseId: unverified.id }, ...authed(me) })).json().items,
    ).toHaveLength(1);
    const unblocked = await t.app.inject({ method: 'DELETE', url: `/api/me/blocked-enterprises/${unverified.id}`, ...authed(me) });
    expect(unblocked.json().items).toEqual([]);
    expect((await open(unverified.admin, applied)).statusCode).toBe(200);
  });

  it('refuses to block an enterprise that does not exist, or to unblock one not blocked', async () => {
    await expectRefused({ method: 'POST', url: '/api/me/blocked-enterprises', payload: { enterpriseId: 999999 }, ...authed(me) }, 'ENTERPRISE_NOT_FOUND');
    await expectRefused({ method: 'POST', url: '/api/me/blocked-enterprises', payload: { enterpriseId: 'x' }, ...authed(me) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'DELETE', url: `/api/me/blocked-enterprises/${other.id}`, ...authed(me) }, 'ENTERPRISE_NOT_FOUND');
  });

  it('never shows the resumes of a restricted or cancelled account', async () => {
    const gone = await seeker();
    const id = await createResume(t, gone, {}, 'public');
    expect((await open(other.admin, id)).statusCode).toBe(200);
    await sql`update users set restricted_at = now() where id = ${gone.userId}`.execute(t.db);
    await expectRefused({ method: 'GET', url: `/api/candidates/${id}`, ...authed(other.admin) }, 'RESUME_NOT_FOUND');
    expect((await list(other.admin)).map((c) => c.resumeId)).not.toContain(id);
    await sql`update users set restricted_at = null, status = 'cancelled' where id = ${gone.userId}`.execute(t.db);
    await expectRefused({ method: 'GET', url: `/api/candidates/${id}`, ...authed(other.admin) }, 'RESUME_NOT_FOUND');
    expect(await resumeVisibleToEnterprise(t.db, id, other.id)).toBe(false);
  });

  it('shows the photo only after disclosure', async () => {
    await t.app.inject(uploadReq(me, 'PUT', `/api/resumes/${pub}/avatar`, [{ name: 'file', filename: 'a.png', data: sample.png() }]));
    await expectRefused({ method: 'GET', url: `/api/candidates/${pub}/avatar`, ...authed(other.admin) }, 'ATTACHMENT_NOT_FOUND');
    expect((await open(other.admin, pub)).json().hasAvatar).toBe(false);
    await disclose(t, me, other.id, pub);
    expect((await open(other.admin, pub)).json().hasAvatar).toBe(true);
    const photo = await t.app.inject({ method: 'GET', url: `/api/candidates/${pub}/avatar`, ...authed(other.admin) });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
  });

  it('pages the candidate list newest first with a cursor', async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await createResume(t, await seeker(), {}, 'public'));
    const first = await t.app.inject({ method: 'GET', url: '/api/candidates?limit=2', ...authed(other.admin) });
    expect(first.json().items.map((c: { resumeId: number }) => c.resumeId)).toEqual([ids[2], ids[1]]);
    const next = await t.app.inject({ method: 'GET', url: `/api/candidates?limit=2&after=${first.json().next}`, ...authed(other.admin) });
    expect(next.json().items[0].resumeId).toBe(ids[0]);
    await expectRefused({ method: 'GET', url: '/api/candidates?after=bm90LWEtY3Vyc29y', ...authed(other.admin) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'GET', url: '/api/candidates?limit=500', ...authed(other.admin) }, 'VALIDATION_FAILED');
  });
});
