import createClient, { type Middleware } from 'openapi-fetch';
import { currentLanguage } from '../i18n';
import type { paths } from './schema';

const CSRF_COOKIE = 'renhe_csrf';
const CSRF_HEADER = 'x-csrf-token';
const LOCALE_HEADER = 'x-renhe-locale';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq > -1 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * Every request carries the UI language, so error messages come back in it; every write carries
 * the CSRF token from the (readable) renhe_csrf cookie.
 */
const renheHeaders: Middleware = {
  onRequest({ request }) {
    request.headers.set(LOCALE_HEADER, currentLanguage());
    if (!SAFE_METHODS.has(request.method)) {
      const token = readCookie(CSRF_COOKIE);
      if (token) request.headers.set(CSRF_HEADER, token);
    }
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(renheHeaders);
