import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { rowCounts } from '../../test/db.js';
import { authed, buildUser, cookiesOf, expectRefused as refused, requestCode, uniquePhone } from '../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const expectRefused = (req: InjectOptions, code: string) => refused(t, req, code);

const oneMegabyte = 'x'.repeat(1024 * 1024);

describe('POST /api/auth/sms-code', () => {
  it('works without signing in and answers the same for registered and unknown numbers', async () => {
    const known = await buildUser(t.app);
    const unknown = uniquePhone();
    const a = await t.app.inject({ method: 'POST', url: '/api/auth/sms-code', payload: { phone: known.phone }, remoteAddress: '10.1.0.1' });
    // the known number was sent a code by buildUser moments ago; wait out nothing, compare the unknown path instead
    const b = await t.app.inject({ method: 'POST', url: '/api/auth/sms-code', payload: { phone: unknown }, remoteAddress: '10.1.0.2' });
    expect(b.statusCode).toBe(200);
    expect(b.json()).toEqual({ resendAfterSeconds: 60 });
    expect(a.json().error.code).toBe('SMS_TOO_SOON');
    const fresh = uniquePhone();
    const c = await t.app.inject({ method: 'POST', url: '/api/auth/sms-code', payload: { phone: fresh }, remoteAddress: '10.1.0.3' });
    expect(c.body).toBe(b.body);
  });

  it.each([
    ['malformed phone', { phone: '12345' }, 'PHONE_INVALID'],
    ['wrong type', { phone: 13800138000 }, 'VALIDATION_FAILED'],
    ['unknown field', { phone: '13800138000', role: 'operator' }, 'UNKNOWN_FIELD'],
    ['missing field', {}, 'VALIDATION_FAILED'],
    ['1 MB body', { phone: oneMegabyte }, 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s and writes nothing', async (_name, payload, code) => {
    await expectRefused({ method: 'POST', url: '/api/auth/sms-code', payload }, code);
  });

  it('refuses a body that is not JSON', async () => {
    await expectRefused({ method: 'POST', url: '/api/auth/sms-code', payload: '{"phone":', headers: { 'content-type': 'application/json' } }, 'MALFORMED_BODY');
  });

  it('localises the error message', async () => {
    const zh = await t.app.inject({ method: 'POST', url: '/api/auth/sms-code', payload: { phone: '1' } });
    const en = await t.app.inject({ method: 'POST', url: '/api/auth/sms-code', payload: { phone: '1' }, headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(zh.json().error.message).toMatch(/手机号/);
    expect(en.json().error.message).toMatch(/mobile number/);
    expect(zh.statusCode).toBe(400);
  });

  it('allows one code per 60 s per number', async () => {
    const phone = uniquePhone();
    await requestCode(t.app, phone);
    const again = await expectRefused({ method: 'POST', url: '/api/auth/sms-code', payload: { phone } }, 'SMS_TOO_SOON');
    expect(again.statusCode).toBe(429);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('allows at most 10 codes a day per number and per IP', async () => {
    const phone = uniquePhone();
    // Age earlier codes past the resend window instead of waiting.
    for (let i = 0; i < 10; i++) {
      await requestCode(t.app, phone, `10.2.0.${i}`);
      await sql`update sms_codes set created_at = created_at - interval '61 seconds'`.execute(t.db);
    }
    await expectRefused({ method: 'POST', url: '/api/auth/sms-code', payload: { phone }, headers: {} }, 'SMS_DAILY_LIMIT');

    const limited = await createTestApp({ smsDailyPerIp: 3 });
    try {
      for (let i = 0; i < 3; i++) {
        const r = await limited.app.inject({ method: 'POST', url: '/api/auth/sms-code', payload: { phone: uniquePhone() }, remoteAddress: '10.3.0.1' });
        expect(r.statusCode).toBe(200);
      }
      const r = await limited.app.inject({ method: 'POST', url: '/api/auth/sms-code', payload: { phone: uniquePhone() }, remoteAddress: '10.3.0.1' });
      expect(r.json().error.code).toBe('SMS_DAILY_LIMIT');
      const other = await limited.app.inject({ method: 'POST', url: '/api/auth/sms-code', payload: { phone: uniquePhone() }, remoteAddress: '10.3.0.2' });
      expect(other.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('stores neither the number nor the code in readable form', async () => {
    const phone = uniquePhone();
    const code = await requestCode(t.app, phone);
    const rows = await sql<{ row: string }>`select row_to_json(c)::text as row from sms_codes c`.execute(t.db);
    const dump = rows.rows.map((r) => r.row).join('\n');
    expect(dump).not.toContain(phone);
    expect(dump).not.toContain(code);
  });
});

describe('POST /api/auth/register', () => {
  it('creates a seeker account and signs in with an httpOnly SameSite session cookie', async () => {
    const phone = uniquePhone();
    const code = await requestCode(t.app, phone);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { phone, code, role: 'seeker', displayName: '王小明', birthDate: '1998-03-02', acceptTerms: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      role: 'seeker',
      displayName: '王小明',
      phoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      hasPassword: false,
    });
    const session = (res.cookies as { name: string; httpOnly?: boolean; sameSite?: string }[]).find((c) => c.name === 'renhe_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    const stored = await t.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(cookiesOf(res).renhe_session);
  });

  it('registers a recruiter without a birth date', async () => {
    const user = await buildUser(t.app, { role: 'recruiter' });
    const me = await t.app.inject({ method: 'GET', url: '/api/account', ...authed(user) });
    expect(me.json().profile.role).toBe('recruiter');
  });

  async function registerWith(overrides: Record<string, unknown>, code: string) {
    const phone = uniquePhone();
    const real = await requestCode(t.app, phone);
    const payload = { phone, code: real, role: 'seeker', displayName: '李华', birthDate: '1995-01-01', acceptTerms: true, ...overrides };
    const res = await expectRefused({ method: 'POST', url: '/api/auth/register', payload }, code);
    return { res, phone, real };
  }

  it.each([
    ['terms not accepted', { acceptTerms: false }, 'TERMS_NOT_ACCEPTED'],
    ['a seeker under 16', { birthDate: '2015-06-01' }, 'SEEKER_TOO_YOUNG'],
    ['a seeker without birth date', { birthDate: undefined }, 'BIRTH_DATE_REQUIRED'],
    ['an impossible birth date', { birthDate: '1990-02-30' }, 'VALIDATION_FAILED'],
    ['the operator role', { role: 'operator' }, 'VALIDATION_FAILED'],
    ['a wrong code', { code: '000000' }, 'CODE_INVALID'],
    ['an unknown field', { isAdmin: true }, 'UNKNOWN_FIELD'],
    ['a wrong type', { acceptTerms: 'yes' }, 'VALIDATION_FAILED'],
    ['a malformed phone', { phone: '2380013800' }, 'PHONE_INVALID'],
    ['a 1 MB body', { displayName: oneMegabyte }, 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s and writes no account', async (_name, overrides, code) => {
    await registerWith(overrides, code);
  });

  it('keeps the code usable after a form mistake', async () => {
    const { phone, real } = await registerWith({ birthDate: '2014-01-01' }, 'SEEKER_TOO_YOUNG');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { phone, code: real, role: 'seeker', displayName: '李华', birthDate: '2000-01-01', acceptTerms: true },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('says under-16 in the user language', async () => {
    const phone = uniquePhone();
    const code = await requestCode(t.app, phone);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { 'x-renhe-locale': 'en' },
      payload: { phone, code, role: 'seeker', displayName: 'Li', birthDate: '2012-01-01', acceptTerms: true },
    });
    expect(res.json().error.message).toMatch(/at least 16/);
  });

  it('refuses an expired code', async () => {
    const phone = uniquePhone();
    const code = await requestCode(t.app, phone);
    await sql`update sms_codes set expires_at = now() - interval '1 second'`.execute(t.db);
    await expectRefused(
      { method: 'POST', url: '/api/auth/register', payload: { phone, code, role: 'recruiter', displayName: '招聘者', acceptTerms: true } },
      'CODE_INVALID',
    );
  });

  it('kills a code after 5 wrong tries', async () => {
    const phone = uniquePhone();
    const code = await requestCode(t.app, phone);
    const wrong = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login/code', payload: { phone, code: wrong } });
      expect(r.json().error.code).toBe('CODE_INVALID');
    }
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login/code', payload: { phone, code } });
    expect(right.json().error.code).toBe('CODE_INVALID');
  });

  it('refuses a second account for the same number', async () => {
    const user = await buildUser(t.app);
    await sql`update sms_codes set created_at = created_at - interval '61 seconds'`.execute(t.db);
    const code = await requestCode(t.app, user.phone);
    await expectRefused(
      { method: 'POST', url: '/api/auth/register', payload: { phone: user.phone, code, role: 'recruiter', displayName: 'x', acceptTerms: true } },
      'PHONE_ALREADY_REGISTERED',
    );
  });
});

describe('POST /api/auth/login/code', () => {
  it('signs an existing account in and asks an unknown number to register', async () => {
    const user = await buildUser(t.app);
    await sql`update sms_codes set created_at = created_at - interval '61 seconds'`.execute(t.db);
    const code = await requestCode(t.app, user.phone);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login/code', payload: { phone: user.phone, code } });
    expect(res.json()).toMatchObject({ status: 'signed_in', user: { id: user.userId } });

    const phone = uniquePhone();
    const fresh = await requestCode(t.app, phone);
    const before = await rowCounts(t.db);
    const reg = await t.app.inject({ method: 'POST', url: '/api/auth/login/code', payload: { phone, code: fresh } });
    expect(reg.json()).toEqual({ status: 'registration_required' });
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it.each([
    ['malformed phone', { phone: 'abc', code: '123456' }, 'PHONE_INVALID'],
    ['wrong code', { phone: '13900000001', code: '123456' }, 'CODE_INVALID'],
    ['non-digit code', { phone: '13900000001', code: 'abcdef' }, 'VALIDATION_FAILED'],
    ['unknown field', { phone: '13900000001', code: '123456', remember: true }, 'UNKNOWN_FIELD'],
    ['wrong type', { phone: '13900000001', code: 123456 }, 'VALIDATION_FAILED'],
    ['1 MB body', { phone: '13900000001', code: '123456', pad: oneMegabyte }, 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s and writes nothing', async (_n, payload, code) => {
    await expectRefused({ method: 'POST', url: '/api/auth/login/code', payload }, code);
  });
});

describe('password sign-in and PUT /api/account/password', () => {
  it('sets a password, then signs in with it on another device', async () => {
    const user = await buildUser(t.app);
    const set = await t.app.inject({ method: 'PUT', url: '/api/account/password', payload: { newPassword: 'renhe2026' }, ...authed(user) });
    expect(set.json()).toEqual({ ok: true });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login/password', payload: { phone: user.phone, password: 'renhe2026' } });
    expect(login.json()).toMatchObject({ status: 'signed_in', user: { id: user.userId, hasPassword: true } });
    const hash = await t.db.selectFrom('users').select('password_hash').where('id', '=', user.userId).executeTakeFirstOrThrow();
    expect(hash.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('asks for the current password to change it', async () => {
    const user = await buildUser(t.app);
    await t.app.inject({ method: 'PUT', url: '/api/account/password', payload: { newPassword: 'first1234' }, ...authed(user) });
    await expectRefused({ method: 'PUT', url: '/api/account/password', payload: { newPassword: 'second1234' }, ...authed(user) }, 'PASSWORD_WRONG');
    const ok = await t.app.inject({
      method: 'PUT',
      url: '/api/account/password',
      payload: { currentPassword: 'first1234', newPassword: 'second1234' },
      ...authed(user),
    });
    expect(ok.statusCode).toBe(200);
  });

  it('gives the same answer for an unknown number and a wrong password, and pauses after 5 failures', async () => {
    const user = await buildUser(t.app);
    await t.app.inject({ method: 'PUT', url: '/api/account/password', payload: { newPassword: 'right1234' }, ...authed(user) });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login/password', payload: { phone: uniquePhone(), password: 'right1234' } });
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login/password', payload: { phone: user.phone, password: 'wrong1234' } });
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().error.code).toBe('CREDENTIALS_INVALID');
    for (let i = 0; i < 4; i++) await t.app.inject({ method: 'POST', url: '/api/auth/login/password', payload: { phone: user.phone, password: 'wrong1234' } });
    const paused = await t.app.inject({ method: 'POST', url: '/api/auth/login/password', payload: { phone: user.phone, password: 'right1234' } });
    expect(paused.json().error.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it.each([
    ['weak password', { newPassword: 'short' }, 'PASSWORD_WEAK'],
    ['letters only', { newPassword: 'abcdefghij' }, 'PASSWORD_WEAK'],
    ['unknown field', { newPassword: 'abcd12345', hint: 'x' }, 'UNKNOWN_FIELD'],
    ['wrong type', { newPassword: 12345678 }, 'VALIDATION_FAILED'],
    ['1 MB body', { newPassword: oneMegabyte }, 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s', async (_n, payload, code) => {
    const user = await buildUser(t.app);
    await expectRefused({ method: 'PUT', url: '/api/account/password', payload, ...authed(user) }, code);
  });

  it('refuses malformed password sign-in input', async () => {
    await expectRefused({ method: 'POST', url: '/api/auth/login/password', payload: { phone: '1380', password: 'x' } }, 'PHONE_INVALID');
    await expectRefused({ method: 'POST', url: '/api/auth/login/password', payload: { phone: '13800138000', password: 'x', otp: 1 } }, 'UNKNOWN_FIELD');
    await expectRefused({ method: 'POST', url: '/api/auth/login/password', payload: { phone: '13800138000', password: ['x'] } }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'POST', url: '/api/auth/login/password', payload: { phone: '13800138000', password: oneMegabyte } }, 'PAYLOAD_TOO_LARGE');
  });
});

describe('account endpoints need a session', () => {
  it.each([
    ['GET', '/api/account', undefined],
    ['PATCH', '/api/account', { displayName: 'x' }],
    ['PUT', '/api/account/password', { newPassword: 'abcd12345' }],
    ['GET', '/api/account/sessions', undefined],
    ['DELETE', '/api/account/sessions/3b241101-e2bb-4255-8caf-4136c566a962', undefined],
    ['POST', '/api/auth/logout', undefined],
  ] as const)('%s %s answers UNAUTHENTICATED without one', async (method, url, payload) => {
    const res = await expectRefused({ method, url, ...(payload ? { payload } : {}) }, 'UNAUTHENTICATED');
    expect(res.statusCode).toBe(401);
  });

  it('treats a revoked or made-up session cookie as signed out', async () => {
    await expectRefused({ method: 'GET', url: '/api/account', cookies: { renhe_session: 'made-up' } }, 'UNAUTHENTICATED');
  });

  it('lets a browser that lost its CSRF cookie sign in again and get the cookie back', async () => {
    const user = await buildUser(t.app);
    await t.app.inject({ method: 'PUT', url: '/api/account/password', payload: { newPassword: 'again1234' }, ...authed(user) });
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/password',
      cookies: authed(user).cookies,
      payload: { phone: user.phone, password: 'again1234' },
    });
    expect(signIn.json().status).toBe('signed_in');
    const me = await t.app.inject({ method: 'GET', url: '/api/account', cookies: authed(user).cookies });
    expect(cookiesOf(me).renhe_csrf).toBe(user.csrf);
  });

  it('refuses cookie-authenticated writes without the CSRF token', async () => {
    const user = await buildUser(t.app);
    await expectRefused({ method: 'PATCH', url: '/api/account', payload: { displayName: '新名字' }, ...authed(user, false) }, 'CSRF_INVALID');
    await expectRefused(
      { method: 'PATCH', url: '/api/account', payload: { displayName: '新名字' }, cookies: authed(user).cookies, headers: { 'x-csrf-token': 'forged' } },
      'CSRF_INVALID',
    );
  });
});

describe('PATCH /api/account', () => {
  it('refuses a recruiter birth date under 14 (guardian consent) and writes nothing', async () => {
    const recruiter = await buildUser(t.app, { role: 'recruiter' });
    const res = await expectRefused(
      { method: 'PATCH', url: '/api/account', payload: { birthDate: '2020-01-01' }, ...authed(recruiter) },
      'GUARDIAN_CONSENT_REQUIRED',
    );
    expect(res.json().error.message).toMatch(/监护人/);
  });

  it('edits profile basics', async () => {
    const user = await buildUser(t.app);
    const res = await t.app.inject({ method: 'PATCH', url: '/api/account', payload: { displayName: '陈晨', city: '杭州', gender: 'female' }, ...authed(user) });
    expect(res.json()).toMatchObject({ displayName: '陈晨', city: '杭州', gender: 'female' });
    const me = await t.app.inject({ method: 'GET', url: '/api/account', ...authed(user) });
    expect(me.json().profile.city).toBe('杭州');
  });

  it.each([
    ['an under-16 birth date', { birthDate: '2016-01-01' }, 'SEEKER_TOO_YOUNG'],
    ['an unknown gender', { gender: 'robot' }, 'VALIDATION_FAILED'],
    ['a birth date in the future', { birthDate: '2099-01-01' }, 'BIRTH_DATE_INVALID'],
    ['an unknown field', { phone: '13800138000' }, 'UNKNOWN_FIELD'],
    ['an empty name', { displayName: '   ' }, 'VALIDATION_FAILED'],
    ['a wrong type', { city: 5 }, 'VALIDATION_FAILED'],
    ['a 1 MB body', { city: oneMegabyte }, 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s and changes nothing', async (_n, payload, code) => {
    const user = await buildUser(t.app);
    const before = await t.db
      .selectFrom('users')
      .select(['display_name', 'birth_date', 'gender', 'city', 'updated_at'])
      .where('id', '=', user.userId)
      .executeTakeFirst();
    await expectRefused({ method: 'PATCH', url: '/api/account', payload, ...authed(user) }, code);
    const after = await t.db
      .selectFrom('users')
      .select(['display_name', 'birth_date', 'gender', 'city', 'updated_at'])
      .where('id', '=', user.userId)
      .executeTakeFirst();
    expect(after).toEqual(before);
  });
});

describe('sessions', () => {
  it('lists devices and revokes one; the revoked device is signed out', async () => {
    const user = await buildUser(t.app);
    await t.app.inject({ method: 'PUT', url: '/api/account/password', payload: { newPassword: 'device1234' }, ...authed(user) });
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/password',
      headers: { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile Safari' },
      payload: { phone: user.phone, password: 'device1234' },
    });
    const secondCookie = cookiesOf(second).renhe_session as string;
    const list = await t.app.inject({ method: 'GET', url: '/api/account/sessions', ...authed(user) });
    const sessions = list.json().sessions as { id: string; current: boolean; userAgent: string | null }[];
    expect(sessions).toHaveLength(2);
    const other = sessions.find((s) => !s.current);
    expect(other?.userAgent).toMatch(/iPhone/);
    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/account/sessions/${other?.id}`, ...authed(user) });
    expect(revoke.json()).toEqual({ ok: true });
    const gone = await t.app.inject({ method: 'GET', url: '/api/account', cookies: { renhe_session: secondCookie } });
    expect(gone.statusCode).toBe(401);
    const after = await t.app.inject({ method: 'GET', url: '/api/account/sessions', ...authed(user) });
    expect(after.json().sessions).toHaveLength(1);
  });

  it('cannot revoke another person’s session', async () => {
    const a = await buildUser(t.app);
    const b = await buildUser(t.app);
    const bSessions = await t.app.inject({ method: 'GET', url: '/api/account/sessions', ...authed(b) });
    const id = bSessions.json().sessions[0].id as string;
    await expectRefused({ method: 'DELETE', url: `/api/account/sessions/${id}`, ...authed(a) }, 'SESSION_NOT_FOUND');
    const still = await t.app.inject({ method: 'GET', url: '/api/account', ...authed(b) });
    expect(still.statusCode).toBe(200);
  });

  it('refuses a malformed session id', async () => {
    const user = await buildUser(t.app);
    await expectRefused({ method: 'DELETE', url: '/api/account/sessions/not-a-uuid', ...authed(user) }, 'VALIDATION_FAILED');
  });

  it('logout ends this session and clears the cookies', async () => {
    const user = await buildUser(t.app);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', ...authed(user) });
    expect(out.json()).toEqual({ ok: true });
    expect(String(out.headers['set-cookie'])).toMatch(/renhe_session=;/);
    const me = await t.app.inject({ method: 'GET', url: '/api/account', ...authed(user) });
    expect(me.statusCode).toBe(401);
  });
});

describe('POST /api/dev/sms-outbox', () => {
  it('needs no session and shows only texts for the number asked about', async () => {
    const phone = uniquePhone();
    await requestCode(t.app, phone);
    const res = await t.app.inject({ method: 'POST', url: '/api/dev/sms-outbox', payload: { phone: uniquePhone() } });
    expect(res.json()).toEqual({ messages: [] });
  });

  it('refuses bad input', async () => {
    await expectRefused({ method: 'POST', url: '/api/dev/sms-outbox', payload: { phone: 'x' } }, 'PHONE_INVALID');
    await expectRefused({ method: 'POST', url: '/api/dev/sms-outbox', payload: { phone: '13800138000', all: true } }, 'UNKNOWN_FIELD');
    await expectRefused({ method: 'POST', url: '/api/dev/sms-outbox', payload: { phone: 1 } }, 'VALIDATION_FAILED');
    await expectRefused({ method: 'POST', url: '/api/dev/sms-outbox', payload: { phone: oneMegabyte } }, 'PAYLOAD_TOO_LARGE');
  });
});
