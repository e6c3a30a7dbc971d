import { announce } from '../../platform/changes.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { inTransaction } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { type FileService, mimeTypes, type Upload } from '../../platform/files/index.js';
import { type AccessDoor, subjectIsRestricted } from '../../privacy/index.js';
import { displayNamesOf, maskPhone, normalisePhone, phoneIndexOf } from '../accounts/index.js';
import { isValidCreditCode, normaliseCreditCode } from './credit-code.js';
import { enterprisesRepository as repo } from './repository.js';
import type { MemberRole } from './tables.js';

export interface EnterprisesDeps {
  access: AccessDoor;
  files: FileService;
  /** The keyed hash accounts stores for a number (users.phone_index). */
  phoneHash: (phone: string) => string;
}

export interface NewEnterprise {
  name: string;
  creditCode: string;
  industry: string;
  size: string;
  city: string;
  address: string;
  introduction: string;
}

const MAX_PHOTOS = 9;
const INVITATION_DAYS = 14;
const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

type ClaimRow = Awaited<ReturnType<typeof repo.claimsOf>>[number];

/** How a claim looks to the person who made it. */
const claimView = (c: ClaimRow) => ({
  id: c.id,
  enterprise: { id: c.enterprise_id, name: c.enterprise_name },
  status: c.status,
  reason: c.reason,
  createdAt: iso(c.created_at),
  decidedAt: isoOrNull(c.decided_at),
});

/** A unique index or constraint the database refused, by name, turned into the catalogue error. */
function conflict(err: unknown, map: Record<string, AppError>): never {
  const e = err as { code?: string; constraint?: string; message?: string };
  if (e.code === '23505') {
    for (const [name, appError] of Object.entries(map)) {
      if (e.constraint === name || e.message?.includes(name)) throw appError;
    }
  }
  throw err;
}

function requireCreditCode(input: string, field: string): string {
  const code = normaliseCreditCode(input);
  if (!isValidCreditCode(code)) throw new AppError('CREDIT_CODE_INVALID', { field });
  return code;
}

function requireText(value: string, field: string): string {
  const v = value.trim();
  if (!v) throw new AppError('VALIDATION_FAILED', { fields: [{ field, rule: 'required' }] });
  return v;
}

export function createEnterprisesService(deps: EnterprisesDeps) {
  const { access, files, phoneHash } = deps;

  async function membership(db: Db, userId: string) {
    return repo.membershipOf(db, userId);
  }

  const isAdminOf = async (db: Db, userId: string, enterpriseId: number | null | undefined) => {
    const m = enterpriseId ? await membership(db, userId) : undefined;
    return m?.enterprise_id === enterpriseId && m?.role === 'admin';
  };

  // Operators open the documents attached to a review in their queue. No free-text reason is
  // asked: the purpose is the review itself, and the entry names the enterprise and the fields.
  access.definePurpose('operations.enterprise_review', {
    description: { zh: '平台运营人员审核企业认证或认领材料', en: 'Platform operators reviewing an enterprise certification or claim' },
    allowed: (actor) => actor.role === 'operator',
  });
  access.definePurpose('enterprise.certification', {
    description: { zh: '企业管理员查看本企业提交的认证材料', en: "An enterprise's admins checking the certification documents it submitted" },
    allowed: (actor, req, ctx) => actor.role === 'recruiter' && isAdminOf(ctx.db, actor.userId, req.enterpriseId),
  });
  access.definePurpose('enterprise.membership', {
    description: { zh: '同一企业的招聘方查看成员名单', en: 'Recruiters of the same enterprise seeing who else recruits for it' },
    allowed: async (actor, req, ctx) => (await membership(ctx.db, actor.userId))?.enterprise_id === req.enterpriseId,
  });
  access.definePurpose('enterprise.join_review', {
    description: { zh: '企业管理员审核加入企业的申请', en: "An enterprise's admins reviewing requests to join it" },
    allowed: (actor, req, ctx) => isAdminOf(ctx.db, actor.userId, req.enterpriseId),
  });

  function requireActor(ctx: Ctx): Actor {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    return ctx.actor;
  }

  function requireRecruiter(ctx: Ctx): Actor {
    const actor = requireActor(ctx);
    if (actor.role !== 'recruiter') throw new AppError('FORBIDDEN');
    return actor;
  }

  async function requireMember(ctx: Ctx, enterpriseId: number) {
    const actor = requireRecruiter(ctx);
    const m = await membership(ctx.db, actor.userId);
    if (m?.enterprise_id !== enterpriseId) throw new AppError('FORBIDDEN');
    return { actor, role: m.role };
  }

  async function requireAdmin(ctx: Ctx, enterpriseId: number): Promise<Actor> {
    const { actor, role } = await requireMember(ctx, enterpriseId);
    if (role !== 'admin') throw new AppError('FORBIDDEN');
    return actor;
  }

  /** Display names of other people, each read recorded through the door; a restricted person's name is withheld. */
  async function namesThroughDoor(tx: Ctx, purpose: string, enterpriseId: number, userIds: string[]): Promise<Map<string, string | null>> {
    const actor = requireActor(tx);
    const readable: string[] = [];
    for (const id of new Set(userIds)) {
      if (id === actor.userId) {
        readable.push(id);
        continue;
      }
      if (await subjectIsRestricted(tx.db, id)) continue;
      await access.read(tx, { subjectId: id, fields: ['users.display_name'], purpose, enterpriseId }, async () => undefined);
      readable.push(id);
    }
    const names = await displayNamesOf(tx.db, readable);
    return new Map(userIds.map((id) => [id, names.get(id) ?? null]));
  }

  async function profile(db: Db, id: number) {
    const e = await repo.findProfile(db, id);
    if (!e) throw new AppError('ENTERPRISE_NOT_FOUND');
    const photos = await repo.photoIds(db, id);
    return {
      id: e.id,
      name: e.name,
      creditCode: e.credit_code,
      industry: e.industry,
      size: e.size,
      city: e.city,
      address: e.address,
      introduction: e.description,
      verified: e.verified,
      logoFileId: e.logo_file_id,
      photoFileIds: photos.map((p) => p.file_id),
      createdAt: iso(e.created_at),
    };
  }

  async function certificationView(db: Db, enterpriseId: number) {
    const e = await repo.findProfile(db, enterpriseId);
    if (!e) throw new AppError('ENTERPRISE_NOT_FOUND');
    const latest = await repo.latestCertification(db, enterpriseId);
    const fileIds = latest ? [latest.licence_file_id, ...(latest.authorisation_file_id ? [latest.authorisation_file_id] : [])] : [];
    const meta = new Map((await files.describe(db, fileIds)).map((f) => [f.id, f]));
    let status: 'none' | 'pending' | 'verified' | 'rejected' = e.verified ? 'verified' : 'none';
    if (latest?.status === 'pending') status = 'pending';
    else if (!e.verified && latest?.status === 'rejected') status = 'rejected';
    const describe = (id: string | null | undefined, document: 'licence' | 'authorisation') => {
      const f = id ? meta.get(id) : undefined;
      return f ? [{ id: f.id, document, kind: f.kind, sizeBytes: f.size_bytes }] : [];
    };
    return {
      enterpriseId,
      status,
      reason: latest?.status === 'rejected' ? latest.reason : null,
      submittedAt: latest ? iso(latest.created_at) : null,
      decidedAt: latest ? isoOrNull(latest.decided_at) : null,
      files: latest ? [...describe(latest.licence_file_id, 'licence'), ...describe(latest.authorisation_file_id, 'authorisation')] : [],
    };
  }

  async function joinEnterprise(db: Db, enterpriseId: number, userId: string, role: MemberRole) {
    if (await membership(db, userId)) throw new AppError('ALREADY_IN_ENTERPRISE');
    await repo.insertMember(db, enterpriseId, userId, role).catch((err) => conflict(err, { enterprise_members_pkey: new AppError('ALREADY_IN_ENTERPRISE') }));
    await repo.closeOpenJoinRequests(db, userId);
  }

  /** Changes a member's role or removes them, keeping at least one admin. */
  async function changeMember(ctx: Ctx, enterpriseId: number, userId: string, change: MemberRole | 'remove') {
    await inTransaction(ctx, async (tx) => {
      const members = await repo.lockMembers(tx.db, enterpriseId);
      const target = members.find((m) => m.user_id === userId);
      if (!target) throw new AppError('MEMBER_NOT_FOUND');
      const admins = members.filter((m) => m.role === 'admin').length;
      if (target.role === 'admin' && change !== 'admin' && admins <= 1) throw new AppError('LAST_ADMIN');
      if (change === 'remove') await repo.deleteMember(tx.db, enterpriseId, userId);
      else await repo.setRole(tx.db, enterpriseId, userId, change);
    });
  }

  return {
    /** Public: listings by name. Enterprises are organisations; nothing about people is returned or kept. */
    async search(ctx: Ctx, q: { q?: string | undefined; limit?: number | undefined }) {
      const rows = await repo.search(ctx.db, q.q?.trim() || undefined, q.limit ?? 20);
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          city: r.city,
          industry: r.industry,
          size: r.size,
          verified: r.verified,
          logoFileId: r.logo_file_id,
        })),
      };
    },

    async get(ctx: Ctx, id: number) {
      return profile(ctx.db, id);
    },

    /** A recruiter registers an enterprise and becomes its first admin. */
    async create(ctx: Ctx, input: NewEnterprise) {
      const actor = requireRecruiter(ctx);
      const creditCode = requireCreditCode(input.creditCode, 'creditCode');
      const row = {
        name: requireText(input.name, 'name'),
        credit_code: creditCode,
        industry: requireText(input.industry, 'industry'),
        size: requireText(input.size, 'size'),
        city: requireText(input.city, 'city'),
        address: input.address.trim(),
        description: input.introduction.trim(),
      };
      const id = await inTransaction(ctx, async (tx) => {
        if (await membership(tx.db, actor.userId)) throw new AppError('ALREADY_IN_ENTERPRISE');
        if (await repo.existsByName(tx.db, row.name)) throw new AppError('ENTERPRISE_NAME_TAKEN');
        if (await repo.findByCreditCode(tx.db, creditCode)) throw new AppError('CREDIT_CODE_TAKEN');
        const created = await repo
          .insert(tx.db, row)
          .catch((err) =>
            conflict(err, { enterprises_name_key: new AppError('ENTERPRISE_NAME_TAKEN'), enterprises_credit_code_key: new AppError('CREDIT_CODE_TAKEN') }),
          );
        await joinEnterprise(tx.db, created.id, actor.userId, 'admin');
        tx.log.info({ event: 'enterprise_created', enterpriseId: created.id }, 'enterprise created');
        return created.id;
      });
      return profile(ctx.db, id);
    },

    async setLogo(ctx: Ctx, enterpriseId: number, upload: Upload) {
      const actor = await requireAdmin(ctx, enterpriseId);
      const discard = await files.storeWith(ctx, actor.userId, [upload], async (tx, [file]) => {
        const e = await repo.lockEnterprise(tx.db, enterpriseId);
        if (!e) throw new AppError('ENTERPRISE_NOT_FOUND');
        const previous = (await repo.findProfile(tx.db, enterpriseId))?.logo_file_id;
        await repo.update(tx.db, enterpriseId, { logo_file_id: file?.id ?? null });
        return previous ? files.remove(tx.db, [previous]) : [];
      });
      await files.discard(discard);
      return profile(ctx.db, enterpriseId);
    },

    async addPhoto(ctx: Ctx, enterpriseId: number, upload: Upload) {
      const actor = await requireAdmin(ctx, enterpriseId);
      if ((await repo.photoIds(ctx.db, enterpriseId)).length >= MAX_PHOTOS) throw new AppError('PHOTO_LIMIT');
      await files.storeWith(ctx, actor.userId, [upload], async (tx, [file]) => {
        await repo.lockEnterprise(tx.db, enterpriseId);
        if ((await repo.photoIds(tx.db, enterpriseId)).length >= MAX_PHOTOS) throw new AppError('PHOTO_LIMIT');
        await repo.insertPhoto(tx.db, enterpriseId, file?.id as string);
      });
      return profile(ctx.db, enterpriseId);
    },

    async removePhoto(ctx: Ctx, enterpriseId: number, fileId: string) {
      await requireAdmin(ctx, enterpriseId);
      const keys = await inTransaction(ctx, async (tx) => {
        const res = await repo.deletePhoto(tx.db, enterpriseId, fileId);
        if (!res.numDeletedRows) throw new AppError('NOT_FOUND');
        return files.remove(tx.db, [fileId]);
      });
      await files.discard(keys);
      return profile(ctx.db, enterpriseId);
    },

    /** Public: a listing's logo or photo. Any other file, licences included, is not found here. */
    async media(ctx: Ctx, enterpriseId: number, fileId: string) {
      if (!(await repo.isPublicMedia(ctx.db, enterpriseId, fileId))) throw new AppError('NOT_FOUND');
      const file = await files.read(ctx.db, fileId);
      if (!file) throw new AppError('NOT_FOUND');
      return { bytes: file.bytes, contentType: mimeTypes[file.kind] };
    },

    /** The signed-in recruiter's enterprise, invitations addressed to their number, join requests and claims. */
    async mine(ctx: Ctx) {
      const actor = requireRecruiter(ctx);
      const m = await membership(ctx.db, actor.userId);
      const enterprise = m ? await repo.findProfile(ctx.db, m.enterprise_id) : undefined;
      const phoneIndex = await phoneIndexOf(ctx.db, actor.userId);
      const [invitations, joinRequests, claims] = [
        phoneIndex ? await repo.pendingInvitationsFor(ctx.db, phoneIndex) : [],
        await repo.joinRequestsOf(ctx.db, actor.userId),
        await repo.claimsOf(ctx.db, actor.userId),
      ];
      return {
        membership:
          m && enterprise
            ? { enterprise: { id: enterprise.id, name: enterprise.name, verified: enterprise.verified }, role: m.role, joinedAt: iso(m.created_at) }
            : null,
        invitations: invitations.map((i) => ({
          id: i.id,
          enterprise: { id: i.enterprise_id, name: i.enterprise_name, verified: i.verified },
          role: i.role,
          createdAt: iso(i.created_at),
          expiresAt: iso(i.expires_at),
        })),
        joinRequests: joinRequests.map((r) => ({
          id: r.id,
          enterprise: { id: r.enterprise_id, name: r.enterprise_name },
          status: r.status,
          createdAt: iso(r.created_at),
          decidedAt: isoOrNull(r.decided_at),
        })),
        claims: claims.map(claimView),
      };
    },

    // --- joining ---------------------------------------------------------------------------------

    async requestToJoin(ctx: Ctx, enterpriseId: number) {
      const actor = requireRecruiter(ctx);
      if (!(await repo.findProfile(ctx.db, enterpriseId))) throw new AppError('ENTERPRISE_NOT_FOUND');
      if (await membership(ctx.db, actor.userId)) throw new AppError('ALREADY_IN_ENTERPRISE');
      const row = await repo.insertJoinRequest(ctx.db, enterpriseId, actor.userId);
      if (!row) throw new AppError('JOIN_REQUEST_EXISTS');
      return { id: row.id, enterpriseId, status: 'pending' as const, createdAt: iso(row.created_at) };
    },

    async listJoinRequests(ctx: Ctx, enterpriseId: number) {
      await requireAdmin(ctx, enterpriseId);
      return inTransaction(ctx, async (tx) => {
        const rows = await repo.pendingJoinRequests(tx.db, enterpriseId);
        const names = await namesThroughDoor(
          tx,
          'enterprise.join_review',
          enterpriseId,
          rows.map((r) => r.user_id),
        );
        return rows.map((r) => ({ id: r.id, userId: r.user_id, displayName: names.get(r.user_id) ?? null, createdAt: iso(r.created_at) }));
      });
    },

    async decideJoinRequest(ctx: Ctx, enterpriseId: number, requestId: string, decision: 'approve' | 'reject') {
      const actor = await requireAdmin(ctx, enterpriseId);
      await inTransaction(ctx, async (tx) => {
        const row = await repo.decideJoinRequest(tx.db, requestId, enterpriseId, decision === 'approve' ? 'approved' : 'rejected', actor.userId);
        if (!row) throw new AppError('JOIN_REQUEST_NOT_FOUND');
        if (decision === 'approve') await joinEnterprise(tx.db, enterpriseId, row.user_id, 'recruiter');
      });
    },

    // --- invitations -----------------------------------------------------------------------------

    async invite(ctx: Ctx, enterpriseId: number, input: { phone: string; role: MemberRole }) {
      const actor = await requireAdmin(ctx, enterpriseId);
      const phone = normalisePhone(input.phone);
      if (!phone) throw new AppError('PHONE_INVALID', { field: 'phone' });
      const row = await repo.insertInvitation(ctx.db, {
        enterprise_id: enterpriseId,
        phone_index: phoneHash(phone),
        phone_masked: maskPhone(phone),
        role: input.role,
        invited_by: actor.userId,
        expires_at: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
      if (!row) throw new AppError('INVITATION_EXISTS');
      return { id: row.id, phoneMasked: maskPhone(phone), role: input.role, createdAt: iso(row.created_at), expiresAt: iso(row.expires_at) };
    },

    async listInvitations(ctx: Ctx, enterpriseId: number) {
      await requireAdmin(ctx, enterpriseId);
      const rows = await repo.pendingInvitationsOfEnterprise(ctx.db, enterpriseId);
      return rows.map((r) => ({ id: r.id, phoneMasked: r.phone_masked, role: r.role, createdAt: iso(r.created_at), expiresAt: iso(r.expires_at) }));
    },

    async revokeInvitation(ctx: Ctx, enterpriseId: number, invitationId: string) {
      await requireAdmin(ctx, enterpriseId);
      const res = await repo.revokeInvitation(ctx.db, invitationId, enterpriseId);
      if (!res.numUpdatedRows) throw new AppError('INVITATION_NOT_FOUND');
    },

    /** The invited person answers, matched by the keyed hash of the number they signed in with. */
    async answerInvitation(ctx: Ctx, invitationId: string, accept: boolean) {
      const actor = requireRecruiter(ctx);
      const phoneIndex = await phoneIndexOf(ctx.db, actor.userId);
      if (!phoneIndex) throw new AppError('INVITATION_NOT_FOUND');
      await inTransaction(ctx, async (tx) => {
        if (accept && (await membership(tx.db, actor.userId))) throw new AppError('ALREADY_IN_ENTERPRISE');
        const row = await repo.answerInvitation(tx.db, invitationId, phoneIndex, accept ? 'accepted' : 'declined');
        if (!row) throw new AppError('INVITATION_NOT_FOUND');
        if (accept) await joinEnterprise(tx.db, row.enterprise_id, actor.userId, row.role);
      });
    },

    // --- members ---------------------------------------------------------------------------------

    async listMembers(ctx: Ctx, enterpriseId: number) {
      const { actor } = await requireMember(ctx, enterpriseId);
      return inTransaction(ctx, async (tx) => {
        const rows = await repo.members(tx.db, enterpriseId);
        const names = await namesThroughDoor(
          tx,
          'enterprise.membership',
          enterpriseId,
          rows.map((r) => r.user_id),
        );
        return rows.map((r) => ({
          userId: r.user_id,
          displayName: names.get(r.user_id) ?? null,
          role: r.role,
          joinedAt: iso(r.created_at),
          you: r.user_id === actor.userId,
        }));
      });
    },

    async setRole(ctx: Ctx, enterpriseId: number, userId: string, role: MemberRole) {
      await requireAdmin(ctx, enterpriseId);
      await changeMember(ctx, enterpriseId, userId, role);
    },

    /** An admin removes a member; any member may remove themselves (leave). */
    async removeMember(ctx: Ctx, enterpriseId: number, userId: string) {
      const { actor, role } = await requireMember(ctx, enterpriseId);
      if (role !== 'admin' && actor.userId !== userId) throw new AppError('FORBIDDEN');
      await changeMember(ctx, enterpriseId, userId, 'remove');
    },

    // --- certification and claims ----------------------------------------------------------------

    async certification(ctx: Ctx, enterpriseId: number) {
      await requireMember(ctx, enterpriseId);
      return certificationView(ctx.db, enterpriseId);
    },

    async submitCertification(ctx: Ctx, enterpriseId: number, uploads: { licence: Upload; authorisation?: Upload | undefined }) {
      const actor = await requireAdmin(ctx, enterpriseId);
      const check = async (db: Db) => {
        const e = await repo.lockEnterprise(db, enterpriseId);
        if (!e) throw new AppError('ENTERPRISE_NOT_FOUND');
        if (e.verified) throw new AppError('ALREADY_VERIFIED');
        if (await repo.pendingReview(db, enterpriseId, 'certification')) throw new AppError('CERTIFICATION_PENDING');
      };
      // Checked before anything is stored, and again under the lock.
      await check(ctx.db);
      const list = [uploads.licence, ...(uploads.authorisation ? [uploads.authorisation] : [])];
      await files.storeWith(ctx, actor.userId, list, async (tx, stored) => {
        await check(tx.db);
        await repo
          .insertReview(tx.db, {
            enterprise_id: enterpriseId,
            kind: 'certification',
            submitted_by: actor.userId,
            credit_code: null,
            licence_file_id: stored.find((f) => f.field === 'licence')?.id as string,
            authorisation_file_id: stored.find((f) => f.field === 'authorisation')?.id ?? null,
          })
          .catch((err) => conflict(err, { enterprise_reviews_one_pending_certification_key: new AppError('CERTIFICATION_PENDING') }));
      });
      return certificationView(ctx.db, enterpriseId);
    },

    /** An admin opens a document of the enterprise's own certification; recorded in the audit log. */
    async certificationFile(ctx: Ctx, enterpriseId: number, fileId: string) {
      await requireAdmin(ctx, enterpriseId);
      const review = await repo.reviewWithFile(ctx.db, fileId);
      if (!review || review.enterprise_id !== enterpriseId || review.kind !== 'certification') throw new AppError('NOT_FOUND');
      return readReviewFile(ctx, review, fileId, 'enterprise.certification');
    },

    async submitClaim(ctx: Ctx, enterpriseId: number, input: { creditCode: string }, uploads: { licence: Upload; authorisation?: Upload | undefined }) {
      const actor = requireRecruiter(ctx);
      const creditCode = requireCreditCode(input.creditCode, 'creditCode');
      if (!(await repo.findProfile(ctx.db, enterpriseId))) throw new AppError('ENTERPRISE_NOT_FOUND');
      if (await membership(ctx.db, actor.userId)) throw new AppError('ALREADY_IN_ENTERPRISE');
      if (await repo.pendingReview(ctx.db, enterpriseId, 'claim', actor.userId)) throw new AppError('CLAIM_PENDING');
      const list = [uploads.licence, ...(uploads.authorisation ? [uploads.authorisation] : [])];
      const id = await files.storeWith(ctx, actor.userId, list, async (tx, stored) => {
        const row = await repo
          .insertReview(tx.db, {
            enterprise_id: enterpriseId,
            kind: 'claim',
            submitted_by: actor.userId,
            credit_code: creditCode,
            licence_file_id: stored.find((f) => f.field === 'licence')?.id as string,
            authorisation_file_id: stored.find((f) => f.field === 'authorisation')?.id ?? null,
          })
          .catch((err) => conflict(err, { enterprise_reviews_one_pending_claim_key: new AppError('CLAIM_PENDING') }));
        return row.id;
      });
      const claim = (await repo.claimsOf(ctx.db, actor.userId)).find((c) => c.id === id);
      if (!claim) throw new AppError('REVIEW_NOT_FOUND');
      return claimView(claim);
    },

    // --- operators -------------------------------------------------------------------------------

    async reviewQueue(ctx: Ctx, limit: number) {
      const rows = await repo.reviewQueue(ctx.db, limit);
      const meta = new Map(
        (
          await files.describe(
            ctx.db,
            rows.flatMap((r) => [r.licence_file_id, ...(r.authorisation_file_id ? [r.authorisation_file_id] : [])]),
          )
        ).map((f) => [f.id, f]),
      );
      const describe = (id: string | null, document: 'licence' | 'authorisation') => {
        const f = id ? meta.get(id) : undefined;
        return f ? [{ id: f.id, document, kind: f.kind, sizeBytes: f.size_bytes }] : [];
      };
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        enterprise: { id: r.enterprise_id, name: r.enterprise_name, creditCode: r.enterprise_credit_code },
        claimedCreditCode: r.credit_code,
        files: [...describe(r.licence_file_id, 'licence'), ...describe(r.authorisation_file_id, 'authorisation')],
        submittedAt: iso(r.created_at),
      }));
    },

    /** An operator opens a document of a review; every opening goes through the door and is audited. */
    async reviewFile(ctx: Ctx, reviewId: string, fileId: string) {
      const review = await repo.findReview(ctx.db, reviewId);
      if (!review) throw new AppError('REVIEW_NOT_FOUND');
      if (review.licence_file_id !== fileId && review.authorisation_file_id !== fileId) throw new AppError('NOT_FOUND');
      return readReviewFile(ctx, review, fileId, 'operations.enterprise_review');
    },

    async decideReview(ctx: Ctx, reviewId: string, input: { decision: 'approve' | 'reject'; reason?: string | undefined }) {
      const actor = requireActor(ctx);
      if (actor.role !== 'operator') throw new AppError('FORBIDDEN');
      const reason = input.reason?.trim() || null;
      if (input.decision === 'reject' && !reason) throw new AppError('REFUSAL_REASON_REQUIRED', { field: 'reason' });
      await inTransaction(ctx, async (tx) => {
        const review = await repo.lockReview(tx.db, reviewId);
        if (!review) throw new AppError('REVIEW_NOT_FOUND');
        if (review.status !== 'pending') throw new AppError('REVIEW_CLOSED');
        const e = await repo.lockEnterprise(tx.db, review.enterprise_id);
        if (!e) throw new AppError('ENTERPRISE_NOT_FOUND');
        if (input.decision === 'approve') {
          if (review.kind === 'claim') {
            // The claimant becomes an admin; the licence they gave was checked, so the listing is verified too.
            const m = await membership(tx.db, review.submitted_by);
            if (m && m.enterprise_id !== review.enterprise_id) throw new AppError('ALREADY_IN_ENTERPRISE');
            if (m) await repo.setRole(tx.db, review.enterprise_id, review.submitted_by, 'admin');
            else await joinEnterprise(tx.db, review.enterprise_id, review.submitted_by, 'admin');
            if (!e.credit_code && review.credit_code) {
              const other = await repo.findByCreditCode(tx.db, review.credit_code);
              if (other && other.id !== review.enterprise_id) throw new AppError('CREDIT_CODE_TAKEN');
              await repo.update(tx.db, review.enterprise_id, { credit_code: review.credit_code });
            }
          }
          await repo.update(tx.db, review.enterprise_id, { verified: true });
          await announce(tx.db, 'enterprise', { ids: [review.enterprise_id] });
        }
        await repo.decideReview(
          tx.db,
          reviewId,
          input.decision === 'approve' ? 'approved' : 'rejected',
          input.decision === 'reject' ? reason : null,
          actor.userId,
        );
        tx.log.info({ event: 'enterprise_review_decided', reviewId, decision: input.decision }, 'enterprise review decided');
      });
      const after = await repo.findReview(ctx.db, reviewId);
      if (!after) throw new AppError('REVIEW_NOT_FOUND');
      return {
        id: after.id,
        kind: after.kind,
        enterpriseId: after.enterprise_id,
        status: after.status,
        reason: after.reason,
        decidedAt: isoOrNull(after.decided_at),
      };
    },
  };

  async function readReviewFile(
    ctx: Ctx,
    review: { enterprise_id: number; submitted_by: string; licence_file_id: string; authorisation_file_id: string | null },
    fileId: string,
    purpose: string,
  ) {
    const field = review.licence_file_id === fileId ? 'enterprise_reviews.licence_file_id' : 'enterprise_reviews.authorisation_file_id';
    return access.read(
      ctx,
      { subjectId: review.submitted_by, enterpriseId: review.enterprise_id, fields: [field], purpose, action: 'download' },
      async (tx) => {
        const file = await files.read(tx.db, fileId);
        if (!file) throw new AppError('NOT_FOUND');
        return { bytes: file.bytes, contentType: mimeTypes[file.kind] };
      },
    );
  }
}

export type EnterprisesService = ReturnType<typeof createEnterprisesService>;
