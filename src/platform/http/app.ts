import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { accountsRoutes } from '../../modules/accounts/index.js';
import { applicationsRoutes } from '../../modules/applications/index.js';
import { disclosuresRoutes } from '../../modules/disclosures/index.js';
import { enterprisesRoutes } from '../../modules/enterprises/index.js';
import { favouritesRoutes } from '../../modules/favourites/index.js';
import { jobsRoutes } from '../../modules/jobs/index.js';
import { recommendationsRoutes } from '../../modules/recommendations/index.js';
import { reportsRoutes } from '../../modules/reports/index.js';
import { resumesRoutes } from '../../modules/resumes/index.js';
import { searchRoutes } from '../../modules/search/index.js';
import { taxonomyRoutes } from '../../modules/taxonomy/index.js';
import { consentRoutes } from '../../privacy/consent-routes.js';
import { policyApiRoutes, policyPages } from '../../privacy/policy/index.js';
import { rightsRoutes } from '../../privacy/rights/index.js';
import { privacyRoutes } from '../../privacy/routes.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/cookies.js';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { AppError, type ErrorCode, messageFor, pickLocale } from '../errors.js';
import { DEFAULT_MAX_FILE_BYTES } from '../files/index.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import { errorResponses } from './schemas.js';
import type { App } from './types.js';
import { describeValidationErrors, validatorCompiler } from './validation.js';

export interface AppDeps {
  config: Config;
  db: Db;
  log: Logger;
  services: Services;
  version?: string;
}

const MetaReply = Type.Object({ version: Type.String(), devSmsOutbox: Type.Boolean() }, { additionalProperties: false });
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, db, log } = deps;
  const app = Fastify({
    loggerInstance: log,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 64 * 1024,
    trustProxy: config.trustProxy,
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;
  app.setValidatorCompiler(validatorCompiler);

  const secureCookies = config.cookieSecure ?? config.env === 'production';
  const { accounts } = deps.services;

  // 1. external plugins
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  // Multipart bodies are read only by the routes that declare them (consumes multipart/form-data),
  // each with its own per-file limit (platform/files readUploads); JSON bodies keep the 64 KB limit.
  await app.register(fastifyMultipart, { limits: { fileSize: DEFAULT_MAX_FILE_BYTES, files: 4, fields: 10, parts: 16 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Renhe API',
        version: deps.version ?? '0.1.0',
        description: 'JSON API of Renhe (人和). Errors share one shape: `{ error: { code, message, details? } }`.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true });

  // 2. app plugins: request context, authentication, CSRF, access rules
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfRejected', false);
  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    req.ctx = {
      actor: null,
      requestId: req.id,
      log: req.log,
      db,
      locale: pickLocale(req.headers['x-renhe-locale'] as string | undefined, req.headers['accept-language']),
      ip: req.ip,
      userAgent: req.headers['user-agent'],
    };
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const actor = await accounts.authenticate(db, token);
    if (!actor) return;
    // A cookie-authenticated write without the matching CSRF token does not act as the user.
    // Routes that need the user then refuse it; public routes (sign-in) run as a visitor.
    if (UNSAFE_METHODS.has(req.method) && !accounts.csrfMatches(token, req.headers[CSRF_HEADER] as string | undefined)) {
      req.csrfRejected = true;
      return;
    }
    req.actor = actor;
    req.ctx.actor = actor;
  });
  app.addHook('preHandler', async (req) => {
    const rc = req.routeOptions.config;
    if (!req.routeOptions.url?.startsWith('/api/') || rc.public) return;
    if (req.csrfRejected) throw new AppError('CSRF_INVALID');
    if (!req.actor) throw new AppError('UNAUTHENTICATED');
    if (rc.roles && !rc.roles.includes(req.actor.role)) throw new AppError('FORBIDDEN');
  });

  // A multipart body reaches only a route that reads one; elsewhere it is refused unread.
  app.addHook('preValidation', async (req) => {
    if (req.isMultipart() && !(req.routeOptions.schema?.consumes ?? []).includes('multipart/form-data')) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  });

  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    const locale = req.ctx?.locale ?? 'zh-CN';
    let code: ErrorCode;
    let details: Record<string, unknown> | undefined;
    if (err instanceof AppError) {
      code = err.code;
      details = err.details;
    } else if ((err as FastifyError).validation) {
      const fields = describeValidationErrors((err as FastifyError).validation ?? []);
      code = fields.some((f) => f.rule === 'unknown') ? 'UNKNOWN_FIELD' : 'VALIDATION_FAILED';
      details = { fields };
    } else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      code = 'PAYLOAD_TOO_LARGE';
    } else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      code = 'UNSUPPORTED_MEDIA_TYPE';
    } else if ((err as FastifyError).statusCode === 400) {
      code = 'MALFORMED_BODY';
    } else if ((err as FastifyError).statusCode === 429) {
      code = 'RATE_LIMITED';
    } else {
      code = 'INTERNAL';
      req.log.error({ err }, 'unhandled error');
    }
    const status = code === 'INTERNAL' ? 500 : new AppError(code).status;
    if (status >= 400 && status < 500) req.log.info({ errorCode: code }, 'request refused');
    if (details && 'retryAfterSeconds' in details) reply.header('retry-after', String(details.retryAfterSeconds));
    reply.status(status).send({ error: { code, message: messageFor(code, locale), ...(details ? { details } : {}) } });
  });

  // 3. routes
  app.get('/healthz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { status: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
  await app.register(
    async (api) => {
      const a = api as unknown as App;
      a.get(
        '/meta',
        {
          config: { public: true },
          schema: { operationId: 'getMeta', tags: ['meta'], summary: 'Facts the web app needs at start', response: { 200: MetaReply, ...errorResponses } },
        },
        async () => ({
          version: deps.version ?? '0.1.0',
          devSmsOutbox: config.smsAdapter === 'outbox',
        }),
      );
      await accountsRoutes(a, { service: accounts, secureCookies, devOutbox: config.smsAdapter === 'outbox' });
      await jobsRoutes(a, deps.services);
      await taxonomyRoutes(a);
      await enterprisesRoutes(a, { service: deps.services.enterprises });
      await resumesRoutes(a, deps.services);
      await disclosuresRoutes(a, deps.services);
      await applicationsRoutes(a, deps.services);
      await reportsRoutes(a, deps.services);
      await favouritesRoutes(a, deps.services);
      await searchRoutes(a, deps.services);
      await recommendationsRoutes(a, deps.services);
      await privacyRoutes(a, deps.services);
      await consentRoutes(a, deps.services);
      await rightsRoutes(a, deps.services);
      await policyApiRoutes(a, deps.services);
    },
    { prefix: '/api' },
  );
  // The published privacy policy: plain HTML at the root, declared before the web app's fallback.
  await policyPages(app, deps.services);

  // 4. the web app, with client-side routes falling back to index.html
  const indexHtml = path.join(config.webDist, 'index.html');
  const hasWeb = fs.existsSync(indexHtml);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: config.webDist, wildcard: false, index: false });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && hasWeb && !req.url.startsWith('/api/') && !req.url.startsWith('/docs')) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: messageFor('NOT_FOUND', req.ctx?.locale ?? 'zh-CN') } });
  });

  return app;
}
