import type { Db } from '../../platform/db/index.js';
import type { FavouriteKind } from './tables.js';

const targetColumn = { job: 'job_id', enterprise: 'enterprise_id', candidate: 'resume_id' } as const;

export const favouritesRepository = {
  /** Saves once; saving again changes nothing. Returns whether a row was added. */
  async insert(db: Db, userId: string, kind: FavouriteKind, targetId: number): Promise<boolean> {
    const rows = await db
      .insertInto('favourites')
      .values({ user_id: userId, kind, [targetColumn[kind]]: targetId })
      .onConflict((oc) => oc.column('user_id').column(targetColumn[kind]).where(targetColumn[kind], 'is not', null).doNothing())
      .returning('id')
      .execute();
    return rows.length > 0;
  },
  remove(db: Db, userId: string, kind: FavouriteKind, targetId: number) {
    return db.deleteFrom('favourites').where('user_id', '=', userId).where('kind', '=', kind).where(targetColumn[kind], '=', targetId).executeTakeFirst();
  },
  exists(db: Db, userId: string, kind: FavouriteKind, targetId: number) {
    return db
      .selectFrom('favourites')
      .select('id')
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .where(targetColumn[kind], '=', targetId)
      .executeTakeFirst();
  },
  count(db: Db, userId: string) {
    return db
      .selectFrom('favourites')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
  },
  listOf(db: Db, userId: string, kinds: FavouriteKind[], limit: number) {
    return db
      .selectFrom('favourites')
      .select(['id', 'kind', 'job_id', 'enterprise_id', 'resume_id', 'created_at'])
      .where('user_id', '=', userId)
      .where('kind', 'in', kinds)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  },
};
