import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app.js';
import { rowCounts } from '../test/db.js';
import { authed, buildOperator, buildUser, type SignedIn } from '../test/factories.js';

let t: TestApp;
let operator: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  operator = await buildOperator(t);
});
afterAll(async () => {
  await t?.close();
});

describe('access door: an operator opens an account', () => {
  it('shows the account, records who/what/why in the audit log, and the person sees it', async () => {
    const seeker = await buildUser(t.app, { displayName: '赵敏' });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/admin/accounts/${seeker.userId}/view`,
      payload: { reason: '用户来电申诉账号无法登录' },
      ...authed(operator),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: seeker.userId, displayName: '赵敏', phone: seeker.phone });

    const entries = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'subject_id', 'purpose', 'fields', 'reason'])
      .where('subject_id', '=', seeker.userId)
      .execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor_id: operator.userId, purpose: 'operations.support', reason: '用户来电申诉账号无法登录' });
    expect(entries[0]?.fields).toContain('phone');
    expect(JSON.stringify(entries)).not.toContain(seeker.phone);

    const log = await t.app.inject({ method: 'GET', url: '/api/privacy/access-log', ...authed(seeker) });
    expect(log.json().entries).toEqual([
      expect.objectContaining({ actorRole: 'operator', purpose: 'operations.support', purposeLabel: '平台运营人员处理账号问题或投诉' }),
    ]);
    expect(await t.services.audit.verify(t.db)).toMatchObject({ ok: true });
  });

  it('is closed to seekers and recruiters, and to operators without a reason; nothing is logged', async () => {
    const seeker = await buildUser(t.app);
    const recruiter = await buildUser(t.app, { role: 'recruiter' });
    const before = await rowCounts(t.db);
    const asRecruiter = await t.app.inject({
      method: 'POST',
      url: `/api/admin/accounts/${seeker.userId}/view`,
      payload: { reason: '看看' },
      ...authed(recruiter),
    });
    expect(asRecruiter.json().error.code).toBe('FORBIDDEN');
    const noReason = await t.app.inject({ method: 'POST', url: `/api/admin/accounts/${seeker.userId}/view`, payload: { reason: '  ' }, ...authed(operator) });
    expect(noReason.json().error.code).toBe('REASON_REQUIRED');
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/admin/accounts/${seeker.userId}/view`, payload: { reason: 'x' } });
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
    const unknownField = await t.app.inject({
      method: 'POST',
      url: `/api/admin/accounts/${seeker.userId}/view`,
      payload: { reason: 'x', fields: ['phone'] },
      ...authed(operator),
    });
    expect(unknownField.json().error.code).toBe('UNKNOWN_FIELD');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/admin/accounts/3b241101-e2bb-4255-8caf-4136c566a962/view',
      payload: { reason: '核查' },
      ...authed(operator),
    });
    expect(missing.json().error.code).toBe('NOT_FOUND');
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('does not list a person’s own reads, and needs a session', async () => {
    const seeker = await buildUser(t.app);
    const log = await t.app.inject({ method: 'GET', url: '/api/privacy/access-log', ...authed(seeker) });
    expect(log.json()).toEqual({ entries: [] });
    expect((await t.app.inject({ method: 'GET', url: '/api/privacy/access-log' })).json().error.code).toBe('UNAUTHENTICATED');
    expect((await t.app.inject({ method: 'GET', url: '/api/privacy/access-log?all=1', ...authed(seeker) })).json().error.code).toBe('UNKNOWN_FIELD');
  });
});
