import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { InterestKind } from './tables.js';

export const recommendationsRepository = {
  recordView(db: Db, userId: string, jobId: number) {
    return db
      .insertInto('job_views')
      .values({ user_id: userId, job_id: jobId })
      .onConflict((oc) => oc.columns(['user_id', 'job_id']).doUpdateSet({ views: sql`job_views.views + 1`, viewed_at: sql`now()` }))
      .execute();
  },

  bumpTags(db: Db, userId: string, tags: { kind: InterestKind; value: string }[], weight: number) {
    if (!tags.length) return Promise.resolve([]);
    return db
      .insertInto('interest_tags')
      .values(tags.map((t) => ({ user_id: userId, kind: t.kind, value: t.value, weight })))
      .onConflict((oc) => oc.columns(['user_id', 'kind', 'value']).doUpdateSet({ weight: sql`interest_tags.weight + excluded.weight`, updated_at: sql`now()` }))
      .execute();
  },

  tagsOf(db: Db, userId: string) {
    return db
      .selectFrom('interest_tags')
      .select(['id', 'kind', 'value', 'weight', 'updated_at'])
      .where('user_id', '=', userId)
      .orderBy('weight', 'desc')
      .orderBy('id')
      .limit(100)
      .execute();
  },

  deleteTag(db: Db, userId: string, id: number) {
    return db.deleteFrom('interest_tags').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  },
};
