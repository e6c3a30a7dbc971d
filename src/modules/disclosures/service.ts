import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { AuditLog } from '../../privacy/audit.js';
import { getEnterpriseSummaries } from '../enterprises/index.js';
import { type NewDisclosure, disclosuresRepository as repo } from './repository.js';

/** What a disclosure hands over: the audit entry names these fields, never their values. */
export const DISCLOSED_FIELDS = ['name', 'phone', 'resume'];
export const DISCLOSURE_PURPOSE = 'recruiting.disclosure';

/**
 * Disclosures decide when an enterprise sees a seeker's real name and contact details instead of
 * 张先生 / 138****5678. A seeker discloses by applying or by accepting a contact request; each one
 * is written to the audit log (so it shows in the seeker's "who has my data") and can be revoked
 * for the future.
 */
export function createDisclosuresService({ audit }: { audit: AuditLog }) {
  return {
    /** Records a disclosure inside the caller's transaction, with its audit entry. */
    async record(db: Db, d: NewDisclosure, requestId: string | null) {
      const row = await repo.insert(db, d);
      await audit.append(db, {
        actorId: d.seekerId,
        actorRole: 'seeker',
        subjectId: d.seekerId,
        enterpriseId: d.enterpriseId,
        action: d.via === 'application' ? 'disclose_by_application' : 'disclose_by_contact_request',
        purpose: DISCLOSURE_PURPOSE,
        fields: DISCLOSED_FIELDS,
        requestId,
      });
      return row;
    },

    async isDisclosed(db: Db, seekerId: string, enterpriseId: number): Promise<boolean> {
      return (await repo.active(db, seekerId, enterpriseId)).length > 0;
    },

    /** Of these seekers, those who disclosed to the enterprise (one query for a whole list). */
    async disclosedAmong(db: Db, seekerIds: string[], enterpriseId: number): Promise<Set<string>> {
      const rows = await repo.activeEnterprises(db, [...new Set(seekerIds)], enterpriseId);
      return new Set(rows.map((r) => r.seeker_id));
    },

    /** Ends the disclosures an application or contact request made (withdrawn application, revoked contact). */
    revokeSource: repo.revokeSource,

    async listMine(ctx: Ctx) {
      const me = ctx.actor;
      if (!me) throw new AppError('UNAUTHENTICATED');
      const rows = await repo.listForSeeker(ctx.db, me.userId);
      const names = await getEnterpriseSummaries(
        ctx.db,
        rows.map((r) => r.enterprise_id),
      );
      return {
        items: rows.map((r) => ({
          id: r.id,
          enterprise: { id: r.enterprise_id, name: names.get(r.enterprise_id)?.name ?? '' },
          via: r.via,
          resumeId: r.resume_id,
          disclosedAt: new Date(r.created_at).toISOString(),
          revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
        })),
      };
    },

    async revoke(ctx: Ctx, id: number) {
      const me = ctx.actor;
      if (!me) throw new AppError('UNAUTHENTICATED');
      return ctx.db.transaction().execute(async (trx) => {
        const row = await repo.revoke(trx, me.userId, id);
        if (!row) throw new AppError('DISCLOSURE_NOT_FOUND');
        await audit.append(trx, {
          actorId: me.userId,
          actorRole: me.role,
          subjectId: me.userId,
          enterpriseId: row.enterprise_id,
          action: 'revoke_disclosure',
          purpose: DISCLOSURE_PURPOSE,
          fields: DISCLOSED_FIELDS,
          requestId: ctx.requestId,
        });
        return { ok: true as const };
      });
    },
  };
}

export type DisclosuresService = ReturnType<typeof createDisclosuresService>;
