import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { authed, buildUser, expectRefused, type SignedIn } from '../../test/factories.js';
import { insertEnterprises } from '../enterprises/index.js';

let t: TestApp;
let seeker: SignedIn;
let other: SignedIn;
let enterpriseA: number;
let enterpriseB: number;
beforeAll(async () => {
  t = await createTestApp();
  seeker = await buildUser(t.app);
  other = await buildUser(t.app);
  const rows = await insertEnterprises(t.db, [
    { name: '甲科技有限公司', city: '杭州', industry: '互联网', size: '20-99人', description: '', verified: true },
    { name: '乙商贸有限公司', city: '苏州', industry: '零售连锁', size: '100-499人', description: '', verified: false },
  ]);
  enterpriseA = rows[0]!.id;
  enterpriseB = rows[1]!.id;
});
afterAll(async () => {
  await t?.close();
});

const disclosures = () => t.services.disclosures;

describe('disclosures', () => {
  it('records a disclosure with the audit entry the seeker sees, and answers per enterprise', async () => {
    await t.db
      .transaction()
      .execute((trx) =>
        disclosures().record(trx, { seekerId: seeker.userId, enterpriseId: enterpriseA, resumeId: null, via: 'application', sourceId: 41 }, 'req-1'),
      );
    expect(await disclosures().isDisclosed(t.db, seeker.userId, enterpriseA)).toBe(true);
    expect(await disclosures().isDisclosed(t.db, seeker.userId, enterpriseB)).toBe(false);
    expect(await disclosures().isDisclosed(t.db, other.userId, enterpriseA)).toBe(false);
    expect([...(await disclosures().disclosedAmong(t.db, [seeker.userId, other.userId], enterpriseA))]).toEqual([seeker.userId]);

    const log = (await t.app.inject({ method: 'GET', url: '/api/privacy/access-log', ...authed(seeker, false) })).json().entries;
    expect(log[0]).toMatchObject({ enterpriseId: enterpriseA, action: 'disclose_by_application', fields: ['name', 'phone', 'resume'] });
  });

  it('lists my disclosures with the enterprise name, and nobody else’s', async () => {
    const mine = (await t.app.inject({ method: 'GET', url: '/api/me/disclosures', ...authed(seeker, false) })).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ enterprise: { id: enterpriseA, name: '甲科技有限公司' }, via: 'application', revokedAt: null });
    const theirs = (await t.app.inject({ method: 'GET', url: '/api/me/disclosures', ...authed(other, false) })).json().items;
    expect(theirs).toEqual([]);
  });

  it('refuses visitors, recruiters, someone else’s disclosure and a bad id, changing nothing', async () => {
    const id = (await t.app.inject({ method: 'GET', url: '/api/me/disclosures', ...authed(seeker, false) })).json().items[0].id;
    await expectRefused(t, { method: 'GET', url: '/api/me/disclosures' }, 'UNAUTHENTICATED');
    const recruiter = await buildUser(t.app, { role: 'recruiter' });
    await expectRefused(t, { method: 'GET', url: '/api/me/disclosures', ...authed(recruiter, false) }, 'FORBIDDEN');
    await expectRefused(t, { method: 'POST', url: `/api/me/disclosures/${id}/revoke`, ...authed(other) }, 'DISCLOSURE_NOT_FOUND');
    await expectRefused(t, { method: 'POST', url: `/api/me/disclosures/${id}/revoke`, ...authed(seeker, false) }, 'CSRF_INVALID');
    await expectRefused(t, { method: 'POST', url: '/api/me/disclosures/abc/revoke', ...authed(seeker) }, 'VALIDATION_FAILED');
    expect(await disclosures().isDisclosed(t.db, seeker.userId, enterpriseA)).toBe(true);
  });

  it('revokes for the future in one step, audited, and not twice', async () => {
    const id = (await t.app.inject({ method: 'GET', url: '/api/me/disclosures', ...authed(seeker, false) })).json().items[0].id;
    const res = await t.app.inject({ method: 'POST', url: `/api/me/disclosures/${id}/revoke`, ...authed(seeker) });
    expect(res.json()).toEqual({ ok: true });
    expect(await disclosures().isDisclosed(t.db, seeker.userId, enterpriseA)).toBe(false);
    const item = (await t.app.inject({ method: 'GET', url: '/api/me/disclosures', ...authed(seeker, false) })).json().items[0];
    expect(item.revokedAt).toEqual(expect.any(String));
    const log = (await t.app.inject({ method: 'GET', url: '/api/privacy/access-log', ...authed(seeker, false) })).json().entries;
    expect(log.map((e: { action: string }) => e.action)).toContain('revoke_disclosure');
    await expectRefused(t, { method: 'POST', url: `/api/me/disclosures/${id}/revoke`, ...authed(seeker) }, 'DISCLOSURE_NOT_FOUND');
  });

  it('ends the disclosures of one application or contact request only', async () => {
    await t.db.transaction().execute(async (trx) => {
      await disclosures().record(trx, { seekerId: other.userId, enterpriseId: enterpriseA, resumeId: null, via: 'contact_request', sourceId: 7 }, null);
      await disclosures().record(trx, { seekerId: other.userId, enterpriseId: enterpriseB, resumeId: null, via: 'contact_request', sourceId: 8 }, null);
    });
    await disclosures().revokeSource(t.db, 'contact_request', 7);
    expect(await disclosures().isDisclosed(t.db, other.userId, enterpriseA)).toBe(false);
    expect(await disclosures().isDisclosed(t.db, other.userId, enterpriseB)).toBe(true);
  });

  it('is part of the seeker’s export, naming the enterprises', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/privacy/exports', ...authed(other) });
    const rows = res.json().export.modules.disclosures.disclosures.rows as { enterprise_id: number }[];
    expect(rows.map((r) => r.enterprise_id).sort()).toEqual([enterpriseA, enterpriseB].sort());
  });
});
