import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { App } from '../platform/http/types.js';
import type { TestApp } from './app.js';
import { rowCounts } from './db.js';

let counter = 0;
/** A mainland number unique within this test process. */
export function uniquePhone(): string {
  counter += 1;
  return `139${String(process.pid % 10000).padStart(4, '0')}${String(counter).padStart(4, '0')}`;
}

export interface SignedIn {
  phone: string;
  userId: string;
  cookies: Record<string, string>;
  csrf: string;
  res: LightMyRequestResponse;
}

export function cookiesOf(res: LightMyRequestResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of res.cookies as { name: string; value: string }[]) out[c.name] = c.value;
  return out;
}

/** Sends a code and reads it back from the development outbox, as the web UI does. */
export async function requestCode(app: App, phone: string, ip = '10.0.0.1'): Promise<string> {
  const sent = await app.inject({ method: 'POST', url: '/api/auth/sms-code', payload: { phone }, remoteAddress: ip });
  if (sent.statusCode !== 200) throw new Error(`sms-code failed: ${sent.body}`);
  const box = await app.inject({ method: 'POST', url: '/api/dev/sms-outbox', payload: { phone } });
  const body = box.json().messages[0]?.body as string;
  const code = /(\d{6})/.exec(body)?.[1];
  if (!code) throw new Error('no code in outbox');
  return code;
}

/** Registers through the API, with overridable fields (a seeker of 30 by default). */
export async function buildUser(
  app: App,
  overrides: Partial<{ phone: string; role: 'seeker' | 'recruiter'; displayName: string; birthDate: string }> = {},
): Promise<SignedIn> {
  const phone = overrides.phone ?? uniquePhone();
  const code = await requestCode(app, phone);
  const role = overrides.role ?? 'seeker';
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/register',
    payload: {
      phone,
      code,
      role,
      displayName: overrides.displayName ?? '测试用户',
      ...(role === 'seeker' ? { birthDate: overrides.birthDate ?? '1996-05-20' } : {}),
      acceptTerms: true,
    },
  });
  if (res.statusCode !== 200) throw new Error(`register failed: ${res.body}`);
  const cookies = cookiesOf(res);
  return { phone, userId: res.json().user.id, cookies, csrf: cookies.renhe_csrf as string, res };
}

/** Headers for a cookie-authenticated write. */
export function authed(user: SignedIn, withCsrf = true): { cookies: Record<string, string>; headers: Record<string, string> } {
  return {
    cookies: { renhe_session: user.cookies.renhe_session as string },
    headers: withCsrf ? { 'x-csrf-token': user.csrf } : {},
  };
}

/** An operator account (created as the CLI does) signed in by password. */
export async function buildOperator(
  t: { app: App; db: TestApp['db']; services: TestApp['services'] },
  phone = '13600000001',
  displayName = '运营',
): Promise<SignedIn> {
  await t.services.accounts.createOperator(t.db, { phone, password: 'operator2026', displayName });
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login/password', payload: { phone, password: 'operator2026' } });
  if (res.statusCode !== 200) throw new Error(`operator sign-in failed: ${res.body}`);
  const cookies = cookiesOf(res);
  return { phone, userId: res.json().user.id, cookies, csrf: cookies.renhe_csrf as string, res };
}

/** Sends a request and asserts it was refused with `code` and that no table changed. */
export async function expectRefused(t: { app: App; db: TestApp['db'] }, req: InjectOptions, code: string): Promise<LightMyRequestResponse> {
  const before = await rowCounts(t.db);
  const res = await t.app.inject(req);
  expect(res.json().error?.code, res.body).toBe(code);
  expect(await rowCounts(t.db)).toEqual(before);
  return res;
}
