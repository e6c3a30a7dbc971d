import type { Config } from '../../platform/config.js';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import type { Locale } from '../../platform/errors.js';
import type { TableDeclaration } from '../inventory.js';
import { documents, policyLocales, type RenderedDocument, renderAll, type SiteFacts } from './render.js';
import { policyRepository as repo } from './repository.js';
import type { PolicyDocument } from './tables.js';

export interface CurrentDocument extends RenderedDocument {
  publishedAt: Date;
}

export interface StoredVersion {
  document: PolicyDocument;
  locale: Locale;
  hash: string;
  body: string;
  publishedAt: Date;
  current: boolean;
}

export interface VersionSummary {
  document: PolicyDocument;
  locale: Locale;
  hash: string;
  publishedAt: Date;
  current: boolean;
}

export type PolicyService = ReturnType<typeof createPolicyService>;

export function policySiteFacts(config: Pick<Config, 'siteOperator' | 'privacyContactEmail' | 'privacyContactAddress' | 'sessionDays'>): SiteFacts {
  return {
    operator: config.siteOperator,
    contactEmail: config.privacyContactEmail,
    contactAddress: config.privacyContactAddress,
    sessionDays: config.sessionDays,
  };
}

/**
 * The published privacy policy of one process: rendered once from the inventory it was built
 * with, stored as a new version the first time its content is seen.
 */
export function createPolicyService(deps: { inventory: TableDeclaration[]; site: SiteFacts }) {
  const rendered = renderAll(deps.inventory, deps.site);
  const renderingOf = (document: PolicyDocument, locale: Locale) => rendered.find((r) => r.document === document && r.locale === locale)!;
  const isCurrent = (v: { document: PolicyDocument; locale: Locale; hash: string }) => renderingOf(v.document, v.locale).hash === v.hash;

  async function publish(db: Db): Promise<number> {
    return repo.insertNew(
      db,
      rendered.map(({ document, locale, hash, body }) => ({ document, locale, hash, body })),
    );
  }

  /** The three current documents in one language with their publication dates, publishing them first when needed. */
  async function current(ctx: Pick<Ctx, 'db'>, locale: Locale): Promise<Record<PolicyDocument, CurrentDocument>> {
    const docs = rendered.filter((r) => r.locale === locale);
    let stored = await repo.findPublished(ctx.db, locale, docs);
    if (stored.length < docs.length) {
      await publish(ctx.db);
      stored = await repo.findPublished(ctx.db, locale, docs);
    }
    const out = {} as Record<PolicyDocument, CurrentDocument>;
    for (const doc of docs) {
      const row = stored.find((s) => s.document === doc.document && s.hash === doc.hash);
      if (!row) throw new Error(`policy version ${doc.document}/${locale}/${doc.hash} could not be stored`);
      out[doc.document] = { ...doc, publishedAt: new Date(row.published_at) };
    }
    return out;
  }

  async function versions(ctx: Pick<Ctx, 'db'>): Promise<VersionSummary[]> {
    let rows = await repo.listAll(ctx.db);
    if (rendered.some((r) => !rows.some((s) => s.document === r.document && s.locale === r.locale && s.hash === r.hash))) {
      await publish(ctx.db);
      rows = await repo.listAll(ctx.db);
    }
    // Grouped as readers look for them: by document, then language, newest first (rows arrive newest first).
    const order = (r: { document: PolicyDocument; locale: Locale }) => documents.indexOf(r.document) * 10 + policyLocales.indexOf(r.locale);
    return rows
      .map((r) => ({ document: r.document, locale: r.locale, hash: r.hash, publishedAt: new Date(r.published_at), current: isCurrent(r) }))
      .sort((a, b) => order(a) - order(b));
  }

  async function version(ctx: Pick<Ctx, 'db'>, hash: string): Promise<StoredVersion | undefined> {
    if (!/^[0-9a-f]{16}$/.test(hash)) return undefined;
    const row = await repo.findByHash(ctx.db, hash);
    if (!row) return undefined;
    return { document: row.document, locale: row.locale, hash: row.hash, body: row.body, publishedAt: new Date(row.published_at), current: isCurrent(row) };
  }

  return {
    /** Every current rendering of this process, without touching the database. */
    renderings: (): readonly RenderedDocument[] => rendered,
    rendering: renderingOf,
    publish,
    current,
    versions,
    version,
  };
}
