import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { rowCounts } from '../../test/db.js';
import { authed, buildOperator, buildUser, expectRefused as refused, type SignedIn, uniquePhone } from '../../test/factories.js';
import { filesUnder, multipart, type Part, sample } from '../../test/uploads.js';
import { insertJobs } from '../jobs/index.js';
import { creditCodeCheckCharacter } from './credit-code.js';
import { insertEnterprises } from './index.js';

let t: TestApp;
let operator: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  operator = await buildOperator(t);
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

let serial = 0;
/** A credit code with the right check character, unique within this file. */
function creditCode(): string {
  serial += 1;
  const first17 = `91110108${String(serial).padStart(8, '0')}X`;
  return first17 + creditCodeCheckCharacter(first17);
}

const recruiter = (displayName = '招聘者') => buildUser(t.app, { role: 'recruiter', displayName });

function enterpriseBody(over: Record<string, unknown> = {}) {
  serial += 1;
  return {
    name: `测试科技有限公司${serial}`,
    creditCode: creditCode(),
    industry: '互联网',
    size: '20-99人',
    city: '杭州',
    address: '西湖区文三路 1 号',
    introduction: '一家测试公司',
    ...over,
  };
}

async function createEnterprise(admin: SignedIn, over: Record<string, unknown> = {}) {
  const res = await t.app.inject({ method: 'POST', url: '/api/enterprises', payload: enterpriseBody(over), ...authed(admin) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: number; name: string; creditCode: string; verified: boolean; logoFileId: string | null; photoFileIds: string[] };
}

function upload(user: SignedIn | null, method: 'POST' | 'PUT', url: string, parts: Part[]): InjectOptions {
  const body = multipart(parts);
  const auth = user ? authed(user) : { headers: {} };
  return { method, url, payload: body.payload, ...auth, headers: { ...auth.headers, ...body.headers } };
}

const licence = (data = sample.pdf(), filename = 'licence.pdf'): Part => ({ name: 'licence', filename, contentType: 'application/pdf', data });

async function submitCertification(admin: SignedIn, enterpriseId: number, parts: Part[] = [licence()]) {
  const res = await t.app.inject(upload(admin, 'POST', `/api/enterprises/${enterpriseId}/certification`, parts));
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { status: string; files: { id: string; document: string; kind: string }[] };
}

async function queue() {
  const res = await t.app.inject({ method: 'GET', url: '/api/admin/enterprise-reviews', ...authed(operator) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().reviews as {
    id: string;
    kind: string;
    enterprise: { id: number; creditCode: string | null };
    claimedCreditCode: string | null;
    files: { id: string }[];
  }[];
}

async function decide(reviewId: string, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: `/api/admin/enterprise-reviews/${reviewId}`, payload, ...authed(operator) });
}

const mine = async (user: SignedIn) => (await t.app.inject({ method: 'GET', url: '/api/me/enterprise', ...authed(user) })).json();

const auditFor = (purpose: string) =>
  sql<{ actor_id: string; subject_id: string; enterprise_id: number; fields: string[]; action: string }>`
    select actor_id, subject_id, enterprise_id, fields, action from audit_log where purpose = ${purpose} order by seq`
    .execute(t.db)
    .then((r) => r.rows);

describe('every enterprise endpoint but the public ones needs a signed-in user', () => {
  const id = 1;
  const uuid = '00000000-0000-4000-8000-000000000000';
  it.each<[string, string, Record<string, unknown> | undefined]>([
    ['POST', '/api/enterprises', enterpriseBody()],
    ['PUT', `/api/enterprises/${id}/logo`, undefined],
    ['POST', `/api/enterprises/${id}/photos`, undefined],
    ['DELETE', `/api/enterprises/${id}/photos/${uuid}`, undefined],
    ['GET', '/api/me/enterprise', undefined],
    ['POST', `/api/enterprises/${id}/join-requests`, undefined],
    ['GET', `/api/enterprises/${id}/join-requests`, undefined],
    ['POST', `/api/enterprises/${id}/join-requests/${uuid}`, { decision: 'approve' }],
    ['POST', `/api/enterprises/${id}/invitations`, { phone: '13800138000', role: 'recruiter' }],
    ['GET', `/api/enterprises/${id}/invitations`, undefined],
    ['DELETE', `/api/enterprises/${id}/invitations/${uuid}`, undefined],
    ['POST', `/api/me/enterprise-invitations/${uuid}`, { answer: 'accept' }],
    ['GET', `/api/enterprises/${id}/members`, undefined],
    ['PATCH', `/api/enterprises/${id}/members/${uuid}`, { role: 'admin' }],
    ['DELETE', `/api/enterprises/${id}/members/${uuid}`, undefined],
    ['GET', `/api/enterprises/${id}/certification`, undefined],
    ['POST', `/api/enterprises/${id}/certification`, undefined],
    ['GET', `/api/enterprises/${id}/certification/files/${uuid}`, undefined],
    ['POST', `/api/enterprises/${id}/claims`, undefined],
    ['GET', '/api/admin/enterprise-reviews', undefined],
    ['GET', `/api/admin/enterprise-reviews/${uuid}/files/${uuid}`, undefined],
    ['POST', `/api/admin/enterprise-reviews/${uuid}`, { decision: 'approve' }],
  ])('%s %s', async (method, url, payload) => {
    const isUpload = url.endsWith('/logo') || url.endsWith('/photos') || url.endsWith('/certification') || url.endsWith('/claims');
    const req: InjectOptions =
      isUpload && method !== 'GET'
        ? upload(null, method as 'POST' | 'PUT', url, [licence()])
        : { method: method as InjectOptions['method'], url, ...(payload ? { payload } : {}) };
    await expectRefused(req, 'UNAUTHENTICATED');
  });
});

describe('GET /api/enterprises (public search)', () => {
  it('finds listings by part of the name, collects nothing and sets no cookie', async () => {
    const admin = await recruiter();
    const e = await createEnterprise(admin, { name: '星河100%数据有限公司' });
    const before = await rowCounts(t.db);
    const res = await t.app.inject({ method: 'GET', url: `/api/enterprises?q=${encodeURIComponent('100%数据')}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { id: number }) => i.id)).toEqual([e.id]);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await rowCounts(t.db)).toEqual(before);
    // % is matched literally, not as a wildcard
    const none = await t.app.inject({ method: 'GET', url: `/api/enterprises?q=${encodeURIComponent('星河%据')}` });
    expect(none.json().items).toEqual([]);
  });

  it.each([
    ['limit out of range', '/api/enterprises?limit=0', 'VALIDATION_FAILED'],
    ['unknown parameter', '/api/enterprises?owner=1', 'UNKNOWN_FIELD'],
    ['over-long query', `/api/enterprises?q=${'名'.repeat(51)}`, 'VALIDATION_FAILED'],
  ])('refuses %s', async (_name, url, code) => {
    await expectRefused({ method: 'GET', url }, code);
  });

  it('shows one listing, and 404 for an unknown one', async () => {
    const admin = await recruiter();
    const e = await createEnterprise(admin);
    const res = await t.app.inject({ method: 'GET', url: `/api/enterprises/${e.id}` });
    expect(res.json()).toMatchObject({ id: e.id, creditCode: e.creditCode, verified: false, photoFileIds: [] });
    await expectRefused({ method: 'GET', url: '/api/enterprises/99999999' }, 'ENTERPRISE_NOT_FOUND');
  });
});

describe('POST /api/enterprises', () => {
  it('registers the enterprise with its recruiter as admin', async () => {
    const admin = await recruiter();
    const e = await createEnterprise(admin);
    expect(e.verified).toBe(false);
    const me = await mine(admin);
    expect(me.membership).toMatchObject({ enterprise: { id: e.id, verified: false }, role: 'admin' });
  });

  it('normalises the credit code (spaces, lower case)', async () => {
    const admin = await recruiter();
    const code = creditCode();
    const e = await createEnterprise(admin, { creditCode: ` ${code.toLowerCase().slice(0, 9)} ${code.toLowerCase().slice(9)} ` });
    expect(e.creditCode).toBe(code);
  });

  it.each([
    ['a malformed credit code', { creditCode: '12345' }, 'CREDIT_CODE_INVALID'],
    ['a wrong check character', { creditCode: '91350100M000100Y44' }, 'CREDIT_CODE_INVALID'],
    ['a letter the code alphabet leaves out', { creditCode: '91350100M000100I43' }, 'CREDIT_CODE_INVALID'],
    ['an unknown field', { verified: true }, 'UNKNOWN_FIELD'],
    ['a wrong type', { size: 50 }, 'VALIDATION_FAILED'],
    ['a blank name', { name: '   ' }, 'VALIDATION_FAILED'],
    ['an over-long introduction', { introduction: '介'.repeat(5001) }, 'VALIDATION_FAILED'],
  ])('refuses %s and writes nothing', async (_name, over, code) => {
    const admin = await recruiter();
    await expectRefused({ method: 'POST', url: '/api/enterprises', payload: enterpriseBody(over), ...authed(admin) }, code);
  });

  it('refuses a missing field', async () => {
    const admin = await recruiter();
    const { creditCode: _c, ...rest } = enterpriseBody();
    await expectRefused({ method: 'POST', url: '/api/enterprises', payload: rest, ...authed(admin) }, 'VALIDATION_FAILED');
  });

  it('refuses seekers, a write without the CSRF token, and a multipart body', async () => {
    const seeker = await buildUser(t.app);
    await expectRefused({ method: 'POST', url: '/api/enterprises', payload: enterpriseBody(), ...authed(seeker) }, 'FORBIDDEN');
    const admin = await recruiter();
    await expectRefused({ method: 'POST', url: '/api/enterprises', payload: enterpriseBody(), ...authed(admin, false) }, 'CSRF_INVALID');
    await expectRefused(upload(admin, 'POST', '/api/enterprises', [{ name: 'name', data: 'x' }]), 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('keeps a recruiter in one enterprise, and names and codes unique', async () => {
    const admin = await recruiter();
    const e = await createEnterprise(admin);
    await expectRefused({ method: 'POST', url: '/api/enterprises', payload: enterpriseBody(), ...authed(admin) }, 'ALREADY_IN_ENTERPRISE');
    const other = await recruiter();
    await expectRefused({ method: 'POST', url: '/api/enterprises', payload: enterpriseBody({ name: e.name }), ...authed(other) }, 'ENTERPRISE_NAME_TAKEN');
    await expectRefused(
      { method: 'POST', url: '/api/enterprises', payload: enterpriseBody({ creditCode: e.creditCode }), ...authed(other) },
      'CREDIT_CODE_TAKEN',
    );
  });
});

describe('logo and photos', () => {
  let admin: SignedIn;
  let enterpriseId: number;
  beforeAll(async () => {
    admin = await recruiter();
    enterpriseId = (await createEnterprise(admin)).id;
  });

  it('stores a logo judged by content, serves it publicly, and replaces the file on a new upload', async () => {
    const first = sample.png();
    const res = await t.app.inject(upload(admin, 'PUT', `/api/enterprises/${enterpriseId}/logo`, [{ name: 'file', filename: 'logo.bin', data: first }]));
    expect(res.statusCode, res.body).toBe(200);
    const logo = res.json().logoFileId as string;
    const media = await t.app.inject({ method: 'GET', url: `/api/enterprises/${enterpriseId}/media/${logo}` });
    expect(media.statusCode).toBe(200);
    expect(media.headers['content-type']).toBe('image/png');
    expect(media.rawPayload.equals(first)).toBe(true);
    const disk = filesUnder(t.config.filesDir).length;
    const second = await t.app.inject(
      upload(admin, 'PUT', `/api/enterprises/${enterpriseId}/logo`, [{ name: 'file', filename: 'logo.webp', data: sample.webp() }]),
    );
    expect(second.json().logoFileId).not.toBe(logo);
    expect(filesUnder(t.config.filesDir)).toHaveLength(disk);
    await expectRefused({ method: 'GET', url: `/api/enterprises/${enterpriseId}/media/${logo}` }, 'NOT_FOUND');
  });

  it.each([
    ['a PDF renamed logo.png', [{ name: 'file', filename: 'logo.png', contentType: 'image/png', data: sample.pdf() }], 'FILE_TYPE_NOT_ALLOWED'],
    ['a text file named logo.jpg', [{ name: 'file', filename: 'logo.jpg', contentType: 'image/jpeg', data: sample.text() }], 'FILE_TYPE_NOT_ALLOWED'],
    ['an empty file', [{ name: 'file', filename: 'logo.png', data: Buffer.alloc(0) }], 'FILE_TYPE_NOT_ALLOWED'],
    ['a logo over 2 MB', [{ name: 'file', filename: 'logo.png', data: sample.png(2 * 1024 * 1024 + 1) }], 'FILE_TOO_LARGE'],
    ['no file', [{ name: 'note', data: 'x' }], 'UNKNOWN_FIELD'],
    [
      'an unknown file part',
      [
        { name: 'file', filename: 'a.png', data: sample.png() },
        { name: 'extra', filename: 'b.png', data: sample.png() },
      ],
      'UNKNOWN_FIELD',
    ],
    [
      'two files in one part',
      [
        { name: 'file', filename: 'a.png', data: sample.png() },
        { name: 'file', filename: 'b.png', data: sample.png() },
      ],
      'VALIDATION_FAILED',
    ],
  ] as [string, Part[], string][])('refuses %s, leaving no row and no file', async (_name, parts, code) => {
    await expectRefused(upload(admin, 'PUT', `/api/enterprises/${enterpriseId}/logo`, parts), code);
  });

  it('refuses an empty form and a JSON body', async () => {
    await expectRefused(upload(admin, 'PUT', `/api/enterprises/${enterpriseId}/logo`, []), 'FILE_REQUIRED');
    await expectRefused({ method: 'PUT', url: `/api/enterprises/${enterpriseId}/logo`, payload: { file: 'x' }, ...authed(admin) }, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('lets only the admins of the enterprise upload', async () => {
    const other = await recruiter();
    await expectRefused(upload(other, 'PUT', `/api/enterprises/${enterpriseId}/logo`, [{ name: 'file', filename: 'a.png', data: sample.png() }]), 'FORBIDDEN');
    const seeker = await buildUser(t.app);
    await expectRefused(
      upload(seeker, 'POST', `/api/enterprises/${enterpriseId}/photos`, [{ name: 'file', filename: 'a.png', data: sample.png() }]),
      'FORBIDDEN',
    );
  });

  it('adds and removes photos; a removed photo is deleted from disk', async () => {
    const res = await t.app.inject(
      upload(admin, 'POST', `/api/enterprises/${enterpriseId}/photos`, [{ name: 'file', filename: 'team.jpg', data: sample.jpeg() }]),
    );
    expect(res.statusCode, res.body).toBe(200);
    const [photo] = res.json().photoFileIds as string[];
    const disk = filesUnder(t.config.filesDir).length;
    const gone = await t.app.inject({ method: 'DELETE', url: `/api/enterprises/${enterpriseId}/photos/${photo}`, ...authed(admin) });
    expect(gone.json().photoFileIds).toEqual([]);
    expect(filesUnder(t.config.filesDir)).toHaveLength(disk - 1);
    await expectRefused({ method: 'DELETE', url: `/api/enterprises/${enterpriseId}/photos/${photo}`, ...authed(admin) }, 'NOT_FOUND');
    await expectRefused({ method: 'DELETE', url: `/api/enterprises/${enterpriseId}/photos/not-a-uuid`, ...authed(admin) }, 'VALIDATION_FAILED');
  });

  it('stops at 9 photos', async () => {
    const a = await recruiter();
    const e = await createEnterprise(a);
    for (let i = 0; i < 9; i++) {
      const r = await t.app.inject(upload(a, 'POST', `/api/enterprises/${e.id}/photos`, [{ name: 'file', filename: 'p.png', data: sample.png() }]));
      expect(r.statusCode).toBe(200);
    }
    await expectRefused(upload(a, 'POST', `/api/enterprises/${e.id}/photos`, [{ name: 'file', filename: 'p.png', data: sample.png() }]), 'PHOTO_LIMIT');
  });
});

describe('members: invite → accept → role change → remove', () => {
  it('runs the whole flow and always keeps an admin', async () => {
    const admin = await recruiter('王管理');
    const e = await createEnterprise(admin);
    const invitee = await recruiter('李招聘');
    const stranger = await recruiter('赵路人');

    const inv = await t.app.inject({
      method: 'POST',
      url: `/api/enterprises/${e.id}/invitations`,
      payload: { phone: `+86 ${invitee.phone}`, role: 'recruiter' },
      ...authed(admin),
    });
    expect(inv.statusCode, inv.body).toBe(200);
    expect(inv.json().phoneMasked).toBe(`${invitee.phone.slice(0, 3)}****${invitee.phone.slice(-4)}`);
    const stored = await sql<{ phone_index: string; phone_masked: string }>`select phone_index, phone_masked from enterprise_invitations`.execute(t.db);
    expect(JSON.stringify(stored.rows)).not.toContain(invitee.phone);
    await expectRefused(
      { method: 'POST', url: `/api/enterprises/${e.id}/invitations`, payload: { phone: invitee.phone, role: 'recruiter' }, ...authed(admin) },
      'INVITATION_EXISTS',
    );
    const listed = await t.app.inject({ method: 'GET', url: `/api/enterprises/${e.id}/invitations`, ...authed(admin) });
    expect(listed.json().invitations).toHaveLength(1);

    // only the invited number sees it and can answer it
    expect((await mine(stranger)).invitations).toEqual([]);
    const seen = (await mine(invitee)).invitations;
    expect(seen).toHaveLength(1);
    expect(seen[0].enterprise.id).toBe(e.id);
    await expectRefused(
      { method: 'POST', url: `/api/me/enterprise-invitations/${seen[0].id}`, payload: { answer: 'accept' }, ...authed(stranger) },
      'INVITATION_NOT_FOUND',
    );
    await expectRefused(
      { method: 'POST', url: `/api/me/enterprise-invitations/${seen[0].id}`, payload: { answer: 'yes' }, ...authed(invitee) },
      'VALIDATION_FAILED',
    );
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/me/enterprise-invitations/${seen[0].id}`,
      payload: { answer: 'accept' },
      ...authed(invitee),
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await mine(invitee)).membership).toMatchObject({ enterprise: { id: e.id }, role: 'recruiter' });
    await expectRefused(
      { method: 'POST', url: `/api/me/enterprise-invitations/${seen[0].id}`, payload: { answer: 'accept' }, ...authed(invitee) },
      'ALREADY_IN_ENTERPRISE',
    );

    // the member list shows names; each other person's name read is audited
    const before = (await auditFor('enterprise.membership')).length;
    const members = await t.app.inject({ method: 'GET', url: `/api/enterprises/${e.id}/members`, ...authed(invitee) });
    expect(members.json().members.map((m: { displayName: string; role: string; you: boolean }) => [m.displayName, m.role, m.you])).toEqual([
      ['王管理', 'admin', false],
      ['李招聘', 'recruiter', true],
    ]);
    const entries = await auditFor('enterprise.membership');
    expect(entries.slice(before)).toEqual([
      { actor_id: invitee.userId, subject_id: admin.userId, enterprise_id: e.id, fields: ['users.display_name'], action: 'read' },
    ]);
    await expectRefused({ method: 'GET', url: `/api/enterprises/${e.id}/members`, ...authed(stranger) }, 'FORBIDDEN');

    // a recruiter cannot change roles; the admin can
    await expectRefused(
      { method: 'PATCH', url: `/api/enterprises/${e.id}/members/${admin.userId}`, payload: { role: 'recruiter' }, ...authed(invitee) },
      'FORBIDDEN',
    );
    await expectRefused(
      { method: 'PATCH', url: `/api/enterprises/${e.id}/members/${admin.userId}`, payload: { role: 'recruiter' }, ...authed(admin) },
      'LAST_ADMIN',
    );
    await expectRefused(
      { method: 'PATCH', url: `/api/enterprises/${e.id}/members/${invitee.userId}`, payload: { role: 'owner' }, ...authed(admin) },
      'VALIDATION_FAILED',
    );
    await expectRefused(
      { method: 'PATCH', url: `/api/enterprises/${e.id}/members/${invitee.userId}`, payload: { role: 'admin', x: 1 }, ...authed(admin) },
      'UNKNOWN_FIELD',
    );
    await expectRefused(
      { method: 'PATCH', url: `/api/enterprises/${e.id}/members/${stranger.userId}`, payload: { role: 'admin' }, ...authed(admin) },
      'MEMBER_NOT_FOUND',
    );
    const promoted = await t.app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${e.id}/members/${invitee.userId}`,
      payload: { role: 'admin' },
      ...authed(admin),
    });
    expect(promoted.statusCode).toBe(200);
    // now two admins: the first may step down, the second then cannot
    expect(
      (await t.app.inject({ method: 'PATCH', url: `/api/enterprises/${e.id}/members/${admin.userId}`, payload: { role: 'recruiter' }, ...authed(admin) }))
        .statusCode,
    ).toBe(200);
    await expectRefused({ method: 'DELETE', url: `/api/enterprises/${e.id}/members/${invitee.userId}`, ...authed(invitee) }, 'LAST_ADMIN');
    // the new admin removes the old one
    await expectRefused({ method: 'DELETE', url: `/api/enterprises/${e.id}/members/${invitee.userId}`, ...authed(admin) }, 'FORBIDDEN');
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/enterprises/${e.id}/members/${admin.userId}`, ...authed(invitee) });
    expect(removed.statusCode).toBe(200);
    expect((await mine(admin)).membership).toBeNull();
    const left = await t.app.inject({ method: 'GET', url: `/api/enterprises/${e.id}/members`, ...authed(invitee) });
    expect(left.json().members.map((m: { userId: string }) => m.userId)).toEqual([invitee.userId]);
  });

  it('refuses bad invitations', async () => {
    const admin = await recruiter();
    const e = await createEnterprise(admin);
    const url = `/api/enterprises/${e.id}/invitations`;
    await expectRefused({ method: 'POST', url, payload: { phone: '12345', role: 'recruiter' }, ...authed(admin) }, 'PHONE_INVALID');
    await expectRefused({ method: 'POST', url, payload: { phone: uniquePhone(), role: 'owner' }, ...authed(admin) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'POST', url, payload: { phone: 13800138000, role: 'recruiter' }, ...authed(admin) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'POST', url, payload: { phone: uniquePhone(), role: 'recruiter', note: 'hi' }, ...authed(admin) }, 'UNKNOWN_FIELD');
    const member = await recruiter();
    await expectRefused({ method: 'POST', url, payload: { phone: uniquePhone(), role: 'recruiter' }, ...authed(member) }, 'FORBIDDEN');
  });

  it('lets an admin withdraw an invitation, after which it cannot be accepted', async () => {
    const admin = await recruiter();
    const e = await createEnterprise(admin);
    const invitee = await recruiter();
    const inv = await t.app.inject({
      method: 'POST',
      url: `/api/enterprises/${e.id}/invitations`,
      payload: { phone: invitee.phone, role: 'admin' },
      ...authed(admin),
    });
    const id = inv.json().id as string;
    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/enterprises/${e.id}/invitations/${id}`, ...authed(admin) });
    expect(revoked.statusCode).toBe(200);
    await expectRefused(
      { method: 'POST', url: `/api/me/enterprise-invitations/${id}`, payload: { answer: 'accept' }, ...authed(invitee) },
      'INVITATION_NOT_FOUND',
    );
    await expectRefused({ method: 'DELETE', url: `/api/enterprises/${e.id}/invitations/${id}`, ...authed(admin) }, 'INVITATION_NOT_FOUND');
  });
});

describe('join requests', () => {
  it('request → admin sees the name (audited) → approve; a member cannot join a second enterprise', async () => {
    const admin = await recruiter('周管理');
    const e = await createEnterprise(admin);
    const applicant = await recruiter('吴申请');
    const res = await t.app.inject({ method: 'POST', url: `/api/enterprises/${e.id}/join-requests`, ...authed(applicant) });
    expect(res.statusCode, res.body).toBe(200);
    await expectRefused({ method: 'POST', url: `/api/enterprises/${e.id}/join-requests`, ...authed(applicant) }, 'JOIN_REQUEST_EXISTS');
    await expectRefused({ method: 'POST', url: `/api/enterprises/${e.id}/join-requests`, payload: { note: 'hi' }, ...authed(applicant) }, 'UNKNOWN_FIELD');
    await expectRefused({ method: 'POST', url: '/api/enterprises/99999999/join-requests', ...authed(applicant) }, 'ENTERPRISE_NOT_FOUND');
    await expectRefused({ method: 'POST', url: `/api/enterprises/${e.id}/join-requests`, ...authed(admin) }, 'ALREADY_IN_ENTERPRISE');

    await expectRefused({ method: 'GET', url: `/api/enterprises/${e.id}/join-requests`, ...authed(applicant) }, 'FORBIDDEN');
    const before = (await auditFor('enterprise.join_review')).length;
    const list = await t.app.inject({ method: 'GET', url: `/api/enterprises/${e.id}/join-requests`, ...authed(admin) });
    const [request] = list.json().requests;
    expect(request).toMatchObject({ userId: applicant.userId, displayName: '吴申请' });
    expect((await auditFor('enterprise.join_review')).slice(before)).toMatchObject([
      { actor_id: admin.userId, subject_id: applicant.userId, enterprise_id: e.id },
    ]);

    const url = `/api/enterprises/${e.id}/join-requests/${request.id}`;
    await expectRefused({ method: 'POST', url, payload: { decision: 'maybe' }, ...authed(admin) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'POST', url, payload: { decision: 'approve' }, ...authed(applicant) }, 'FORBIDDEN');
    const ok = await t.app.inject({ method: 'POST', url, payload: { decision: 'approve' }, ...authed(admin) });
    expect(ok.statusCode, ok.body).toBe(200);
    await expectRefused({ method: 'POST', url, payload: { decision: 'approve' }, ...authed(admin) }, 'JOIN_REQUEST_NOT_FOUND');
    const me = await mine(applicant);
    expect(me.membership).toMatchObject({ enterprise: { id: e.id }, role: 'recruiter' });
    expect(me.joinRequests[0]).toMatchObject({ enterprise: { id: e.id }, status: 'approved' });

    const elsewhere = await createEnterprise(await recruiter());
    await expectRefused({ method: 'POST', url: `/api/enterprises/${elsewhere.id}/join-requests`, ...authed(applicant) }, 'ALREADY_IN_ENTERPRISE');
  });

  it('a rejected request is visible to the applicant as rejected', async () => {
    const admin = await recruiter();
    const e = await createEnterprise(admin);
    const applicant = await recruiter();
    const { id } = (await t.app.inject({ method: 'POST', url: `/api/enterprises/${e.id}/join-requests`, ...authed(applicant) })).json();
    await t.app.inject({ method: 'POST', url: `/api/enterprises/${e.id}/join-requests/${id}`, payload: { decision: 'reject' }, ...authed(admin) });
    const me = await mine(applicant);
    expect(me.membership).toBeNull();
    expect(me.joinRequests[0]).toMatchObject({ id, status: 'rejected' });
  });
});

describe('certification', () => {
  it('licence → pending → operator rejects with a reason → resubmit → approve → verified in the public job list', async () => {
    const admin = await recruiter();
    const e = await createEnterprise(admin);
    await insertJobs(t.db, [
      {
        enterprise_id: e.id,
        title: '认证测试工程师',
        category: '测试',
        city: '杭州',
        district: null,
        salary_min: 10000,
        salary_max: 20000,
        salary_months: 13,
        experience: '1-3年',
        education: '本科',
        job_type: 'full_time',
        headcount: 1,
        tags: [],
        description: '测试',
        requirements: '测试',
        published_at: new Date(Date.now() + 86_400_000),
      },
    ]);
    const jobOf = async () => {
      const list = await t.app.inject({ method: 'GET', url: '/api/jobs?limit=5' });
      return list.json().items.find((j: { enterprise: { id: number } }) => j.enterprise.id === e.id);
    };
    expect((await jobOf()).enterprise.verified).toBe(false);

    // a PDF named .png is judged by its content
    const first = await submitCertification(admin, e.id, [licence(sample.pdf(), 'licence.png')]);
    expect(first).toMatchObject({ status: 'pending', files: [{ document: 'licence', kind: 'pdf' }] });
    await expectRefused(upload(admin, 'POST', `/api/enterprises/${e.id}/certification`, [licence()]), 'CERTIFICATION_PENDING');

    const review = (await queue()).find((r) => r.enterprise.id === e.id);
    expect(review?.kind).toBe('certification');
    await expectRefused(
      { method: 'POST', url: `/api/admin/enterprise-reviews/${review?.id}`, payload: { decision: 'reject' }, ...authed(operator) },
      'REFUSAL_REASON_REQUIRED',
    );
    await expectRefused(
      { method: 'POST', url: `/api/admin/enterprise-reviews/${review?.id}`, payload: { decision: 'reject', reason: '   ' }, ...authed(operator) },
      'REFUSAL_REASON_REQUIRED',
    );
    await expectRefused(
      { method: 'POST', url: `/api/admin/enterprise-reviews/${review?.id}`, payload: { decision: 'approve', note: 1 }, ...authed(operator) },
      'UNKNOWN_FIELD',
    );
    await expectRefused(
      { method: 'POST', url: `/api/admin/enterprise-reviews/${review?.id}`, payload: { decision: 'approve' }, ...authed(admin) },
      'FORBIDDEN',
    );
    const rejected = await decide(review?.id as string, { decision: 'reject', reason: '营业执照照片模糊，请重新上传' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', reason: '营业执照照片模糊，请重新上传' });
    await expectRefused(
      { method: 'POST', url: `/api/admin/enterprise-reviews/${review?.id}`, payload: { decision: 'approve' }, ...authed(operator) },
      'REVIEW_CLOSED',
    );

    // every member sees the status and the reason
    const colleague = await recruiter();
    const inv = await t.app.inject({
      method: 'POST',
      url: `/api/enterprises/${e.id}/invitations`,
      payload: { phone: colleague.phone, role: 'recruiter' },
      ...authed(admin),
    });
    await t.app.inject({ method: 'POST', url: `/api/me/enterprise-invitations/${inv.json().id}`, payload: { answer: 'accept' }, ...authed(colleague) });
    const status = await t.app.inject({ method: 'GET', url: `/api/enterprises/${e.id}/certification`, ...authed(colleague) });
    expect(status.json()).toMatchObject({ status: 'rejected', reason: '营业执照照片模糊，请重新上传' });
    await expectRefused(upload(colleague, 'POST', `/api/enterprises/${e.id}/certification`, [licence()]), 'FORBIDDEN');

    const second = await submitCertification(admin, e.id, [
      licence(sample.jpeg(), 'licence.jpg'),
      { name: 'authorisation', filename: 'letter.pdf', data: sample.pdf() },
    ]);
    expect(second.files.map((f) => [f.document, f.kind])).toEqual([
      ['licence', 'jpeg'],
      ['authorisation', 'pdf'],
    ]);
    const again = (await queue()).find((r) => r.enterprise.id === e.id);
    const approved = await decide(again?.id as string, { decision: 'approve' });
    expect(approved.json()).toMatchObject({ status: 'approved', reason: null });
    expect((await jobOf()).enterprise.verified).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: `/api/enterprises/${e.id}` })).json().verified).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: `/api/enterprises/${e.id}/certification`, ...authed(admin) })).json()).toMatchObject({
      status: 'verified',
      reason: null,
    });
    await expectRefused(upload(admin, 'POST', `/api/enterprises/${e.id}/certification`, [licence()]), 'ALREADY_VERIFIED');
  });

  it.each([
    ['a text file named licence.pdf', [licence(sample.text(), 'licence.pdf')], 'FILE_TYPE_NOT_ALLOWED'],
    ['a Word document (not accepted for a licence)', [licence(sample.docx(), 'licence.docx')], 'FILE_TYPE_NOT_ALLOWED'],
    ['a licence over 10 MB', [licence(sample.pdf(10 * 1024 * 1024 + 1))], 'FILE_TOO_LARGE'],
    [
      'a good licence with a disguised authorisation letter',
      [licence(), { name: 'authorisation', filename: 'a.pdf', data: sample.text() }],
      'FILE_TYPE_NOT_ALLOWED',
    ],
    ['no licence', [{ name: 'authorisation', filename: 'a.pdf', data: sample.pdf() }], 'FILE_REQUIRED'],
    ['an unknown text field', [licence(), { name: 'verified', data: 'true' }], 'UNKNOWN_FIELD'],
  ] as [string, Part[], string][])('refuses %s, leaving no row and no file', async (_name, parts, code) => {
    const admin = await recruiter();
    const e = await createEnterprise(admin);
    await expectRefused(upload(admin, 'POST', `/api/enterprises/${e.id}/certification`, parts), code);
  });

  it('lets an operator open the licence, through the access door, and the uploader see that it happened', async () => {
    const admin = await recruiter();
    const e = await createEnterprise(admin);
    const bytes = sample.png(4096);
    await submitCertification(admin, e.id, [licence(bytes, 'licence.png')]);
    const review = (await queue()).find((r) => r.enterprise.id === e.id);
    const fileId = review?.files[0]?.id as string;
    const before = (await auditFor('operations.enterprise_review')).length;
    const res = await t.app.inject({ method: 'GET', url: `/api/admin/enterprise-reviews/${review?.id}/files/${fileId}`, ...authed(operator) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['cache-control']).toContain('no-store');
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect((await auditFor('operations.enterprise_review')).slice(before)).toEqual([
      { actor_id: operator.userId, subject_id: admin.userId, enterprise_id: e.id, fields: ['enterprise_reviews.licence_file_id'], action: 'download' },
    ]);
    const log = await t.app.inject({ method: 'GET', url: '/api/privacy/access-log', ...authed(admin) });
    expect(
      log.json().entries.some((x: { purpose: string; actorRole: string }) => x.purpose === 'operations.enterprise_review' && x.actorRole === 'operator'),
    ).toBe(true);

    // the admin can open it too, also recorded
    const own = await t.app.inject({ method: 'GET', url: `/api/enterprises/${e.id}/certification/files/${fileId}`, ...authed(admin) });
    expect(own.rawPayload.equals(bytes)).toBe(true);
    expect((await auditFor('enterprise.certification')).at(-1)).toMatchObject({ actor_id: admin.userId, enterprise_id: e.id, action: 'download' });

    await expectRefused(
      {
        method: 'GET',
        url: `/api/admin/enterprise-reviews/${review?.id}/files/${e.logoFileId ?? '00000000-0000-4000-8000-000000000000'}`,
        ...authed(operator),
      },
      'NOT_FOUND',
    );
    await expectRefused(
      { method: 'GET', url: `/api/admin/enterprise-reviews/00000000-0000-4000-8000-000000000000/files/${fileId}`, ...authed(operator) },
      'REVIEW_NOT_FOUND',
    );
  });

  it('never gives a licence to a seeker or to a recruiter of another enterprise, by any route', async () => {
    const admin = await recruiter();
    const e = await createEnterprise(admin);
    await submitCertification(admin, e.id);
    const review = (await queue()).find((r) => r.enterprise.id === e.id);
    const fileId = review?.files[0]?.id as string;
    const seeker = await buildUser(t.app);
    const rival = await recruiter();
    const rivalEnterprise = await createEnterprise(rival);
    const plainMember = await recruiter();
    const inv = await t.app.inject({
      method: 'POST',
      url: `/api/enterprises/${e.id}/invitations`,
      payload: { phone: plainMember.phone, role: 'recruiter' },
      ...authed(admin),
    });
    await t.app.inject({ method: 'POST', url: `/api/me/enterprise-invitations/${inv.json().id}`, payload: { answer: 'accept' }, ...authed(plainMember) });
    const before = (await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(t.db)).rows[0]?.n;
    for (const who of [seeker, rival, plainMember]) {
      for (const [url, code] of [
        [`/api/enterprises/${e.id}/certification/files/${fileId}`, 'FORBIDDEN'],
        [`/api/enterprises/${rivalEnterprise.id}/certification/files/${fileId}`, who === rival ? 'NOT_FOUND' : 'FORBIDDEN'],
        [`/api/admin/enterprise-reviews/${review?.id}/files/${fileId}`, 'FORBIDDEN'],
        [`/api/enterprises/${e.id}/media/${fileId}`, 'NOT_FOUND'],
        [`/api/enterprises/${rivalEnterprise.id}/media/${fileId}`, 'NOT_FOUND'],
        ['/api/admin/enterprise-reviews', 'FORBIDDEN'],
      ] as const) {
        const res = await expectRefused({ method: 'GET', url, ...authed(who) }, code);
        expect(res.rawPayload.includes(Buffer.from('%PDF'))).toBe(false);
      }
    }
    // nor without signing in
    await expectRefused({ method: 'GET', url: `/api/enterprises/${e.id}/media/${fileId}` }, 'NOT_FOUND');
    expect((await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(t.db)).rows[0]?.n).toBe(before);
  });

  it('refuses bad queue queries and decisions', async () => {
    await expectRefused({ method: 'GET', url: '/api/admin/enterprise-reviews?limit=1000', ...authed(operator) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'GET', url: '/api/admin/enterprise-reviews?status=all', ...authed(operator) }, 'UNKNOWN_FIELD');
    await expectRefused(
      { method: 'POST', url: '/api/admin/enterprise-reviews/00000000-0000-4000-8000-000000000000', payload: { decision: 'approve' }, ...authed(operator) },
      'REVIEW_NOT_FOUND',
    );
    await expectRefused(
      { method: 'POST', url: '/api/admin/enterprise-reviews/not-a-uuid', payload: { decision: 'approve' }, ...authed(operator) },
      'VALIDATION_FAILED',
    );
  });
});

describe('claims', () => {
  async function listing(name: string) {
    const [row] = await insertEnterprises(t.db, [{ name, city: '上海', industry: '制造', size: '100-499人', description: '示例企业', verified: false }]);
    return row?.id as number;
  }

  it('claim → operator approves → the claimant is the admin of a verified listing with its code', async () => {
    const id = await listing('示例制造有限公司');
    const claimant = await recruiter('郑认领');
    const code = creditCode();
    const res = await t.app.inject(
      upload(claimant, 'POST', `/api/enterprises/${id}/claims`, [{ name: 'creditCode', data: code }, licence(sample.jpeg(), 'licence.jpg')]),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ enterprise: { id }, status: 'pending', reason: null });
    await expectRefused(upload(claimant, 'POST', `/api/enterprises/${id}/claims`, [{ name: 'creditCode', data: code }, licence()]), 'CLAIM_PENDING');

    const review = (await queue()).find((r) => r.enterprise.id === id && r.kind === 'claim');
    expect(review).toMatchObject({ claimedCreditCode: code, enterprise: { creditCode: null } });
    const decided = await decide(review?.id as string, { decision: 'approve' });
    expect(decided.json()).toMatchObject({ status: 'approved', kind: 'claim' });
    const me = await mine(claimant);
    expect(me.membership).toMatchObject({ enterprise: { id, verified: true }, role: 'admin' });
    expect(me.claims[0]).toMatchObject({ status: 'approved' });
    expect((await t.app.inject({ method: 'GET', url: `/api/enterprises/${id}` })).json()).toMatchObject({ creditCode: code, verified: true });
  });

  it('a rejected claim shows the claimant the reason', async () => {
    const id = await listing('示例物流有限公司');
    const claimant = await recruiter();
    await t.app.inject(upload(claimant, 'POST', `/api/enterprises/${id}/claims`, [{ name: 'creditCode', data: creditCode() }, licence()]));
    const review = (await queue()).find((r) => r.enterprise.id === id && r.kind === 'claim');
    await decide(review?.id as string, { decision: 'reject', reason: '执照上的企业名称与该企业不一致' });
    const me = await mine(claimant);
    expect(me.membership).toBeNull();
    expect(me.claims[0]).toMatchObject({ status: 'rejected', reason: '执照上的企业名称与该企业不一致' });
  });

  it.each([
    ['a wrong check character', [{ name: 'creditCode', data: '91350100M000100Y44' }, licence()], 'CREDIT_CODE_INVALID'],
    ['no credit code', [licence()], 'VALIDATION_FAILED'],
    ['an over-long credit code', [{ name: 'creditCode', data: '9'.repeat(31) }, licence()], 'VALIDATION_FAILED'],
    ['an unknown field', [{ name: 'creditCode', data: '91350100M000100Y43' }, { name: 'role', data: 'admin' }, licence()], 'UNKNOWN_FIELD'],
    ['a text file named licence.pdf', [{ name: 'creditCode', data: '91350100M000100Y43' }, licence(sample.text())], 'FILE_TYPE_NOT_ALLOWED'],
    ['an oversize licence', [{ name: 'creditCode', data: '91350100M000100Y43' }, licence(sample.pdf(10 * 1024 * 1024 + 1))], 'FILE_TOO_LARGE'],
  ] as [string, Part[], string][])('refuses %s, leaving no row and no file', async (_name, parts, code) => {
    const id = await listing(`示例待认领企业${serial++}`);
    const claimant = await recruiter();
    await expectRefused(upload(claimant, 'POST', `/api/enterprises/${id}/claims`, parts), code);
  });

  it('refuses an unknown listing, seekers, and recruiters who already belong to an enterprise', async () => {
    const claimant = await recruiter();
    const parts = [{ name: 'creditCode', data: '91350100M000100Y43' }, licence()];
    await expectRefused(upload(claimant, 'POST', '/api/enterprises/99999999/claims', parts), 'ENTERPRISE_NOT_FOUND');
    const id = await listing('示例餐饮有限公司');
    await expectRefused(upload(await buildUser(t.app), 'POST', `/api/enterprises/${id}/claims`, parts), 'FORBIDDEN');
    const member = await recruiter();
    await createEnterprise(member);
    await expectRefused(upload(member, 'POST', `/api/enterprises/${id}/claims`, parts), 'ALREADY_IN_ENTERPRISE');
  });
});
