import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { MemberRole, ReviewKind } from './tables.js';

const profileColumns = ['id', 'name', 'credit_code', 'city', 'industry', 'size', 'address', 'description', 'verified', 'logo_file_id', 'created_at'] as const;

/** `%` and `_` typed by a visitor are matched literally. */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const enterprisesRepository = {
  findSummariesByIds(db: Db, ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('enterprises').select(['id', 'name', 'city', 'industry', 'size', 'verified']).where('id', 'in', ids).execute();
  },
  findById(db: Db, id: number) {
    return db.selectFrom('enterprises').select(['id', 'name', 'city', 'industry', 'size', 'verified', 'description']).where('id', '=', id).executeTakeFirst();
  },
  findProfile(db: Db, id: number) {
    return db.selectFrom('enterprises').select(profileColumns).where('id', '=', id).executeTakeFirst();
  },
  /** Locks the listing's row for the rest of the transaction (decisions on one enterprise run one at a time). */
  lockEnterprise(db: Db, id: number) {
    return db.selectFrom('enterprises').select(['id', 'verified', 'credit_code']).where('id', '=', id).forUpdate().executeTakeFirst();
  },
  search(db: Db, q: string | undefined, limit: number) {
    let query = db.selectFrom('enterprises').select(['id', 'name', 'city', 'industry', 'size', 'verified', 'logo_file_id']);
    if (q) query = query.where(sql<boolean>`lower(name) like ${likePattern(q)}`);
    return query.orderBy(sql`lower(name)`).orderBy('id').limit(limit).execute();
  },
  existsByName(db: Db, name: string) {
    return db.selectFrom('enterprises').select('id').where(sql<boolean>`lower(name) = ${name.toLowerCase()}`).executeTakeFirst();
  },
  findByCreditCode(db: Db, code: string) {
    return db.selectFrom('enterprises').select('id').where('credit_code', '=', code).executeTakeFirst();
  },
  count(db: Db) {
    return db
      .selectFrom('enterprises')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
  },
  insertMany(db: Db, rows: { name: string; city: string; industry: string; size: string; description: string; verified: boolean }[]) {
    return db.insertInto('enterprises').values(rows).returning(['id', 'name', 'city']).execute();
  },
  insert(db: Db, row: { name: string; credit_code: string; city: string; industry: string; size: string; address: string; description: string }) {
    return db.insertInto('enterprises').values(row).returning('id').executeTakeFirstOrThrow();
  },
  update(db: Db, id: number, patch: { verified?: boolean; credit_code?: string; logo_file_id?: string | null }) {
    return db.updateTable('enterprises').set(patch).where('id', '=', id).execute();
  },

  // --- photos ----------------------------------------------------------------------------------

  photoIds(db: Db, enterpriseId: number) {
    return db.selectFrom('enterprise_photos').select('file_id').where('enterprise_id', '=', enterpriseId).orderBy('created_at').orderBy('file_id').execute();
  },
  insertPhoto(db: Db, enterpriseId: number, fileId: string) {
    return db.insertInto('enterprise_photos').values({ enterprise_id: enterpriseId, file_id: fileId }).execute();
  },
  deletePhoto(db: Db, enterpriseId: number, fileId: string) {
    return db.deleteFrom('enterprise_photos').where('enterprise_id', '=', enterpriseId).where('file_id', '=', fileId).executeTakeFirst();
  },
  /** Whether the file is the listing's logo or one of its photos: the only files anyone may fetch publicly. */
  isPublicMedia(db: Db, enterpriseId: number, fileId: string) {
    return db
      .selectFrom('enterprises')
      .select('id')
      .where('id', '=', enterpriseId)
      .where((eb) =>
        eb.or([
          eb('logo_file_id', '=', fileId),
          eb.exists(eb.selectFrom('enterprise_photos').select('file_id').where('enterprise_id', '=', enterpriseId).where('file_id', '=', fileId)),
        ]),
      )
      .executeTakeFirst();
  },

  // --- members ---------------------------------------------------------------------------------

  membershipOf(db: Db, userId: string) {
    return db.selectFrom('enterprise_members').select(['enterprise_id', 'role', 'created_at']).where('user_id', '=', userId).executeTakeFirst();
  },
  members(db: Db, enterpriseId: number) {
    return db
      .selectFrom('enterprise_members')
      .select(['user_id', 'role', 'created_at'])
      .where('enterprise_id', '=', enterpriseId)
      .orderBy('created_at')
      .orderBy('user_id')
      .execute();
  },
  /** The members' rows, locked, so "keep at least one admin" holds under concurrent changes. */
  lockMembers(db: Db, enterpriseId: number) {
    return db.selectFrom('enterprise_members').select(['user_id', 'role']).where('enterprise_id', '=', enterpriseId).forUpdate().execute();
  },
  insertMember(db: Db, enterpriseId: number, userId: string, role: MemberRole) {
    return db.insertInto('enterprise_members').values({ enterprise_id: enterpriseId, user_id: userId, role }).execute();
  },
  setRole(db: Db, enterpriseId: number, userId: string, role: MemberRole) {
    return db.updateTable('enterprise_members').set({ role }).where('enterprise_id', '=', enterpriseId).where('user_id', '=', userId).execute();
  },
  deleteMember(db: Db, enterpriseId: number, userId: string) {
    return db.deleteFrom('enterprise_members').where('enterprise_id', '=', enterpriseId).where('user_id', '=', userId).execute();
  },

  // --- join requests ---------------------------------------------------------------------------

  insertJoinRequest(db: Db, enterpriseId: number, userId: string) {
    return db
      .insertInto('enterprise_join_requests')
      .values({ enterprise_id: enterpriseId, user_id: userId })
      .onConflict((oc) => oc.columns(['user_id', 'enterprise_id']).where('status', '=', 'pending').doNothing())
      .returning(['id', 'created_at'])
      .executeTakeFirst();
  },
  pendingJoinRequests(db: Db, enterpriseId: number) {
    return db
      .selectFrom('enterprise_join_requests')
      .select(['id', 'user_id', 'created_at'])
      .where('enterprise_id', '=', enterpriseId)
      .where('status', '=', 'pending')
      .orderBy('created_at')
      .limit(100)
      .execute();
  },
  joinRequestsOf(db: Db, userId: string) {
    return db
      .selectFrom('enterprise_join_requests')
      .innerJoin('enterprises', 'enterprises.id', 'enterprise_join_requests.enterprise_id')
      .select([
        'enterprise_join_requests.id',
        'enterprise_join_requests.enterprise_id',
        'enterprises.name as enterprise_name',
        'enterprise_join_requests.status',
        'enterprise_join_requests.created_at',
        'enterprise_join_requests.decided_at',
      ])
      .where('enterprise_join_requests.user_id', '=', userId)
      .orderBy('enterprise_join_requests.created_at', 'desc')
      .limit(20)
      .execute();
  },
  decideJoinRequest(db: Db, id: string, enterpriseId: number, status: 'approved' | 'rejected', decidedBy: string) {
    return db
      .updateTable('enterprise_join_requests')
      .set({ status, decided_at: sql`now()`, decided_by: decidedBy })
      .where('id', '=', id)
      .where('enterprise_id', '=', enterpriseId)
      .where('status', '=', 'pending')
      .returning(['user_id'])
      .executeTakeFirst();
  },
  /** Once someone joins an enterprise, their other open requests lapse. */
  closeOpenJoinRequests(db: Db, userId: string) {
    return db
      .updateTable('enterprise_join_requests')
      .set({ status: 'rejected', decided_at: sql`now()` })
      .where('user_id', '=', userId)
      .where('status', '=', 'pending')
      .execute();
  },

  // --- invitations -----------------------------------------------------------------------------

  insertInvitation(db: Db, row: { enterprise_id: number; phone_index: string; phone_masked: string; role: MemberRole; invited_by: string; expires_at: Date }) {
    return db
      .insertInto('enterprise_invitations')
      .values(row)
      .onConflict((oc) => oc.columns(['enterprise_id', 'phone_index']).where('status', '=', 'pending').doNothing())
      .returning(['id', 'created_at', 'expires_at'])
      .executeTakeFirst();
  },
  pendingInvitationsOfEnterprise(db: Db, enterpriseId: number) {
    return db
      .selectFrom('enterprise_invitations')
      .select(['id', 'phone_masked', 'role', 'created_at', 'expires_at'])
      .where('enterprise_id', '=', enterpriseId)
      .where('status', '=', 'pending')
      .where('expires_at', '>', sql<Date>`now()`)
      .orderBy('created_at', 'desc')
      .limit(100)
      .execute();
  },
  pendingInvitationsFor(db: Db, phoneIndex: string) {
    return db
      .selectFrom('enterprise_invitations')
      .innerJoin('enterprises', 'enterprises.id', 'enterprise_invitations.enterprise_id')
      .select([
        'enterprise_invitations.id',
        'enterprise_invitations.enterprise_id',
        'enterprises.name as enterprise_name',
        'enterprises.verified',
        'enterprise_invitations.role',
        'enterprise_invitations.created_at',
        'enterprise_invitations.expires_at',
      ])
      .where('enterprise_invitations.phone_index', '=', phoneIndex)
      .where('enterprise_invitations.status', '=', 'pending')
      .where('enterprise_invitations.expires_at', '>', sql<Date>`now()`)
      .orderBy('enterprise_invitations.created_at', 'desc')
      .execute();
  },
  answerInvitation(db: Db, id: string, phoneIndex: string, status: 'accepted' | 'declined') {
    return db
      .updateTable('enterprise_invitations')
      .set({ status, answered_at: sql`now()` })
      .where('id', '=', id)
      .where('phone_index', '=', phoneIndex)
      .where('status', '=', 'pending')
      .where('expires_at', '>', sql<Date>`now()`)
      .returning(['enterprise_id', 'role'])
      .executeTakeFirst();
  },
  revokeInvitation(db: Db, id: string, enterpriseId: number) {
    return db
      .updateTable('enterprise_invitations')
      .set({ status: 'revoked', answered_at: sql`now()` })
      .where('id', '=', id)
      .where('enterprise_id', '=', enterpriseId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
  },

  // --- certification and claims ----------------------------------------------------------------

  insertReview(
    db: Db,
    row: {
      enterprise_id: number;
      kind: ReviewKind;
      submitted_by: string;
      credit_code: string | null;
      licence_file_id: string;
      authorisation_file_id: string | null;
    },
  ) {
    return db.insertInto('enterprise_reviews').values(row).returning(['id']).executeTakeFirstOrThrow();
  },
  pendingReview(db: Db, enterpriseId: number, kind: ReviewKind, submittedBy?: string) {
    let q = db.selectFrom('enterprise_reviews').select('id').where('enterprise_id', '=', enterpriseId).where('kind', '=', kind).where('status', '=', 'pending');
    if (submittedBy) q = q.where('submitted_by', '=', submittedBy);
    return q.executeTakeFirst();
  },
  latestCertification(db: Db, enterpriseId: number) {
    return db
      .selectFrom('enterprise_reviews')
      .select(['id', 'status', 'reason', 'licence_file_id', 'authorisation_file_id', 'created_at', 'decided_at'])
      .where('enterprise_id', '=', enterpriseId)
      .where('kind', '=', 'certification')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
  },
  findReview(db: Db, id: string) {
    return db
      .selectFrom('enterprise_reviews')
      .select([
        'id',
        'enterprise_id',
        'kind',
        'submitted_by',
        'credit_code',
        'licence_file_id',
        'authorisation_file_id',
        'status',
        'reason',
        'created_at',
        'decided_at',
      ])
      .where('id', '=', id)
      .executeTakeFirst();
  },
  /** The review a licence or authorisation file belongs to. */
  reviewWithFile(db: Db, fileId: string) {
    return db
      .selectFrom('enterprise_reviews')
      .select(['id', 'enterprise_id', 'kind', 'submitted_by', 'licence_file_id', 'authorisation_file_id'])
      .where((eb) => eb.or([eb('licence_file_id', '=', fileId), eb('authorisation_file_id', '=', fileId)]))
      .executeTakeFirst();
  },
  lockReview(db: Db, id: string) {
    return db
      .selectFrom('enterprise_reviews')
      .select(['id', 'enterprise_id', 'kind', 'submitted_by', 'credit_code', 'status'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
  },
  decideReview(db: Db, id: string, status: 'approved' | 'rejected', reason: string | null, decidedBy: string) {
    return db
      .updateTable('enterprise_reviews')
      .set({ status, reason, decided_by: decidedBy, decided_at: sql`now()` })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .execute();
  },
  reviewQueue(db: Db, limit: number) {
    return db
      .selectFrom('enterprise_reviews')
      .innerJoin('enterprises', 'enterprises.id', 'enterprise_reviews.enterprise_id')
      .select([
        'enterprise_reviews.id',
        'enterprise_reviews.kind',
        'enterprise_reviews.enterprise_id',
        'enterprises.name as enterprise_name',
        'enterprises.credit_code as enterprise_credit_code',
        'enterprise_reviews.credit_code',
        'enterprise_reviews.licence_file_id',
        'enterprise_reviews.authorisation_file_id',
        'enterprise_reviews.created_at',
      ])
      .where('enterprise_reviews.status', '=', 'pending')
      .orderBy('enterprise_reviews.created_at')
      .orderBy('enterprise_reviews.id')
      .limit(limit)
      .execute();
  },
  claimsOf(db: Db, userId: string) {
    return db
      .selectFrom('enterprise_reviews')
      .innerJoin('enterprises', 'enterprises.id', 'enterprise_reviews.enterprise_id')
      .select([
        'enterprise_reviews.id',
        'enterprise_reviews.enterprise_id',
        'enterprises.name as enterprise_name',
        'enterprise_reviews.status',
        'enterprise_reviews.reason',
        'enterprise_reviews.created_at',
        'enterprise_reviews.decided_at',
      ])
      .where('enterprise_reviews.kind', '=', 'claim')
      .where('enterprise_reviews.submitted_by', '=', userId)
      .orderBy('enterprise_reviews.created_at', 'desc')
      .limit(20)
      .execute();
  },
};
