import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app.js';
import { rowCounts } from '../test/db.js';
import { authed, buildUser, type SignedIn } from '../test/factories.js';
import { stateFromLedger } from './consent.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const decide = (user: SignedIn, purpose: string, decision: 'granted' | 'withdrawn') =>
  t.app.inject({ method: 'POST', url: '/api/privacy/consents', payload: { purpose, decision, screen: 'privacy_centre' }, ...authed(user) });

const stateOf = async (user: SignedIn) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/privacy/consents', ...authed(user) });
  return Object.fromEntries((res.json().purposes as { purpose: string; granted: boolean }[]).map((p) => [p.purpose, p.granted]));
};

describe('consent ledger', () => {
  it('records the agreement given at sign-up with the policy version shown', async () => {
    const user = await buildUser(t.app);
    const rows = await t.db
      .selectFrom('consent_ledger')
      .select(['purpose', 'decision', 'screen', 'policy_hash', 'material_hash'])
      .where('subject_id', '=', user.userId)
      .execute();
    expect(rows).toEqual([
      {
        purpose: 'terms',
        decision: 'granted',
        screen: 'signup',
        policy_hash: expect.stringMatching(/^[0-9a-f]{16}$/),
        material_hash: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
    ]);
    const state = await stateOf(user);
    expect(state).toMatchObject({ terms: true, personalised_recommendation: false, recruiter_contact: false, 'marketing.sms': false });
  });

  it('grants and withdraws in one step each, and a withdrawn purpose is no longer served', async () => {
    const user = await buildUser(t.app);
    expect((await decide(user, 'marketing.sms', 'granted')).statusCode).toBe(200);
    expect(await t.services.consent.isGranted(t.db, user.userId, 'marketing.sms')).toBe(true);
    const withdrawn = await decide(user, 'marketing.sms', 'withdrawn');
    expect(withdrawn.json().purposes.find((p: { purpose: string }) => p.purpose === 'marketing.sms').granted).toBe(false);
    await expect(t.services.consent.requireGranted(t.db, user.userId, 'marketing.sms')).rejects.toMatchObject({ code: 'CONSENT_NOT_GIVEN' });
    const history = await t.app.inject({ method: 'GET', url: '/api/privacy/consents/history', ...authed(user) });
    expect(history.json().entries.map((e: { purpose: string; decision: string }) => `${e.purpose}:${e.decision}`)).toEqual([
      'marketing.sms:withdrawn',
      'marketing.sms:granted',
      'terms:granted',
    ]);
  });

  it('offers "allow recruiters to contact me" to seekers only', async () => {
    const recruiter = await buildUser(t.app, { role: 'recruiter' });
    expect(Object.keys(await stateOf(recruiter))).not.toContain('recruiter_contact');
    const res = await decide(recruiter, 'recruiter_contact', 'granted');
    expect(res.json().error.code).toBe('CONSENT_PURPOSE_UNKNOWN');
  });

  it('refuses bad input, withdrawing the agreement itself, and visitors — writing nothing', async () => {
    const user = await buildUser(t.app);
    const cases: [Record<string, unknown>, string][] = [
      [{ purpose: 'terms', decision: 'withdrawn', screen: 'privacy_centre' }, 'CONSENT_REQUIRED_FOR_ACCOUNT'],
      [{ purpose: 'sell_my_data', decision: 'granted', screen: 'privacy_centre' }, 'CONSENT_PURPOSE_UNKNOWN'],
      [{ purpose: 'marketing.sms', decision: 'maybe', screen: 'privacy_centre' }, 'VALIDATION_FAILED'],
      [{ purpose: 'marketing.sms', decision: 'granted', screen: 'privacy_centre', at: '2020-01-01' }, 'UNKNOWN_FIELD'],
      [{ purpose: 1, decision: 'granted', screen: 'privacy_centre' }, 'VALIDATION_FAILED'],
      [{ purpose: 'x'.repeat(1024 * 1024), decision: 'granted', screen: 'privacy_centre' }, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [payload, code] of cases) {
      const before = await rowCounts(t.db);
      const res = await t.app.inject({ method: 'POST', url: '/api/privacy/consents', payload, ...authed(user) });
      expect(res.json().error?.code, JSON.stringify(payload).slice(0, 80)).toBe(code);
      expect(await rowCounts(t.db)).toEqual(before);
    }
    for (const [method, url] of [
      ['GET', '/api/privacy/consents'],
      ['GET', '/api/privacy/consents/history'],
      ['POST', '/api/privacy/consents'],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        ...(method === 'POST' ? { payload: { purpose: 'marketing.sms', decision: 'granted', screen: 'privacy_centre' } } : {}),
      });
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('cannot be changed or deleted, even directly in the database', async () => {
    await buildUser(t.app);
    await expect(sql`update consent_ledger set decision = 'withdrawn'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from consent_ledger`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('asks again after a material policy change, without resetting anything', async () => {
    const user = await buildUser(t.app);
    await decide(user, 'personalised_recommendation', 'granted');
    // The person agreed to an earlier version whose purposes differed.
    await sql`insert into consent_ledger (subject_id, purpose, decision, policy_hash, material_hash, screen)
      values (${user.userId}, 'terms', 'granted', 'oldpolicyhash000', 'oldmaterial00000', 'signup')`.execute(t.db);
    const asked = await t.app.inject({ method: 'GET', url: '/api/privacy/consents', ...authed(user) });
    expect(asked.json().needsReconsent).toBe(true);
    expect(await stateOf(user)).toMatchObject({ terms: true, personalised_recommendation: true });
    const agreed = await t.app.inject({
      method: 'POST',
      url: '/api/privacy/consents',
      payload: { purpose: 'terms', decision: 'granted', screen: 'policy_update' },
      ...authed(user),
    });
    expect(agreed.json().needsReconsent).toBe(false);
  });

  it('rebuilds any past state from the ledger alone (random decisions by several people)', async () => {
    const people = [await buildUser(t.app), await buildUser(t.app), await buildUser(t.app, { role: 'recruiter' })];
    const purposes = ['personalised_recommendation', 'marketing.sms', 'marketing.email', 'recruiter_contact'];
    const snapshots: { person: number; at: Date; state: Record<string, boolean> }[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom(...purposes), fc.boolean()), { minLength: 1, maxLength: 8 }),
        async (ops) => {
          for (const [i, purpose, grant] of ops) {
            const person = people[i] as SignedIn;
            await decide(person, purpose, grant ? 'granted' : 'withdrawn');
            await new Promise((r) => setTimeout(r, 2));
            snapshots.push({ person: i, at: new Date(), state: await stateOf(person) });
          }
        },
      ),
      { numRuns: 12 },
    );
    expect(snapshots.length).toBeGreaterThan(12);
    for (const snap of snapshots) {
      const person = people[snap.person] as SignedIn;
      const rebuilt = stateFromLedger(await t.services.consent.ledger(t.db, person.userId), snap.at);
      const offered = Object.keys(snap.state);
      const fromLedger = Object.fromEntries(offered.map((p) => [p, rebuilt.get(p)?.decision === 'granted']));
      expect(fromLedger).toEqual(snap.state);
    }
  });
});
