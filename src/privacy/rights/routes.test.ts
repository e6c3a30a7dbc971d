import type { InjectOptions } from 'fastify';
import { unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventory } from '../../modules/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { authed, buildOperator, buildUser, expectRefused as refused, type SignedIn } from '../../test/factories.js';
import type { ExportDocument } from './export.js';

let t: TestApp;
let operator: SignedIn;
const OPERATOR_PHONE = '13600000002';

beforeAll(async () => {
  t = await createTestApp();
  operator = await buildOperator(t, OPERATOR_PHONE);
});
afterAll(async () => {
  await t?.close();
});

const expectRefused = (req: InjectOptions, code: string) => refused(t, req, code);

const oneMegabyte = 'x'.repeat(1024 * 1024);
const missingId = '3b241101-e2bb-4255-8caf-4136c566a962';

async function fileRequest(user: SignedIn, payload: Record<string, unknown>) {
  const res = await t.app.inject({ method: 'POST', url: '/api/privacy/requests', payload, ...authed(user) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; status: string; dueOn: string; details: string | null };
}

describe('every rights endpoint needs a session', () => {
  it.each([
    ['POST', '/api/privacy/exports'],
    ['GET', '/api/privacy/export'],
    ['GET', '/api/privacy/cancellation'],
    ['POST', '/api/privacy/cancellation'],
    ['DELETE', '/api/privacy/cancellation'],
    ['GET', '/api/privacy/requests'],
    ['POST', '/api/privacy/requests'],
    ['POST', `/api/privacy/requests/${missingId}/withdraw`],
    ['GET', '/api/admin/data-requests'],
    ['GET', `/api/admin/data-requests/${missingId}`],
    ['POST', `/api/admin/data-requests/${missingId}`],
  ] as const)('%s %s answers UNAUTHENTICATED and writes nothing', async (method, url) => {
    const payload =
      url === '/api/privacy/requests'
        ? { kind: 'complaint', details: '投诉' }
        : url.startsWith('/api/admin/data-requests/') && method === 'POST'
          ? { status: 'completed' }
          : undefined;
    const res = await expectRefused({ method, url, ...(payload ? { payload } : {}) }, 'UNAUTHENTICATED');
    expect(res.statusCode).toBe(401);
  });

  it('refuses cookie-authenticated writes without the CSRF token', async () => {
    const user = await buildUser(t.app);
    await expectRefused({ method: 'POST', url: '/api/privacy/cancellation', ...authed(user, false) }, 'CSRF_INVALID');
    await expectRefused({ method: 'POST', url: '/api/privacy/exports', ...authed(user, false) }, 'CSRF_INVALID');
  });

  it('keeps the operator endpoints to operators', async () => {
    const seeker = await buildUser(t.app);
    await expectRefused({ method: 'GET', url: '/api/admin/data-requests', ...authed(seeker) }, 'FORBIDDEN');
    await expectRefused({ method: 'GET', url: `/api/admin/data-requests/${missingId}`, ...authed(seeker) }, 'FORBIDDEN');
    await expectRefused({ method: 'POST', url: `/api/admin/data-requests/${missingId}`, payload: { status: 'completed' }, ...authed(seeker) }, 'FORBIDDEN');
  });
});

describe('access and copy', () => {
  it('returns everything the inventory lists for me, decrypted, with the declarations, and nothing of anyone else', async () => {
    const me = await buildUser(t.app, { displayName: '欧阳导出' });
    const other = await buildUser(t.app, { displayName: '司马旁人' });
    await t.app.inject({ method: 'PATCH', url: '/api/account', payload: { city: '苏州' }, ...authed(me) });
    await t.app.inject({ method: 'PUT', url: '/api/account/password', payload: { newPassword: 'export1234' }, ...authed(me) });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/password',
      headers: { 'user-agent': 'ExportTestBrowser/1.0 (me)' },
      payload: { phone: me.phone, password: 'export1234' },
    });
    await t.app.inject({ method: 'POST', url: `/api/admin/accounts/${me.userId}/view`, payload: { reason: '核查导出' }, ...authed(operator) });
    await fileRequest(other, { kind: 'complaint', details: '别人的投诉' });

    const res = await t.app.inject({ method: 'POST', url: '/api/privacy/exports', ...authed(me) });
    expect(res.statusCode, res.body).toBe(200);
    const { request, export: doc } = res.json() as { request: { kind: string; status: string; dueOn: string }; export: ExportDocument };
    expect(request).toMatchObject({ kind: 'export', status: 'completed' });
    expect(doc.subjectId).toBe(me.userId);

    // Every inventory table with a subject column is in the copy, under its module.
    const withSubject = inventory.filter((d) => d.subjectColumn);
    expect(withSubject.length).toBeGreaterThanOrEqual(4);
    for (const d of withSubject) expect(doc.modules[d.module]?.[d.table], `${d.module}/${d.table}`).toBeDefined();

    const users = doc.modules.accounts?.users;
    expect(users?.rows).toHaveLength(1);
    expect(users?.rows[0]).toMatchObject({ id: me.userId, phone_enc: me.phone, display_name: '欧阳导出', city: '苏州', birth_date: '1996-05-20' });
    expect(users?.columns.phone_enc).toMatchObject({ pi: true, exported: 'decrypted', category: 'contact.phone', retention: { action: 'delete' } });
    expect(users?.columns.display_name).toMatchObject({ pi: true, purposes: [expect.objectContaining({ zh: expect.any(String), en: expect.any(String) })] });
    // One-way hashes are declared but withheld; non-personal internals are left out.
    expect(users?.columns.password_hash).toMatchObject({ exported: 'withheld' });
    expect(users?.rows[0]).not.toHaveProperty('password_hash');
    expect(users?.rows[0]).not.toHaveProperty('phone_index');
    expect(users?.rows[0]).not.toHaveProperty('role');
    const sessions = doc.modules.accounts?.sessions;
    expect(sessions?.rows.map((r) => r.user_agent)).toContain('ExportTestBrowser/1.0 (me)');
    expect(sessions?.rows[0]).not.toHaveProperty('token_hash');
    expect(doc.modules.privacy?.audit_log?.rows.length).toBeGreaterThanOrEqual(1);
    expect(doc.modules.privacy?.subject_keys?.rows[0]).not.toHaveProperty('wrapped_key');

    const text = JSON.stringify(doc);
    for (const foreign of [other.userId, other.phone, '司马旁人', '别人的投诉', operator.userId]) expect(text).not.toContain(foreign);
    const hashes = await t.db.selectFrom('users').select(['phone_index', 'password_hash']).where('id', '=', me.userId).executeTakeFirstOrThrow();
    const tokens = await t.db.selectFrom('sessions').select('token_hash').where('user_id', '=', me.userId).execute();
    for (const secret of [hashes.phone_index, hashes.password_hash, ...tokens.map((s) => s.token_hash)]) expect(text).not.toContain(secret);
  });

  it('downloads a ZIP with data.json and a readable index.html without scripts, and records every export', async () => {
    const me = await buildUser(t.app, { displayName: '上官下载' });
    const res = await t.app.inject({ method: 'GET', url: '/api/privacy/export', ...authed(me) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="renhe-export-\d{4}-\d{2}-\d{2}\.zip"$/);
    const files = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(files).sort()).toEqual(['data.json', 'index.html']);
    const data = JSON.parse(Buffer.from(files['data.json'] as Uint8Array).toString('utf8')) as ExportDocument;
    expect(data.modules.accounts?.users?.rows[0]).toMatchObject({ phone_enc: me.phone, display_name: '上官下载' });
    const page = Buffer.from(files['index.html'] as Uint8Array).toString('utf8');
    expect(page).toContain('个人信息副本');
    expect(page).toContain('Copy of your personal information');
    expect(page).toContain('上官下载');
    expect(page).toContain(me.phone);
    expect(page).not.toMatch(/<script|javascript:|\son\w+=/i);

    const entries = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'subject_id', 'action', 'purpose', 'fields'])
      .where('subject_id', '=', me.userId)
      .where('action', '=', 'export')
      .execute();
    expect(entries).toEqual([expect.objectContaining({ actor_id: me.userId, purpose: 'rights.access' })]);
    expect(entries[0]?.fields).toContain('users.phone_enc');
    expect(entries[0]?.fields).not.toContain('users.password_hash');
    const list = await t.app.inject({ method: 'GET', url: '/api/privacy/requests', ...authed(me) });
    expect(list.json().requests).toEqual([expect.objectContaining({ kind: 'export', status: 'completed' })]);
    expect(await t.services.audit.verify(t.db)).toMatchObject({ ok: true });
  });

  it('escapes what people typed in the readable copy', async () => {
    const me = await buildUser(t.app, { displayName: '<img src=x onerror=alert(1)>' });
    const res = await t.app.inject({ method: 'GET', url: '/api/privacy/export', ...authed(me) });
    const page = Buffer.from(unzipSync(new Uint8Array(res.rawPayload))['index.html'] as Uint8Array).toString('utf8');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<img');
  });

  it('refuses a body or query it does not take, and writes nothing', async () => {
    const me = await buildUser(t.app);
    await expectRefused({ method: 'POST', url: '/api/privacy/exports', payload: { format: 'csv' }, ...authed(me) }, 'UNKNOWN_FIELD');
    await expectRefused({ method: 'POST', url: '/api/privacy/exports', payload: { pad: oneMegabyte }, ...authed(me) }, 'PAYLOAD_TOO_LARGE');
    await expectRefused({ method: 'GET', url: '/api/privacy/export?format=csv', ...authed(me) }, 'UNKNOWN_FIELD');
    await expectRefused({ method: 'POST', url: '/api/privacy/exports?all=1', ...authed(me) }, 'UNKNOWN_FIELD');
  });
});

describe('account cancellation', () => {
  it('starts a cooling-off, keeps the account working, shows the erasure date, and can be undone with nothing lost', async () => {
    const me = await buildUser(t.app, { displayName: '慕容冷静' });
    const none = await t.app.inject({ method: 'GET', url: '/api/privacy/cancellation', ...authed(me) });
    expect(none.json()).toEqual({ status: 'none', coolingOffDays: 7 });

    const started = await t.app.inject({ method: 'POST', url: '/api/privacy/cancellation', ...authed(me) });
    expect(started.statusCode, started.body).toBe(200);
    const pending = started.json();
    expect(pending).toMatchObject({ status: 'pending', coolingOffDays: 7 });
    const days = (Date.parse(pending.erasesAt) - Date.parse(pending.requestedAt)) / 86_400_000;
    expect(days).toBeCloseTo(7, 5);
    expect(pending.erasesOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pending.dueOn >= pending.erasesOn).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/privacy/cancellation', ...authed(me) })).json()).toEqual(pending);

    // Still signed in, still usable.
    const account = await t.app.inject({ method: 'GET', url: '/api/account', ...authed(me) });
    expect(account.json().profile.displayName).toBe('慕容冷静');
    await expectRefused({ method: 'POST', url: '/api/privacy/cancellation', ...authed(me) }, 'CANCELLATION_PENDING');

    const users = await t.db
      .selectFrom('users')
      .select(['display_name', 'phone_enc', 'phone_index', 'status'])
      .where('id', '=', me.userId)
      .executeTakeFirstOrThrow();
    const undone = await t.app.inject({ method: 'DELETE', url: '/api/privacy/cancellation', ...authed(me) });
    expect(undone.json()).toEqual({ status: 'none', coolingOffDays: 7 });
    // Even a sweep long after the date erases nothing once undone.
    const sweep = await t.services.rights.completeDueCancellations(t.db, new Date(Date.now() + 30 * 86_400_000));
    expect(sweep.erased).not.toContain(me.userId);
    expect(
      await t.db.selectFrom('users').select(['display_name', 'phone_enc', 'phone_index', 'status']).where('id', '=', me.userId).executeTakeFirstOrThrow(),
    ).toEqual(users);
    expect(await t.services.cipher.decrypt(t.db, me.userId, users.phone_enc)).toBe(me.phone);
    const still = await t.app.inject({ method: 'GET', url: '/api/account', ...authed(me) });
    expect(still.statusCode).toBe(200);
    const list = await t.app.inject({ method: 'GET', url: '/api/privacy/requests', ...authed(me) });
    expect(list.json().requests).toEqual([expect.objectContaining({ kind: 'cancellation', status: 'withdrawn' })]);
  });

  it('refuses to undo what was never started, and bad input, writing nothing', async () => {
    const me = await buildUser(t.app);
    await expectRefused({ method: 'DELETE', url: '/api/privacy/cancellation', ...authed(me) }, 'CANCELLATION_NOT_FOUND');
    await expectRefused({ method: 'POST', url: '/api/privacy/cancellation', payload: { reason: '不想用了' }, ...authed(me) }, 'UNKNOWN_FIELD');
    await expectRefused({ method: 'POST', url: '/api/privacy/cancellation', payload: [1], ...authed(me) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'POST', url: '/api/privacy/cancellation', payload: { pad: oneMegabyte }, ...authed(me) }, 'PAYLOAD_TOO_LARGE');
    await expectRefused(
      {
        method: 'POST',
        url: '/api/privacy/cancellation',
        payload: '{"x":',
        headers: { 'content-type': 'application/json', ...authed(me).headers },
        cookies: authed(me).cookies,
      },
      'MALFORMED_BODY',
    );
    await expectRefused({ method: 'GET', url: '/api/privacy/cancellation?force=1', ...authed(me) }, 'UNKNOWN_FIELD');
    await expectRefused({ method: 'DELETE', url: '/api/privacy/cancellation', payload: { now: true }, ...authed(me) }, 'UNKNOWN_FIELD');
  });
});

describe('data requests', () => {
  it('files a complaint with numbers and e-mail masked, due in 15 working days, listed for the person', async () => {
    const me = await buildUser(t.app);
    const filed = await fileRequest(me, { kind: 'complaint', details: '  招聘方一直打我电话 13912345678，邮件 me@example.com 也收到骚扰  ' });
    expect(filed).toMatchObject({ kind: 'complaint', status: 'received', refusalReason: null, items: [] });
    expect(filed.details).toBe('招聘方一直打我电话 [phone]，邮件 [email] 也收到骚扰');
    const { addWorkingDays, chinaDate } = await import('./workdays.js');
    expect(filed.dueOn).toBe(addWorkingDays(chinaDate(new Date()), 15));
    const list = await t.app.inject({ method: 'GET', url: '/api/privacy/requests', ...authed(me) });
    expect(list.json().requests).toEqual([filed]);
  });

  it('accepts deletion of named inventory items and refuses unknown or non-personal ones', async () => {
    const me = await buildUser(t.app);
    const ok = await fileRequest(me, { kind: 'deletion', items: ['users.city', 'sessions.user_agent', 'users.city'] });
    expect(ok).toMatchObject({ kind: 'deletion', items: ['users.city', 'sessions.user_agent'] });
    const res = await expectRefused(
      {
        method: 'POST',
        url: '/api/privacy/requests',
        payload: { kind: 'deletion', items: ['users.city', 'users.role', 'jobs.title', 'nope.nothing'] },
        ...authed(me),
      },
      'DELETION_ITEMS_UNKNOWN',
    );
    expect(res.json().error.details.items).toEqual(['users.role', 'jobs.title', 'nope.nothing']);
  });

  it.each([
    ['a complaint without details', { kind: 'complaint' }, 'VALIDATION_FAILED'],
    ['a complaint of spaces', { kind: 'complaint', details: '   ' }, 'VALIDATION_FAILED'],
    ['a deletion without items', { kind: 'deletion' }, 'VALIDATION_FAILED'],
    ['a deletion with an empty list', { kind: 'deletion', items: [] }, 'VALIDATION_FAILED'],
    ['items on a complaint', { kind: 'complaint', details: 'x', items: ['users.city'] }, 'VALIDATION_FAILED'],
    ['a malformed item', { kind: 'deletion', items: ['users city'] }, 'VALIDATION_FAILED'],
    ['a kind filed elsewhere', { kind: 'cancellation' }, 'VALIDATION_FAILED'],
    ['an unknown kind', { kind: 'anything' }, 'VALIDATION_FAILED'],
    ['an unknown field', { kind: 'complaint', details: 'x', urgent: true }, 'UNKNOWN_FIELD'],
    ['a wrong type', { kind: 'complaint', details: 42 }, 'VALIDATION_FAILED'],
    ['details over 1000 characters', { kind: 'complaint', details: 'x'.repeat(1001) }, 'VALIDATION_FAILED'],
    ['a 1 MB body', { kind: 'complaint', details: oneMegabyte }, 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s and writes nothing', async (_name, payload, code) => {
    const me = await buildUser(t.app);
    await expectRefused({ method: 'POST', url: '/api/privacy/requests', payload, ...authed(me) }, code);
  });

  it('restricts processing at once; the access door then refuses other purposes, not rights handling; withdrawing lifts it', async () => {
    const me = await buildUser(t.app);
    const filed = await fileRequest(me, { kind: 'restriction', details: '暂停使用我的信息' });
    expect((await t.db.selectFrom('users').select('restricted_at').where('id', '=', me.userId).executeTakeFirstOrThrow()).restricted_at).not.toBeNull();
    await expectRefused({ method: 'POST', url: '/api/privacy/requests', payload: { kind: 'restriction' }, ...authed(me) }, 'REQUEST_ALREADY_OPEN');

    const viewed = await expectRefused(
      { method: 'POST', url: `/api/admin/accounts/${me.userId}/view`, payload: { reason: '核查账号' }, ...authed(operator) },
      'SUBJECT_RESTRICTED',
    );
    expect(viewed.statusCode).toBe(403);
    // Handling the person's own request is still possible (and audited).
    const handled = await t.app.inject({ method: 'GET', url: `/api/admin/data-requests/${filed.id}`, ...authed(operator) });
    expect(handled.json()).toMatchObject({ id: filed.id, subjectId: me.userId, details: '暂停使用我的信息' });
    const entries = await t.db.selectFrom('audit_log').select(['purpose', 'actor_id']).where('subject_id', '=', me.userId).execute();
    expect(entries).toEqual([{ purpose: 'rights.request_handling', actor_id: operator.userId }]);

    const withdrawn = await t.app.inject({ method: 'POST', url: `/api/privacy/requests/${filed.id}/withdraw`, ...authed(me) });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    expect((await t.db.selectFrom('users').select('restricted_at').where('id', '=', me.userId).executeTakeFirstOrThrow()).restricted_at).toBeNull();
    const open = await t.app.inject({ method: 'POST', url: `/api/admin/accounts/${me.userId}/view`, payload: { reason: '核查账号' }, ...authed(operator) });
    expect(open.statusCode).toBe(200);
  });

  it('lets a person withdraw only their own open requests', async () => {
    const me = await buildUser(t.app);
    const other = await buildUser(t.app);
    const mine = await fileRequest(me, { kind: 'complaint', details: '我的投诉' });
    await expectRefused({ method: 'POST', url: `/api/privacy/requests/${mine.id}/withdraw`, ...authed(other) }, 'REQUEST_NOT_FOUND');
    await expectRefused({ method: 'POST', url: `/api/privacy/requests/${missingId}/withdraw`, ...authed(me) }, 'REQUEST_NOT_FOUND');
    await expectRefused({ method: 'POST', url: '/api/privacy/requests/not-a-uuid/withdraw', ...authed(me) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'POST', url: `/api/privacy/requests/${mine.id}/withdraw`, payload: { why: 'x' }, ...authed(me) }, 'UNKNOWN_FIELD');
    const ok = await t.app.inject({ method: 'POST', url: `/api/privacy/requests/${mine.id}/withdraw`, ...authed(me) });
    expect(ok.json()).toMatchObject({ id: mine.id, status: 'withdrawn' });
    await expectRefused({ method: 'POST', url: `/api/privacy/requests/${mine.id}/withdraw`, ...authed(me) }, 'REQUEST_CLOSED');
    await t.app.inject({ method: 'POST', url: '/api/privacy/exports', ...authed(me) });
    const exportId = (await t.app.inject({ method: 'GET', url: '/api/privacy/requests', ...authed(me) }))
      .json()
      .requests.find((r: { kind: string }) => r.kind === 'export').id;
    await expectRefused({ method: 'POST', url: `/api/privacy/requests/${exportId}/withdraw`, ...authed(me) }, 'REQUEST_CLOSED');
  });

  it('refuses unknown query parameters on the list', async () => {
    const me = await buildUser(t.app);
    await expectRefused({ method: 'GET', url: '/api/privacy/requests?all=true', ...authed(me) }, 'UNKNOWN_FIELD');
  });
});

describe('operator queue', () => {
  it('lists open requests oldest deadline first; a refusal needs a reason, which the person then sees', async () => {
    await sql`update data_requests set status = 'withdrawn', completed_at = now() where status in ('received', 'in_progress')`.execute(t.db);
    const a = await buildUser(t.app);
    const b = await buildUser(t.app);
    const late = await fileRequest(a, { kind: 'complaint', details: '第一件' });
    const early = await fileRequest(b, { kind: 'deletion', items: ['users.city'] });
    const middle = await fileRequest(b, { kind: 'complaint', details: '第三件' });
    // Deadlines as if filed on different days.
    await sql`update data_requests set due_on = '2026-03-12' where id = ${late.id}`.execute(t.db);
    await sql`update data_requests set due_on = '2025-10-28' where id = ${early.id}`.execute(t.db);
    await sql`update data_requests set due_on = '2026-01-05' where id = ${middle.id}`.execute(t.db);
    const cancelling = await buildUser(t.app);
    await t.app.inject({ method: 'POST', url: '/api/privacy/cancellation', ...authed(cancelling) });

    const queue = await t.app.inject({ method: 'GET', url: '/api/admin/data-requests', ...authed(operator) });
    expect(queue.statusCode, queue.body).toBe(200);
    const items = queue.json().requests as { id: string; dueOn: string; kind: string; hasDetails: boolean; automatic: boolean; workingDaysLeft: number }[];
    expect(items.slice(0, 3).map((r) => r.id)).toEqual([early.id, middle.id, late.id]);
    expect(items.map((r) => r.dueOn)).toEqual([...items.map((r) => r.dueOn)].sort());
    expect(items.find((r) => r.kind === 'cancellation')).toMatchObject({ automatic: true });
    expect(items[0]).toMatchObject({ hasDetails: false, automatic: false });
    expect(items[0]?.workingDaysLeft).toBeLessThan(0);
    expect(JSON.stringify(items)).not.toContain('第一件');

    const limited = await t.app.inject({ method: 'GET', url: '/api/admin/data-requests?limit=1', ...authed(operator) });
    expect(limited.json().requests).toHaveLength(1);

    await expectRefused(
      { method: 'POST', url: `/api/admin/data-requests/${late.id}`, payload: { status: 'refused' }, ...authed(operator) },
      'REFUSAL_REASON_REQUIRED',
    );
    await expectRefused(
      { method: 'POST', url: `/api/admin/data-requests/${late.id}`, payload: { status: 'refused', refusalReason: '  ' }, ...authed(operator) },
      'REFUSAL_REASON_REQUIRED',
    );
    const progress = await t.app.inject({
      method: 'POST',
      url: `/api/admin/data-requests/${late.id}`,
      payload: { status: 'in_progress' },
      ...authed(operator),
    });
    expect(progress.json()).toMatchObject({ status: 'in_progress', completedAt: null });
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/admin/data-requests/${late.id}`,
      payload: { status: 'refused', refusalReason: '该投诉涉及的招聘方已被处理，详见站内通知。' },
      ...authed(operator),
    });
    expect(refused.json()).toMatchObject({ status: 'refused', refusalReason: '该投诉涉及的招聘方已被处理，详见站内通知。' });
    const seen = await t.app.inject({ method: 'GET', url: '/api/privacy/requests', ...authed(a) });
    expect(seen.json().requests[0]).toMatchObject({ id: late.id, status: 'refused', refusalReason: '该投诉涉及的招聘方已被处理，详见站内通知。' });
    expect(seen.json().requests[0].completedAt).not.toBeNull();
    await expectRefused(
      { method: 'POST', url: `/api/admin/data-requests/${late.id}`, payload: { status: 'completed' }, ...authed(operator) },
      'REQUEST_CLOSED',
    );

    const done = await t.app.inject({ method: 'POST', url: `/api/admin/data-requests/${early.id}`, payload: { status: 'completed' }, ...authed(operator) });
    expect(done.json()).toMatchObject({ status: 'completed', refusalReason: null });
    const after = await t.app.inject({ method: 'GET', url: '/api/admin/data-requests', ...authed(operator) });
    expect(after.json().requests.map((r: { id: string }) => r.id)).not.toContain(early.id);
  });

  it('refuses an operator refusing a restriction without a reason, and lifts the restriction when refused with one', async () => {
    const me = await buildUser(t.app);
    const r = await fileRequest(me, { kind: 'restriction' });
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/admin/data-requests/${r.id}`,
      payload: { status: 'refused', refusalReason: '您有尚未完成的劳动争议，依法需继续处理相关信息。' },
      ...authed(operator),
    });
    expect(refused.json().status).toBe('refused');
    expect((await t.db.selectFrom('users').select('restricted_at').where('id', '=', me.userId).executeTakeFirstOrThrow()).restricted_at).toBeNull();
  });

  it('does not let operators change exports and cancellations, which run by themselves', async () => {
    const me = await buildUser(t.app);
    await t.app.inject({ method: 'POST', url: '/api/privacy/cancellation', ...authed(me) });
    const id = (await t.app.inject({ method: 'GET', url: '/api/privacy/cancellation', ...authed(me) })).json().requestId as string;
    await expectRefused(
      { method: 'POST', url: `/api/admin/data-requests/${id}`, payload: { status: 'completed' }, ...authed(operator) },
      'REQUEST_HANDLED_AUTOMATICALLY',
    );
  });

  it.each([
    ['an unknown status', { status: 'done' }, 'VALIDATION_FAILED'],
    ['the person-only status withdrawn', { status: 'withdrawn' }, 'VALIDATION_FAILED'],
    ['a reason on a non-refusal', { status: 'completed', refusalReason: '无' }, 'VALIDATION_FAILED'],
    ['an unknown field', { status: 'completed', note: 'x' }, 'UNKNOWN_FIELD'],
    ['a missing status', {}, 'VALIDATION_FAILED'],
    ['a 1 MB body', { status: 'refused', refusalReason: oneMegabyte }, 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s and changes nothing', async (_name, payload, code) => {
    const me = await buildUser(t.app);
    const r = await fileRequest(me, { kind: 'complaint', details: '测试' });
    await expectRefused({ method: 'POST', url: `/api/admin/data-requests/${r.id}`, payload, ...authed(operator) }, code);
    const row = await t.db.selectFrom('data_requests').select(['status', 'refusal_reason']).where('id', '=', r.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'received', refusal_reason: null });
  });

  it('refuses unknown requests, malformed ids and bad limits', async () => {
    await expectRefused(
      { method: 'POST', url: `/api/admin/data-requests/${missingId}`, payload: { status: 'completed' }, ...authed(operator) },
      'REQUEST_NOT_FOUND',
    );
    await expectRefused({ method: 'GET', url: `/api/admin/data-requests/${missingId}`, ...authed(operator) }, 'REQUEST_NOT_FOUND');
    await expectRefused({ method: 'GET', url: '/api/admin/data-requests/not-a-uuid', ...authed(operator) }, 'VALIDATION_FAILED');
    await expectRefused(
      { method: 'POST', url: '/api/admin/data-requests/not-a-uuid', payload: { status: 'completed' }, ...authed(operator) },
      'VALIDATION_FAILED',
    );
    await expectRefused({ method: 'GET', url: '/api/admin/data-requests?limit=0', ...authed(operator) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'GET', url: '/api/admin/data-requests?limit=abc', ...authed(operator) }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'GET', url: '/api/admin/data-requests?status=open', ...authed(operator) }, 'UNKNOWN_FIELD');
  });
});
