import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { DisclosureVia } from './tables.js';

export interface NewDisclosure {
  seekerId: string;
  enterpriseId: number;
  resumeId: number | null;
  via: DisclosureVia;
  sourceId: number | null;
}

export const disclosuresRepository = {
  insert(db: Db, d: NewDisclosure) {
    return db
      .insertInto('disclosures')
      .values({ seeker_id: d.seekerId, enterprise_id: d.enterpriseId, resume_id: d.resumeId, via: d.via, source_id: d.sourceId })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
  },
  active(db: Db, seekerId: string, enterpriseId: number) {
    return db
      .selectFrom('disclosures')
      .select(['id', 'via', 'resume_id', 'created_at'])
      .where('seeker_id', '=', seekerId)
      .where('enterprise_id', '=', enterpriseId)
      .where('revoked_at', 'is', null)
      .orderBy('id')
      .execute();
  },
  activeEnterprises(db: Db, seekerIds: string[], enterpriseId: number) {
    if (!seekerIds.length) return Promise.resolve([]);
    return db
      .selectFrom('disclosures')
      .select('seeker_id')
      .distinct()
      .where('seeker_id', 'in', seekerIds)
      .where('enterprise_id', '=', enterpriseId)
      .where('revoked_at', 'is', null)
      .execute();
  },
  listForSeeker(db: Db, seekerId: string) {
    return db
      .selectFrom('disclosures')
      .select(['id', 'enterprise_id', 'resume_id', 'via', 'created_at', 'revoked_at'])
      .where('seeker_id', '=', seekerId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  },
  revoke(db: Db, seekerId: string, id: number) {
    return db
      .updateTable('disclosures')
      .set({ revoked_at: sql`now()` })
      .where('id', '=', id)
      .where('seeker_id', '=', seekerId)
      .where('revoked_at', 'is', null)
      .returning(['id', 'enterprise_id'])
      .executeTakeFirst();
  },
  revokeSource(db: Db, via: DisclosureVia, sourceId: number) {
    return db
      .updateTable('disclosures')
      .set({ revoked_at: sql`now()` })
      .where('via', '=', via)
      .where('source_id', '=', sourceId)
      .where('revoked_at', 'is', null)
      .execute();
  },
};

/**
 * A condition for other modules' queries: "this seeker has an active disclosure to this
 * enterprise", so privacy rules run inside the query (candidate search, resume lists) and never
 * after it. `seekerId` is a column reference of the outer query, e.g. `sql.ref('resumes.user_id')`.
 */
export function disclosedTo(enterpriseId: number, seekerId: Expression<string>): Expression<SqlBool> {
  return sql<SqlBool>`exists (select 1 from disclosures d where d.seeker_id = ${seekerId} and d.enterprise_id = ${enterpriseId} and d.revoked_at is null)`;
}

/**
 * The same rule as `disclosedTo`, as IN over the enterprise's active disclosures: read once per
 * query, for queries that test many rows (candidate search).
 */
export function amongDisclosedTo(enterpriseId: number, seekerId: Expression<string>): Expression<SqlBool> {
  return sql<SqlBool>`${seekerId} in (select d.seeker_id from disclosures d where d.enterprise_id = ${enterpriseId} and d.revoked_at is null)`;
}
