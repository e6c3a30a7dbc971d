import type { Db } from '../../platform/db/index.js';
import type { Locale } from '../../platform/errors.js';
import type { PolicyDocument } from './tables.js';

export interface NewPolicyVersion {
  document: PolicyDocument;
  locale: Locale;
  hash: string;
  body: string;
}

export const policyRepository = {
  /** Stores the renderings not stored yet; safe when several processes publish at once. */
  async insertNew(db: Db, rows: NewPolicyVersion[]): Promise<number> {
    if (rows.length === 0) return 0;
    const inserted = await db
      .insertInto('policy_versions')
      .values(rows)
      .onConflict((oc) => oc.columns(['document', 'locale', 'hash']).doNothing())
      .returning('hash')
      .execute();
    return inserted.length;
  },

  /** Publication dates of the given renderings that are stored. */
  findPublished(db: Db, locale: Locale, keys: { document: PolicyDocument; hash: string }[]) {
    return db
      .selectFrom('policy_versions')
      .select(['document', 'hash', 'published_at'])
      .where('locale', '=', locale)
      .where((eb) => eb.or(keys.map((k) => eb.and([eb('document', '=', k.document), eb('hash', '=', k.hash)]))))
      .execute();
  },

  listAll(db: Db) {
    return db
      .selectFrom('policy_versions')
      .select(['document', 'locale', 'hash', 'published_at'])
      .orderBy('published_at', 'desc')
      .orderBy('document')
      .orderBy('locale')
      .execute();
  },

  findByHash(db: Db, hash: string) {
    return db
      .selectFrom('policy_versions')
      .select(['document', 'locale', 'hash', 'body', 'published_at'])
      .where('hash', '=', hash)
      .orderBy('published_at')
      .limit(1)
      .executeTakeFirst();
  },
};
