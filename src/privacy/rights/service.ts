import type { Actor, Ctx } from '../../platform/context.js';
import { inTransaction } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { redactText } from '../../platform/redact.js';
import type { AccessDoor } from '../access.js';
import type { AuditLog } from '../audit.js';
import type { FieldCipher } from '../cipher.js';
import type { TableDeclaration } from '../inventory.js';
import { type ErasureReport, eraseSubjectIn, erasurePlan } from './erasure.js';
import { collectExport, type ExportDocument, exportedFields, zipExport } from './export.js';
import { OPEN_STATUSES, rightsRepository as repo } from './repository.js';
import type { RequestKind, RequestStatus } from './tables.js';
import { chinaDate, requestDueOn, workingDaysBetween } from './workdays.js';

export interface RightsSettings {
  cancellationCoolingOffDays: number;
}

export interface RightsDeps {
  inventory: readonly TableDeclaration[];
  cipher: FieldCipher;
  audit: AuditLog;
  access: AccessDoor;
  settings: RightsSettings;
}

export interface RequestView {
  id: string;
  kind: RequestKind;
  status: RequestStatus;
  details: string | null;
  items: string[];
  refusalReason: string | null;
  createdAt: string;
  dueOn: string;
  effectiveAt: string | null;
  completedAt: string | null;
}

export type CancellationView =
  | { status: 'none'; coolingOffDays: number }
  | { status: 'pending'; coolingOffDays: number; requestId: string; requestedAt: string; erasesAt: string; erasesOn: string; dueOn: string };

export interface SweepResult {
  erased: string[];
  failed: { subjectId: string; error: string }[];
}

type RequestRow = NonNullable<Awaited<ReturnType<typeof repo.findById>>>;

const DAY_MS = 86_400_000;
const DETAILS_MAX = 1000;
/** Kinds a person files through POST /privacy/requests; exports and cancellations have their own routes. */
export const FILED_KINDS = ['complaint', 'deletion', 'restriction'] as const;
export type FiledKind = (typeof FILED_KINDS)[number];
/** Restriction stays in force while its request is open or completed; it ends when withdrawn or refused. */
const RESTRICTION_IN_FORCE: RequestStatus[] = ['received', 'in_progress', 'completed'];

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function view(r: RequestRow): RequestView {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    details: r.details,
    items: r.items,
    refusalReason: r.refusal_reason,
    createdAt: new Date(r.created_at).toISOString(),
    dueOn: r.due_on,
    effectiveAt: iso(r.effective_at),
    completedAt: iso(r.completed_at),
  };
}

function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  return ctx.actor;
}

function requireOperator(ctx: Ctx): Actor {
  const actor = requireActor(ctx);
  if (actor.role !== 'operator') throw new AppError('FORBIDDEN');
  return actor;
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === '23505';
}

/** Free text a person or operator typed: trimmed, phone numbers / ID numbers / e-mails masked. */
function cleanText(text: string | undefined | null): string | null {
  const t = text?.trim();
  return t ? redactText(t).slice(0, DETAILS_MAX) : null;
}

export function createRightsService(deps: RightsDeps) {
  const { inventory, cipher, audit, access, settings } = deps;
  // Fails at start-up, not at the first cancellation, when a declaration cannot be honoured.
  erasurePlan(inventory);
  const deletable = new Set(
    inventory.filter((t) => t.subjectColumn).flatMap((t) => Object.entries(t.columns).flatMap(([name, c]) => (c.pi ? [`${t.table}.${name}`] : []))),
  );

  access.definePurpose('rights.request_handling', {
    description: { zh: '平台运营人员处理您提出的个人信息权利申请或投诉', en: 'Platform operators handling your privacy request or complaint' },
    allowed: (actor) => actor.role === 'operator',
  });

  async function exportFor(ctx: Ctx): Promise<{ doc: ExportDocument; request: RequestView }> {
    const actor = requireActor(ctx);
    return inTransaction(ctx, async (tx) => {
      const doc = await collectExport(tx.db, { inventory, cipher }, actor.userId);
      const now = new Date();
      const request = await repo.insertRequest(tx.db, {
        subject_id: actor.userId,
        kind: 'export',
        status: 'completed',
        due_on: requestDueOn(now),
        completed_at: now,
      });
      // Self-service, so not through the access door (which is for other people's data); recorded all the same.
      await audit.append(tx.db, {
        actorId: actor.userId,
        actorRole: actor.role,
        subjectId: actor.userId,
        action: 'export',
        purpose: 'rights.access',
        fields: exportedFields(doc),
        requestId: ctx.requestId,
      });
      tx.log.info({ event: 'data_exported', userId: actor.userId, requestId: request.id }, 'personal data exported');
      return { doc, request: view(request) };
    });
  }

  function cancellationView(r: RequestRow | undefined): CancellationView {
    const coolingOffDays = settings.cancellationCoolingOffDays;
    if (!r?.effective_at) return { status: 'none', coolingOffDays };
    const erasesAt = new Date(r.effective_at);
    return {
      status: 'pending',
      coolingOffDays,
      requestId: r.id,
      requestedAt: new Date(r.created_at).toISOString(),
      erasesAt: erasesAt.toISOString(),
      erasesOn: chinaDate(erasesAt),
      dueOn: r.due_on,
    };
  }

  /** Ends the restriction flag unless another restriction request still holds it. */
  async function liftRestriction(db: Db, subjectId: string) {
    const other = await repo.findOpenOfKind(db, subjectId, 'restriction', RESTRICTION_IN_FORCE);
    if (!other) await repo.setRestricted(db, subjectId, false);
  }

  /** Erases one person (see erasure.ts); in the caller's transaction when there is one. */
  function eraseSubject(db: Db, subjectId: string): Promise<ErasureReport> {
    if (db.isTransaction) return eraseSubjectIn(db, { inventory, cipher, audit }, subjectId);
    return db.transaction().execute((trx) => eraseSubjectIn(trx, { inventory, cipher, audit }, subjectId));
  }

  return {
    /** The copy as JSON (the content of data.json). */
    createExport: exportFor,

    /** The copy as a ZIP of data.json and index.html. */
    async downloadExport(ctx: Ctx): Promise<{ zip: Uint8Array; filename: string }> {
      const { doc } = await exportFor(ctx);
      return { zip: zipExport(doc), filename: `renhe-export-${doc.generatedAt.slice(0, 10)}.zip` };
    },

    async listRequests(ctx: Ctx): Promise<RequestView[]> {
      const actor = requireActor(ctx);
      return (await repo.listForSubject(ctx.db, actor.userId)).map(view);
    },

    async fileRequest(ctx: Ctx, input: { kind: FiledKind; details?: string | undefined; items?: string[] | undefined }): Promise<RequestView> {
      const actor = requireActor(ctx);
      const details = cleanText(input.details);
      const items = [...new Set(input.items ?? [])];
      if (input.kind === 'complaint' && !details) throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'details', rule: 'required' }] });
      if (input.kind === 'deletion') {
        if (!items.length) throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'items', rule: 'required' }] });
        const unknown = items.filter((i) => !deletable.has(i));
        if (unknown.length) throw new AppError('DELETION_ITEMS_UNKNOWN', { items: unknown });
      } else if (input.items !== undefined) {
        throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'items', rule: 'not_allowed' }] });
      }
      return inTransaction(ctx, async (tx) => {
        if (input.kind === 'restriction' && (await repo.findOpenOfKind(tx.db, actor.userId, 'restriction', RESTRICTION_IN_FORCE))) {
          throw new AppError('REQUEST_ALREADY_OPEN');
        }
        let row: RequestRow;
        try {
          row = await repo.insertRequest(tx.db, {
            subject_id: actor.userId,
            kind: input.kind,
            status: 'received',
            details,
            items: input.kind === 'deletion' ? items : [],
            due_on: requestDueOn(new Date()),
          });
        } catch (err) {
          if (isUniqueViolation(err)) throw new AppError('REQUEST_ALREADY_OPEN');
          throw err;
        }
        // Restriction takes effect at once; an operator may still refuse it, with a reason.
        if (input.kind === 'restriction') await repo.setRestricted(tx.db, actor.userId, true);
        tx.log.info({ event: 'rights_request_filed', userId: actor.userId, kind: input.kind, requestId: row.id }, 'rights request filed');
        return view(row);
      });
    },

    /** The person withdraws one of their own requests (for a restriction: lifts it). */
    async withdrawRequest(ctx: Ctx, id: string): Promise<RequestView> {
      const actor = requireActor(ctx);
      return inTransaction(ctx, async (tx) => {
        const r = await repo.findByIdForUpdate(tx.db, id);
        if (!r || r.subject_id !== actor.userId) throw new AppError('REQUEST_NOT_FOUND');
        const from = r.kind === 'restriction' ? RESTRICTION_IN_FORCE : OPEN_STATUSES;
        if (r.kind === 'export' || !from.includes(r.status)) throw new AppError('REQUEST_CLOSED');
        const closed = await repo.close(tx.db, id, 'withdrawn', null, from);
        if (!closed) throw new AppError('REQUEST_CLOSED');
        if (r.kind === 'restriction') await liftRestriction(tx.db, actor.userId);
        return view(closed);
      });
    },

    async getCancellation(ctx: Ctx): Promise<CancellationView> {
      const actor = requireActor(ctx);
      return cancellationView(await repo.findOpenOfKind(ctx.db, actor.userId, 'cancellation'));
    },

    /** Starts the cooling-off; the account keeps working until it ends, and the person can undo it. */
    async startCancellation(ctx: Ctx): Promise<CancellationView> {
      const actor = requireActor(ctx);
      return inTransaction(ctx, async (tx) => {
        if (await repo.findOpenOfKind(tx.db, actor.userId, 'cancellation')) throw new AppError('CANCELLATION_PENDING');
        const now = new Date();
        try {
          const row = await repo.insertRequest(tx.db, {
            subject_id: actor.userId,
            kind: 'cancellation',
            status: 'in_progress',
            due_on: requestDueOn(now),
            effective_at: new Date(now.getTime() + settings.cancellationCoolingOffDays * DAY_MS),
          });
          tx.log.info({ event: 'cancellation_requested', userId: actor.userId, requestId: row.id }, 'account cancellation requested');
          return cancellationView(row);
        } catch (err) {
          if (isUniqueViolation(err)) throw new AppError('CANCELLATION_PENDING');
          throw err;
        }
      });
    },

    async undoCancellation(ctx: Ctx): Promise<CancellationView> {
      const actor = requireActor(ctx);
      return inTransaction(ctx, async (tx) => {
        const pending = await repo.findOpenOfKind(tx.db, actor.userId, 'cancellation');
        const closed = pending ? await repo.close(tx.db, pending.id, 'withdrawn') : undefined;
        if (!closed) throw new AppError('CANCELLATION_NOT_FOUND');
        tx.log.info({ event: 'cancellation_withdrawn', userId: actor.userId, requestId: closed.id }, 'account cancellation withdrawn');
        return cancellationView(undefined);
      });
    },

    /** Operators: open requests, earliest deadline first, without their text (see viewRequest). */
    async listQueue(ctx: Ctx, limit = 200) {
      requireOperator(ctx);
      const today = chinaDate(new Date());
      const rows = await repo.listOpen(ctx.db, limit);
      return rows.map((r) => ({
        id: r.id,
        subjectId: r.subject_id,
        kind: r.kind,
        status: r.status,
        items: r.items,
        hasDetails: Boolean(r.has_details),
        createdAt: new Date(r.created_at).toISOString(),
        dueOn: r.due_on,
        workingDaysLeft: workingDaysBetween(today, r.due_on),
        effectiveAt: iso(r.effective_at),
        automatic: r.kind === 'cancellation' || r.kind === 'export',
      }));
    },

    /** Operators: one request with the person's text, through the access door (audited). */
    async viewRequest(ctx: Ctx, id: string) {
      requireOperator(ctx);
      const found = await repo.findById(ctx.db, id);
      if (!found) throw new AppError('REQUEST_NOT_FOUND');
      return access.read(ctx, { subjectId: found.subject_id, fields: ['data_requests.details'], purpose: 'rights.request_handling' }, async (tx) => {
        const r = await repo.findById(tx.db, id);
        if (!r) throw new AppError('REQUEST_NOT_FOUND');
        return { ...view(r), subjectId: r.subject_id };
      });
    },

    /** Operators: moves a request on; a refusal needs a reason, which the person sees. */
    async updateRequest(ctx: Ctx, id: string, input: { status: 'in_progress' | 'completed' | 'refused'; refusalReason?: string | undefined }) {
      requireOperator(ctx);
      const reason = cleanText(input.refusalReason);
      if (input.status === 'refused' && !reason) throw new AppError('REFUSAL_REASON_REQUIRED', { field: 'refusalReason' });
      if (input.status !== 'refused' && input.refusalReason !== undefined) {
        throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'refusalReason', rule: 'not_allowed' }] });
      }
      return inTransaction(ctx, async (tx) => {
        const r = await repo.findByIdForUpdate(tx.db, id);
        if (!r) throw new AppError('REQUEST_NOT_FOUND');
        if (r.kind === 'export' || r.kind === 'cancellation') throw new AppError('REQUEST_HANDLED_AUTOMATICALLY');
        if (!OPEN_STATUSES.includes(r.status)) throw new AppError('REQUEST_CLOSED');
        let updated: RequestRow | undefined;
        if (input.status === 'in_progress') updated = await repo.setStatus(tx.db, id, 'in_progress');
        else updated = await repo.close(tx.db, id, input.status, input.status === 'refused' ? reason : null);
        if (!updated) throw new AppError('REQUEST_CLOSED');
        if (r.kind === 'restriction' && input.status === 'refused') await liftRestriction(tx.db, r.subject_id);
        tx.log.info({ event: 'rights_request_updated', requestId: id, status: input.status }, 'rights request updated');
        return { ...view(updated), subjectId: updated.subject_id };
      });
    },

    eraseSubject,

    /**
     * Erases every account whose cooling-off ended at or before `now`. Each person in a transaction
     * of their own, claimed by moving the request to completed, so concurrent sweeps (or an undo at
     * the same moment) never erase twice or erase an undone cancellation. A failure is reported and
     * the request stays open for the next sweep.
     */
    async completeDueCancellations(db: Db, now: Date = new Date(), limit = 500): Promise<SweepResult> {
      const result: SweepResult = { erased: [], failed: [] };
      for (const due of await repo.dueCancellations(db, now, limit)) {
        try {
          const done = await db.transaction().execute(async (trx) => {
            const claimed = await repo.close(trx, due.id, 'completed', null, ['in_progress']);
            if (!claimed) return false;
            await eraseSubjectIn(trx, { inventory, cipher, audit }, due.subject_id);
            return true;
          });
          if (done) result.erased.push(due.subject_id);
        } catch (err) {
          result.failed.push({ subjectId: due.subject_id, error: (err instanceof Error ? err.message : String(err)).slice(0, 300) });
        }
      }
      return result;
    },
  };
}

export type RightsService = ReturnType<typeof createRightsService>;
