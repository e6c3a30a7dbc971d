import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../platform/context.js';
import { createLogger } from '../../platform/logger.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { authed, buildUser, type SignedIn } from '../../test/factories.js';
import { sample } from '../../test/uploads.js';
import { createResume, disclose, type Enterprise, enterpriseWithRecruiter, uploadReq } from './testing.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const visibilities = ['public', 'applied', 'private'] as const;
type Vis = (typeof visibilities)[number];

interface Seeker extends SignedIn {
  name: string;
  resumes: number[];
}

const auditCount = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from audit_log where purpose = 'recruiting.resume_view'`.execute(t.db)).rows[0]?.n ?? 0;
const lastAudit = async () =>
  (
    await sql<{ actor_id: string; subject_id: string; enterprise_id: number; action: string }>`
      select actor_id, subject_id, enterprise_id, action from audit_log where purpose = 'recruiting.resume_view' order by seq desc limit 1`.execute(t.db)
  ).rows[0];

/**
 * Property: whatever the visibility of each resume, the blocks, the disclosures and the state of
 * each account, no route gives a recruiter a resume their enterprise may not see, nor an unmasked
 * name or phone without an active disclosure; and every opening leaves exactly one audit entry.
 */
describe('privacy of resumes, over random settings', () => {
  const seekers: Seeker[] = [];
  const enterprises: (Enterprise & { verified: boolean })[] = [];
  const names = ['欧阳娜娜', '王小二', '赵敏', 'Alice Wang'];

  beforeAll(async () => {
    for (const verified of [true, true, false]) enterprises.push({ ...(await enterpriseWithRecruiter(t, verified)), verified });
    for (const [i, name] of names.entries()) {
      const s = await buildUser(t.app, { displayName: `账号${i}` });
      const resumes = [
        await createResume(t, s, { realName: name, gender: i % 2 ? 'male' : 'female' }),
        await createResume(t, s, { realName: name, gender: i % 2 ? 'male' : 'female' }),
      ];
      for (const id of resumes) {
        const up = await t.app.inject(uploadReq(s, 'PUT', `/api/resumes/${id}/attachment`, [{ name: 'file', filename: 'cv.pdf', data: sample.pdf() }]));
        expect(up.statusCode, up.body).toBe(200);
      }
      seekers.push({ ...s, name, resumes });
    }
  });

  const settings = fc.record({
    visibility: fc.array(fc.array(fc.constantFrom(...visibilities), { minLength: 2, maxLength: 2 }), { minLength: 4, maxLength: 4 }),
    blocks: fc.array(fc.subarray([0, 1, 2]), { minLength: 4, maxLength: 4 }),
    disclosures: fc.array(fc.subarray([0, 1, 2]), { minLength: 4, maxLength: 4 }),
    account: fc.array(fc.constantFrom('active', 'active', 'restricted', 'cancelled'), { minLength: 4, maxLength: 4 }),
  });

  it('never leaks a resume, a name or a phone, and audits every opening', async () => {
    await fc.assert(
      fc.asyncProperty(settings, async (s) => {
        // Apply the settings directly, as the seekers' own actions would leave them.
        await sql`update disclosures set revoked_at = now() where revoked_at is null`.execute(t.db);
        await sql`delete from resume_blocks`.execute(t.db);
        for (const [i, seeker] of seekers.entries()) {
          for (const [j, id] of seeker.resumes.entries()) {
            await sql`update resumes set visibility = ${s.visibility[i]?.[j] as Vis} where id = ${id}`.execute(t.db);
          }
          const state = s.account[i];
          await sql`update users set status = ${state === 'cancelled' ? 'cancelled' : 'active'}, restricted_at = ${state === 'restricted' ? new Date() : null} where id = ${seeker.userId}`.execute(
            t.db,
          );
          for (const e of s.blocks[i] ?? [])
            await sql`insert into resume_blocks (seeker_id, enterprise_id) values (${seeker.userId}, ${enterprises[e]?.id})`.execute(t.db);
          for (const e of s.disclosures[i] ?? []) await disclose(t, seeker, enterprises[e]?.id as number, seeker.resumes[0] as number);
        }

        for (const [ei, e] of enterprises.entries()) {
          const expected = (i: number, j: number) => {
            const v = s.visibility[i]?.[j];
            if (s.account[i] !== 'active' || v === 'private' || s.blocks[i]?.includes(ei)) return false;
            return (v === 'public' && e.verified) || Boolean(s.disclosures[i]?.includes(ei));
          };
          const disclosed = (i: number) => Boolean(s.disclosures[i]?.includes(ei));

          const listed = await t.app.inject({ method: 'GET', url: '/api/candidates?limit=50', ...authed(e.admin) });
          expect(listed.statusCode).toBe(200);
          const items = listed.json().items as { resumeId: number; displayName: string; phone: string; disclosed: boolean }[];
          const want = seekers.flatMap((sk, i) => sk.resumes.filter((_, j) => expected(i, j)));
          expect(items.map((c) => c.resumeId).sort()).toEqual(want.sort());

          for (const [i, sk] of seekers.entries()) {
            for (const item of items.filter((c) => sk.resumes.includes(c.resumeId))) {
              expect(item.disclosed).toBe(disclosed(i));
              if (disclosed(i)) expect([item.displayName, item.phone]).toEqual([sk.name, sk.phone]);
            }
            if (!disclosed(i)) {
              expect(listed.body).not.toContain(sk.phone);
              expect(listed.body).not.toContain(sk.name);
            }
            for (const [j, id] of sk.resumes.entries()) {
              const before = await auditCount();
              const opened = await t.app.inject({ method: 'GET', url: `/api/candidates/${id}`, ...authed(e.admin) });
              const file = await t.app.inject({ method: 'GET', url: `/api/candidates/${id}/attachment`, ...authed(e.admin) });
              if (!expected(i, j)) {
                expect(opened.json().error.code).toBe('RESUME_NOT_FOUND');
                expect(file.json().error.code).toBe('RESUME_NOT_FOUND');
                expect(await auditCount()).toBe(before);
                continue;
              }
              expect(opened.statusCode).toBe(200);
              expect(file.statusCode).toBe(200);
              expect(await auditCount()).toBe(before + 2);
              expect(await lastAudit()).toEqual({ actor_id: e.admin.userId, subject_id: sk.userId, enterprise_id: e.id, action: 'download' });
              const view = opened.json();
              expect(view.disclosed).toBe(disclosed(i));
              if (disclosed(i)) {
                expect([view.displayName, view.phone]).toEqual([sk.name, sk.phone]);
              } else {
                expect(opened.body).not.toContain(sk.phone);
                expect(opened.body).not.toContain(sk.name);
                expect(view.phone).toBe(`${sk.phone.slice(0, 3)}****${sk.phone.slice(-4)}`);
              }
            }
          }
        }
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});

describe("a seeker's resumes in the export and after erasure", () => {
  function ctxFor(userId: string): Ctx {
    return {
      actor: { userId, role: 'seeker', sessionId: '00000000-0000-4000-8000-000000000000' },
      requestId: 'test',
      log: createLogger('silent') as unknown as Ctx['log'],
      db: t.db,
      locale: 'zh-CN',
      ip: '127.0.0.1',
      userAgent: undefined,
    };
  }

  it('exports resumes with their entries, attachments and blocks, and erasure removes them all', async () => {
    const me = await buildUser(t.app);
    const other = await buildUser(t.app);
    const e = await enterpriseWithRecruiter(t, true);
    const mine = await createResume(t, me, { realName: '端木简历', introduction: '我的自我介绍不应在注销后留存' }, 'public');
    const theirs = await createResume(t, other, { realName: '旁人简历' }, 'public');
    const up = await t.app.inject(uploadReq(me, 'PUT', `/api/resumes/${mine}/attachment`, [{ name: 'file', filename: 'cv.pdf', data: sample.pdf() }]));
    const attachmentId = (await t.db.selectFrom('resumes').select('attachment_file_id').where('id', '=', mine).executeTakeFirstOrThrow()).attachment_file_id;
    expect(up.statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/me/blocked-enterprises', payload: { enterpriseId: e.id }, ...authed(me) });

    const { doc } = await t.services.rights.createExport(ctxFor(me.userId));
    const resumes = doc.modules.resumes?.resumes;
    expect(resumes?.rows).toEqual([
      expect.objectContaining({
        id: mine,
        real_name: '端木简历',
        introduction: '我的自我介绍不应在注销后留存',
        education: [expect.objectContaining({ school: '浙江大学' })],
        experience: [expect.objectContaining({ company: '某科技公司', monthlySalary: 22000 })],
        intended_positions: ['tech.backend'],
        attachment_file_id: attachmentId,
      }),
    ]);
    expect(resumes?.columns.real_name).toMatchObject({ pi: true, category: 'identity.name' });
    expect(doc.modules.resumes?.resume_blocks?.rows).toEqual([expect.objectContaining({ enterprise_id: e.id })]);
    expect(doc.modules.files?.files?.rows).toContainEqual(expect.objectContaining({ id: attachmentId }));
    expect(JSON.stringify(doc)).not.toContain('旁人简历');

    const report = await t.services.rights.eraseSubject(t.db, me.userId);
    expect(report.steps).toContainEqual({ table: 'resumes', mode: 'delete_rows', rows: 1 });
    expect(report.steps).toContainEqual({ table: 'resume_blocks', mode: 'delete_rows', rows: 1 });
    expect(await t.db.selectFrom('resumes').select('id').where('user_id', '=', me.userId).execute()).toEqual([]);
    expect(await t.db.selectFrom('resume_blocks').select('seeker_id').where('seeker_id', '=', me.userId).execute()).toEqual([]);
    expect(
      await t.db
        .selectFrom('files')
        .select('id')
        .where('id', '=', attachmentId as string)
        .execute(),
    ).toEqual([]);
    const stored = await sql<{
      n: number;
    }>`select count(*)::int as n from resumes where introduction like '%不应在注销后留存%' or real_name = '端木简历'`.execute(t.db);
    expect(stored.rows[0]?.n).toBe(0);
    const gone = await t.app.inject({ method: 'GET', url: `/api/candidates/${mine}`, ...authed(e.admin) });
    expect(gone.json().error.code).toBe('RESUME_NOT_FOUND');

    // Everyone else keeps theirs.
    expect((await t.app.inject({ method: 'GET', url: `/api/candidates/${theirs}`, ...authed(e.admin) })).statusCode).toBe(200);
  });
});
