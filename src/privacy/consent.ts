import type { Role } from '../modules/accounts/tables.js';
import type { Ctx } from '../platform/context.js';
import type { Db } from '../platform/db/index.js';
import { AppError } from '../platform/errors.js';

/**
 * Consent: what a person agreed to, per purpose, recorded in an append-only ledger together with
 * the policy version they were shown. The current state of a purpose is its latest ledger entry;
 * nothing else stores consent, so any past state can be rebuilt from the ledger alone.
 */
export interface ConsentPurpose {
  label: { zh: string; en: string };
  description: { zh: string; en: string };
  /** Needed for the account itself (the user agreement and privacy policy): granted at sign-up, withdrawn only by cancelling. */
  required?: boolean;
  /** Only offered to these roles. */
  roles?: Role[];
  /** Sensitive personal information (PIPL Art. 29): asked separately at the moment a feature needs it. */
  sensitive?: boolean;
  /** What happens when refused (shown with sensitive consents). */
  ifRefused?: { zh: string; en: string };
}

export interface PolicyVersion {
  /** Hash of the published policy text the person saw. */
  hash: string;
  /** Hash of what is material: the purposes and categories of processing, not wording. */
  materialHash: string;
}

export type Decision = 'granted' | 'withdrawn';

export interface LedgerEntry {
  purpose: string;
  decision: Decision;
  occurredAt: Date;
  policyHash: string;
  materialHash: string;
}

/** Folds ledger entries (in order) into the state at `at` (default: now). */
export function stateFromLedger(entries: LedgerEntry[], at?: Date): Map<string, LedgerEntry> {
  const state = new Map<string, LedgerEntry>();
  for (const e of entries) {
    if (at && e.occurredAt > at) break;
    state.set(e.purpose, e);
  }
  return state;
}

export const TERMS = 'terms';

export function createConsentService(currentPolicy: () => PolicyVersion) {
  const purposes = new Map<string, ConsentPurpose>();

  async function ledger(db: Db, subjectId: string): Promise<LedgerEntry[]> {
    const rows = await db
      .selectFrom('consent_ledger')
      .select(['purpose', 'decision', 'occurred_at', 'policy_hash', 'material_hash'])
      .where('subject_id', '=', subjectId)
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({
      purpose: r.purpose,
      decision: r.decision,
      occurredAt: new Date(r.occurred_at),
      policyHash: r.policy_hash,
      materialHash: r.material_hash,
    }));
  }

  async function record(db: Db, subjectId: string, purpose: string, decision: Decision, screen: string, requestId: string | null) {
    const policy = currentPolicy();
    await db
      .insertInto('consent_ledger')
      .values({ subject_id: subjectId, purpose, decision, policy_hash: policy.hash, material_hash: policy.materialHash, screen, request_id: requestId })
      .execute();
  }

  const offeredTo = (p: ConsentPurpose, role: Role) => !p.roles || p.roles.includes(role);

  return {
    definePurpose(name: string, purpose: ConsentPurpose) {
      if (purposes.has(name)) throw new Error(`consent purpose ${name} is already defined`);
      purposes.set(name, purpose);
    },

    purposes: () => [...purposes.entries()],

    /** Records the consents given at sign-up, in the caller's transaction. */
    async recordSignUp(db: Db, subjectId: string, requestId: string | null) {
      await record(db, subjectId, TERMS, 'granted', 'signup', requestId);
    },

    /** Whether a purpose may be served for this person right now. */
    async isGranted(db: Db, subjectId: string, purpose: string): Promise<boolean> {
      const last = await db
        .selectFrom('consent_ledger')
        .select(['decision'])
        .where('subject_id', '=', subjectId)
        .where('purpose', '=', purpose)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return last?.decision === 'granted';
    },

    /** Refuses with CONSENT_WITHDRAWN unless the purpose is granted. */
    async requireGranted(db: Db, subjectId: string, purpose: string): Promise<void> {
      if (!(await this.isGranted(db, subjectId, purpose))) throw new AppError('CONSENT_NOT_GIVEN', { purpose });
    },

    async overview(ctx: Ctx, subjectId: string, role: Role) {
      const entries = await ledger(ctx.db, subjectId);
      const state = stateFromLedger(entries);
      const policy = currentPolicy();
      const terms = state.get(TERMS);
      return {
        policy: { hash: policy.hash, materialHash: policy.materialHash },
        // Asked again only when purposes or categories changed, never for rewording.
        needsReconsent: terms?.decision === 'granted' && terms.materialHash !== policy.materialHash,
        purposes: [...purposes.entries()]
          .filter(([, p]) => offeredTo(p, role))
          .map(([name, p]) => {
            const s = state.get(name);
            return {
              purpose: name,
              label: ctx.locale === 'en' ? p.label.en : p.label.zh,
              description: ctx.locale === 'en' ? p.description.en : p.description.zh,
              required: Boolean(p.required),
              sensitive: Boolean(p.sensitive),
              ifRefused: p.ifRefused ? (ctx.locale === 'en' ? p.ifRefused.en : p.ifRefused.zh) : null,
              granted: s?.decision === 'granted',
              since: s ? s.occurredAt.toISOString() : null,
              policyHash: s?.policyHash ?? null,
            };
          }),
      };
    },

    /** One step to grant, one step to withdraw. */
    async decide(ctx: Ctx, subjectId: string, role: Role, input: { purpose: string; decision: Decision; screen: string }) {
      const p = purposes.get(input.purpose);
      if (!p || !offeredTo(p, role)) throw new AppError('CONSENT_PURPOSE_UNKNOWN', { purpose: input.purpose });
      if (p.required && input.decision === 'withdrawn') throw new AppError('CONSENT_REQUIRED_FOR_ACCOUNT');
      await record(ctx.db, subjectId, input.purpose, input.decision, input.screen, ctx.requestId);
    },

    async history(db: Db, subjectId: string) {
      const rows = await db
        .selectFrom('consent_ledger')
        .select(['purpose', 'decision', 'occurred_at', 'policy_hash', 'screen'])
        .where('subject_id', '=', subjectId)
        .orderBy('seq', 'desc')
        .limit(500)
        .execute();
      return rows.map((r) => ({
        purpose: r.purpose,
        decision: r.decision,
        occurredAt: new Date(r.occurred_at).toISOString(),
        policyHash: r.policy_hash,
        screen: r.screen,
      }));
    },

    ledger,
  };
}

export type ConsentService = ReturnType<typeof createConsentService>;
