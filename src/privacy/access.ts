import type { Actor, Ctx } from '../platform/context.js';
import { inTransaction } from '../platform/context.js';
import { AppError } from '../platform/errors.js';
import type { AuditLog } from './audit.js';
import { purposeSurvivesRestriction, subjectIsRestricted } from './rights/restriction.js';

/**
 * The one door to another person's personal information. A caller names whose data, which fields
 * and for which purpose; the door checks that purpose's rule for this actor, writes the audit entry
 * and runs the read in the same transaction — if the read fails, no entry claims it happened, and
 * if the entry cannot be written, nothing is read.
 */
export interface AccessRequest {
  subjectId: string;
  fields: string[];
  purpose: string;
  action?: string;
  enterpriseId?: number | null;
  /** Free-text justification, required by purposes that say so (e.g. operator support access). */
  reason?: string | undefined;
}

export interface PurposeRule {
  /** Who may use this purpose at all. */
  allowed(actor: Actor, request: AccessRequest, ctx: Ctx): boolean | Promise<boolean>;
  /** The actor must state a reason (stored, redacted, in the audit entry). */
  requiresReason?: boolean;
  description: { zh: string; en: string };
}

export function createAccessDoor(audit: AuditLog) {
  const rules = new Map<string, PurposeRule>();

  return {
    /** Modules register the purposes their features read other people's data for. */
    definePurpose(name: string, rule: PurposeRule) {
      if (rules.has(name)) throw new Error(`purpose ${name} is already defined`);
      rules.set(name, rule);
    },

    purposes: () => [...rules.entries()].map(([name, r]) => ({ name, description: r.description, requiresReason: Boolean(r.requiresReason) })),

    async read<T>(ctx: Ctx, request: AccessRequest, reader: (tx: Ctx) => Promise<T>): Promise<T> {
      const actor = ctx.actor;
      if (!actor) throw new AppError('UNAUTHENTICATED');
      const rule = rules.get(request.purpose);
      if (!rule) throw new Error(`unknown purpose ${request.purpose}`);
      if (rule.requiresReason && !request.reason?.trim()) throw new AppError('REASON_REQUIRED');
      if (!(await rule.allowed(actor, request, ctx))) throw new AppError('FORBIDDEN');
      // A person who restricted processing (PIPL Art. 44) is read only for their rights and legal duties.
      if (!purposeSurvivesRestriction(request.purpose) && (await subjectIsRestricted(ctx.db, request.subjectId))) throw new AppError('SUBJECT_RESTRICTED');
      return inTransaction(ctx, async (tx) => {
        await audit.append(tx.db, {
          actorId: actor.userId,
          actorRole: actor.role,
          subjectId: request.subjectId,
          enterpriseId: request.enterpriseId ?? null,
          action: request.action ?? 'read',
          purpose: request.purpose,
          fields: request.fields,
          reason: request.reason ?? null,
          requestId: ctx.requestId,
        });
        return reader(tx);
      });
    },
  };
}

export type AccessDoor = ReturnType<typeof createAccessDoor>;
