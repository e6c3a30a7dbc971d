import type { FastifyReply } from 'fastify';
import { clearSessionCookies, refreshCsrfCookie, setSessionCookies } from '../../platform/auth/cookies.js';
import type { Db } from '../../platform/db/index.js';
import { errorResponses, Ok } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import * as S from './schemas.js';
import type { AccountsService, NewSession } from './service.js';

export interface AccountsRouteOptions {
  service: AccountsService;
  secureCookies: boolean;
  devOutbox: boolean;
}

export async function accountsRoutes(app: App, { service, secureCookies, devOutbox }: AccountsRouteOptions) {
  const tags = ['accounts'];

  /** Sets the session cookies and answers with the profile and the CSRF token. */
  const signedIn = async (db: Db, reply: FastifyReply, result: { userId: string; session: NewSession }) => {
    setSessionCookies(reply, result.session, secureCookies);
    return { status: 'signed_in' as const, user: await service.profileOf(db, result.userId), csrfToken: result.session.csrfToken };
  };

  app.post(
    '/auth/sms-code',
    {
      config: { public: true },
      schema: {
        operationId: 'sendSmsCode',
        tags,
        summary: 'Send a sign-in / sign-up code by SMS',
        body: S.SendCodeBody,
        response: { 200: S.SendCodeReply, ...errorResponses },
      },
    },
    async (req) => service.sendCode(req.ctx, req.body),
  );

  app.post(
    '/auth/login/code',
    {
      config: { public: true },
      schema: {
        operationId: 'loginWithCode',
        tags,
        summary: 'Sign in with an SMS code; tells when the number still needs to register',
        body: S.CodeLoginBody,
        response: { 200: S.AuthReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const result = await service.loginWithCode(req.ctx, req.body);
      if (!result) return { status: 'registration_required' as const };
      return signedIn(req.ctx.db, reply, result);
    },
  );

  app.post(
    '/auth/login/password',
    {
      config: { public: true },
      schema: {
        operationId: 'loginWithPassword',
        tags,
        summary: 'Sign in with phone number and password',
        body: S.PasswordLoginBody,
        response: { 200: S.AuthReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const result = await service.loginWithPassword(req.ctx, req.body);
      return signedIn(req.ctx.db, reply, result);
    },
  );

  app.post(
    '/auth/register',
    {
      config: { public: true },
      schema: {
        operationId: 'register',
        tags,
        summary: 'Create an account with a verified number',
        body: S.RegisterBody,
        response: { 200: S.AuthReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const result = await service.register(req.ctx, req.body);
      return signedIn(req.ctx.db, reply, result);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { operationId: 'logout', tags, summary: 'Sign out of this device', response: { 200: Ok, ...errorResponses } } },
    async (req, reply) => {
      await service.logout(req.ctx);
      clearSessionCookies(reply, secureCookies);
      return { ok: true as const };
    },
  );

  app.get(
    '/account',
    { schema: { operationId: 'getAccount', tags, summary: 'The signed-in account and its CSRF token', response: { 200: S.SessionView, ...errorResponses } } },
    async (req, reply) => {
      const token = req.cookies.renhe_session ?? '';
      const csrfToken = service.csrfFor(token);
      // A browser that lost its CSRF cookie gets it back instead of being stuck.
      if (req.cookies.renhe_csrf !== csrfToken) refreshCsrfCookie(reply, csrfToken, secureCookies);
      return { profile: await service.getProfile(req.ctx), csrfToken };
    },
  );

  app.patch(
    '/account',
    { schema: { operationId: 'updateAccount', tags, summary: 'Edit profile basics', body: S.ProfilePatch, response: { 200: S.Profile, ...errorResponses } } },
    async (req) => service.updateProfile(req.ctx, req.body),
  );

  app.put(
    '/account/password',
    { schema: { operationId: 'setPassword', tags, summary: 'Set or change the password', body: S.PasswordBody, response: { 200: Ok, ...errorResponses } } },
    async (req) => {
      await service.setPassword(req.ctx, req.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/account/sessions',
    { schema: { operationId: 'listSessions', tags, summary: 'Devices signed in to this account', response: { 200: S.SessionList, ...errorResponses } } },
    async (req) => ({ sessions: await service.listSessions(req.ctx) }),
  );

  app.delete(
    '/account/sessions/:id',
    { schema: { operationId: 'revokeSession', tags, summary: 'Sign a device out', params: S.SessionParams, response: { 200: Ok, ...errorResponses } } },
    async (req) => {
      await service.revokeSession(req.ctx, req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/admin/accounts/:id/view',
    {
      config: { roles: ['operator'] },
      schema: {
        operationId: 'adminViewAccount',
        tags: ['admin'],
        summary: 'An operator opens one account; the access and its reason are audited',
        params: S.AdminViewParams,
        body: S.AdminViewBody,
        response: { 200: S.AdminAccountView, ...errorResponses },
      },
    },
    async (req) => service.viewAccountAsOperator(req.ctx, req.params.id, req.body.reason),
  );

  if (devOutbox) {
    app.post(
      '/dev/sms-outbox',
      {
        config: { public: true },
        schema: {
          operationId: 'readSmsOutbox',
          tags: ['development'],
          summary: 'Texts the development SMS outbox holds for a number (only when SMS_ADAPTER=outbox)',
          body: S.OutboxQuery,
          response: { 200: S.OutboxReply, ...errorResponses },
        },
      },
      async (req) => ({ messages: await service.readOutbox(req.ctx, req.body) }),
    );
  }
}
