import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Locale, pickLocale } from '../../platform/errors.js';
import { errorResponses } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { html } from './html.js';
import { pick } from './labels.js';
import { formatDate, renderNotFoundPage, renderPage, renderVersionsPage } from './page.js';
import { documentPaths, documents, documentTitles } from './render.js';
import * as S from './schemas.js';
import type { PolicyService } from './service.js';

/** `?lang=` when it names a supported language, else Accept-Language, else zh-CN. An unsupported value is ignored. */
export function pageLocale(req: FastifyRequest): Locale {
  const lang = (req.query as Record<string, unknown> | undefined)?.lang;
  return pickLocale(typeof lang === 'string' ? lang : undefined, req.headers['accept-language']);
}

function sendHtml(reply: FastifyReply, status: number, page: string, cache: string) {
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', cache).header('vary', 'accept-language').send(page);
}

/**
 * The public privacy pages (/privacy…). They need no account, read nothing about the visitor but
 * the language, and set no cookie.
 */
export async function policyPages(app: App, deps: { policy: PolicyService }) {
  const { policy } = deps;
  for (const document of documents) {
    app.get(documentPaths[document], { schema: { hide: true } }, async (req, reply) => {
      const locale = pageLocale(req);
      const doc = (await policy.current(req.ctx, locale))[document];
      const page = renderPage({ locale, title: doc.title, current: document, body: doc.body, version: { hash: doc.hash, publishedAt: doc.publishedAt } });
      return sendHtml(reply, 200, page, 'no-cache');
    });
  }

  app.get('/privacy/versions', { schema: { hide: true } }, async (req, reply) => {
    const rows = await policy.versions(req.ctx);
    return sendHtml(reply, 200, renderVersionsPage(rows, pageLocale(req)), 'no-cache');
  });

  app.get<{ Params: { hash: string } }>('/privacy/versions/:hash', { schema: { hide: true } }, async (req, reply) => {
    const stored = await policy.version(req.ctx, req.params.hash);
    if (!stored) return sendHtml(reply, 404, renderNotFoundPage(pageLocale(req)), 'no-cache');
    const { locale, document } = stored;
    const t = (zh: string, en: string) => (locale === 'en' ? en : zh);
    const currentLink = html`<a href="${documentPaths[document]}?lang=${locale}">${t('查看当前版本', 'See the current version')}</a>`;
    const banner = stored.current
      ? html`${t('这是当前版本。', 'This is the current version.')}`
      : html`${t(`这是 ${formatDate(stored.publishedAt, locale)} 发布的历史版本，已被新版本取代。`, `This is an earlier version, published ${formatDate(stored.publishedAt, locale)} and since replaced. `)}${currentLink}`;
    const page = renderPage({
      locale,
      title: pick(documentTitles[document], locale),
      current: document,
      body: stored.body,
      version: { hash: stored.hash, publishedAt: stored.publishedAt },
      banner,
      switchTo: `${documentPaths[document]}?lang=${locale === 'en' ? 'zh-CN' : 'en'}`,
    });
    // A version's content never changes, so it may be cached for a long time.
    return sendHtml(reply, 200, page, 'public, max-age=86400');
  });
}

/** JSON for the web app: the current versions, e.g. to record which version a consent refers to. */
export async function policyApiRoutes(app: App, deps: { policy: PolicyService }) {
  app.get(
    '/privacy/policy',
    {
      config: { public: true },
      schema: {
        operationId: 'getPrivacyPolicyVersion',
        tags: ['privacy'],
        summary: 'Current versions of the privacy policy and its two lists',
        querystring: S.PolicyQuery,
        response: { 200: S.PolicyVersionReply, ...errorResponses },
      },
    },
    async (req) => {
      const locale = req.query.lang ?? req.ctx.locale;
      const docs = await deps.policy.current(req.ctx, locale);
      const publishedAt = new Date(Math.max(...documents.map((d) => docs[d].publishedAt.getTime())));
      return {
        locale,
        version: { policy: docs.policy.hash, collected: docs.collected.hash, sharing: docs.sharing.hash },
        publishedAt: publishedAt.toISOString(),
      };
    },
  );
}
