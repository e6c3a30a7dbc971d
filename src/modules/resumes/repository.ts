import { type Expression, type SqlBool, sql, type Updateable } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import { disclosedTo } from '../disclosures/index.js';
import type { ResumesTable, Visibility } from './tables.js';

type Updatable = Omit<Updateable<ResumesTable>, 'id' | 'user_id' | 'created_at'>;

const ownColumns = [
  'id',
  'user_id',
  'title',
  'visibility',
  'real_name',
  'gender',
  'birth_date',
  'city',
  'education_level',
  'years_of_work',
  'job_status',
  'avatar_file_id',
  'introduction',
  'intended_positions',
  'intended_cities',
  'job_types',
  'salary_min',
  'salary_max',
  'education',
  'experience',
  'projects',
  'skills',
  'certificates',
  'attachment_file_id',
  'created_at',
  'updated_at',
] as const;

/**
 * Every rule that decides whether an enterprise's recruiters may see a resume, as one SQL
 * condition over `resumes as r`: the seeker's account is active and not restricted, the resume
 * is not private, the seeker has not blocked the enterprise, and either the resume is public and
 * the enterprise verified, or the seeker has an active disclosure to the enterprise.
 */
export function resumeVisibleTo(enterpriseId: number): Expression<SqlBool> {
  const seeker = sql.ref<string>('r.user_id');
  return sql<SqlBool>`(
    r.visibility <> 'private'
    and exists (select 1 from users u where u.id = r.user_id and u.status = 'active' and u.restricted_at is null)
    and not exists (select 1 from resume_blocks b where b.seeker_id = r.user_id and b.enterprise_id = ${enterpriseId})
    and (
      (r.visibility = 'public' and exists (select 1 from enterprises e where e.id = ${enterpriseId} and e.verified))
      or ${disclosedTo(enterpriseId, seeker)}
    )
  )`;
}

export const resumesRepository = {
  /** The resumes an enterprise may see, as a query to add conditions, columns and ordering to. */
  visibleTo(db: Db, enterpriseId: number) {
    return db.selectFrom('resumes as r').where(resumeVisibleTo(enterpriseId));
  },

  forIndex(db: Db, which: { ids: number[] } | { after: number; limit: number }) {
    const q = db.selectFrom('resumes').select(ownColumns);
    if ('ids' in which) return which.ids.length ? q.where('id', 'in', which.ids).execute() : Promise.resolve([]);
    return q.where('id', '>', which.after).orderBy('id').limit(which.limit).execute();
  },

  countOwn(db: Db, userId: string) {
    return db
      .selectFrom('resumes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
  },
  insert(db: Db, userId: string, row: { title: string; real_name: string; gender: ResumesTable['gender']; birth_date: string | null; city: string }) {
    return db
      .insertInto('resumes')
      .values({ user_id: userId, ...row })
      .returning('id')
      .executeTakeFirstOrThrow();
  },
  listOwn(db: Db, userId: string) {
    return db.selectFrom('resumes').select(ownColumns).where('user_id', '=', userId).orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
  },
  findOwn(db: Db, userId: string, id: number) {
    return db.selectFrom('resumes').select(ownColumns).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  },
  lockOwn(db: Db, userId: string, id: number) {
    return db
      .selectFrom('resumes')
      .select(['id', 'avatar_file_id', 'attachment_file_id'])
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .forUpdate()
      .executeTakeFirst();
  },
  findById(db: Db, id: number) {
    return db.selectFrom('resumes').select(ownColumns).where('id', '=', id).executeTakeFirst();
  },
  update(db: Db, userId: string, id: number, patch: Updatable) {
    return db
      .updateTable('resumes')
      .set({ ...patch, updated_at: sql`now()` })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  },
  setVisibility(db: Db, userId: string, id: number, visibility: Visibility) {
    return resumesRepository.update(db, userId, id, { visibility });
  },
  delete(db: Db, userId: string, id: number) {
    return db.deleteFrom('resumes').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  },

  /** One resume, if the enterprise may see it. */
  findVisible(db: Db, enterpriseId: number, id: number) {
    return resumesRepository
      .visibleTo(db, enterpriseId)
      .select(ownColumns.map((c) => `r.${c}` as const))
      .where('r.id', '=', id)
      .executeTakeFirst();
  },
  /** Of these resumes, the ones the enterprise may see. */
  findManyVisible(db: Db, enterpriseId: number, ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return resumesRepository
      .visibleTo(db, enterpriseId)
      .select(ownColumns.map((c) => `r.${c}` as const))
      .where('r.id', 'in', ids)
      .execute();
  },
  /** A page of visible resumes, newest first, after the keyset cursor when one is given. */
  pageVisible(db: Db, enterpriseId: number, limit: number, after: { updatedAt: Date; id: number } | null) {
    let q = resumesRepository
      .visibleTo(db, enterpriseId)
      .select(ownColumns.map((c) => `r.${c}` as const))
      .orderBy('r.updated_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(limit);
    if (after) q = q.where(sql<SqlBool>`(r.updated_at, r.id) < (${after.updatedAt}, ${after.id})`);
    return q.execute();
  },
  /** Does this seeker have a resume the enterprise may see? (The access door's rule.) */
  async seekerVisibleTo(db: Db, enterpriseId: number, seekerId: string) {
    const row = await resumesRepository.visibleTo(db, enterpriseId).select('r.id').where('r.user_id', '=', seekerId).limit(1).executeTakeFirst();
    return Boolean(row);
  },

  /** The phone (encrypted) and display name of accounts, to show with resumes. */
  accounts(db: Db, ids: string[]) {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('users').select(['id', 'phone_enc', 'display_name', 'gender', 'birth_date', 'city']).where('id', 'in', ids).execute();
  },
  lockAccount(db: Db, userId: string) {
    return db.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
  },
  async enterpriseExists(db: Db, id: number) {
    return Boolean(await db.selectFrom('enterprises').select('id').where('id', '=', id).executeTakeFirst());
  },

  /** The enterprise a recruiter acts for, with whether it is verified. */
  membershipOf(db: Db, userId: string) {
    return db
      .selectFrom('enterprise_members as m')
      .innerJoin('enterprises as e', 'e.id', 'm.enterprise_id')
      .select(['m.enterprise_id', 'e.verified'])
      .where('m.user_id', '=', userId)
      .executeTakeFirst();
  },

  blocks(db: Db, seekerId: string) {
    return db
      .selectFrom('resume_blocks as b')
      .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
      .select(['b.enterprise_id', 'e.name', 'e.city', 'b.created_at'])
      .where('b.seeker_id', '=', seekerId)
      .orderBy('b.created_at', 'desc')
      .execute();
  },
  countBlocks(db: Db, seekerId: string) {
    return db
      .selectFrom('resume_blocks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('seeker_id', '=', seekerId)
      .executeTakeFirstOrThrow();
  },
  insertBlock(db: Db, seekerId: string, enterpriseId: number) {
    return db
      .insertInto('resume_blocks')
      .values({ seeker_id: seekerId, enterprise_id: enterpriseId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  },
  deleteBlock(db: Db, seekerId: string, enterpriseId: number) {
    return db.deleteFrom('resume_blocks').where('seeker_id', '=', seekerId).where('enterprise_id', '=', enterpriseId).executeTakeFirst();
  },
  async isBlocked(db: Db, seekerId: string, enterpriseId: number) {
    const row = await db
      .selectFrom('resume_blocks')
      .select('seeker_id')
      .where('seeker_id', '=', seekerId)
      .where('enterprise_id', '=', enterpriseId)
      .executeTakeFirst();
    return Boolean(row);
  },
};

export type ResumeRow = NonNullable<Awaited<ReturnType<typeof resumesRepository.findById>>>;
