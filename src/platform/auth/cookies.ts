import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'renhe_session';
export const CSRF_COOKIE = 'renhe_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface IssuedSession {
  token: string;
  csrfToken: string;
  maxAgeSeconds: number;
}

/**
 * The session token travels only in an httpOnly cookie. The CSRF token is readable by the page
 * (not httpOnly) and must be echoed in the x-csrf-token header on every cookie-authenticated write.
 */
export function setSessionCookies(reply: FastifyReply, session: IssuedSession, secure: boolean) {
  const base = { path: '/', sameSite: 'lax' as const, secure, maxAge: session.maxAgeSeconds };
  reply.setCookie(SESSION_COOKIE, session.token, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}

export function refreshCsrfCookie(reply: FastifyReply, csrfToken: string, secure: boolean) {
  reply.setCookie(CSRF_COOKIE, csrfToken, { path: '/', sameSite: 'lax', secure, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, secure: boolean) {
  for (const name of [SESSION_COOKIE, CSRF_COOKIE]) reply.clearCookie(name, { path: '/', sameSite: 'lax', secure });
}
