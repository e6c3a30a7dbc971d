import { createHmac } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import type { Db } from '../platform/db/index.js';
import { redactText } from '../platform/redact.js';
import type { AuditLogTable } from './tables.js';

/**
 * The audit log: append-only and hash-chained. Each entry's hash is an HMAC (keyed with the
 * server secret, so the chain cannot be recomputed by someone who can only write to the database)
 * over the previous entry's hash and the entry's own content. Entries hold ids and field names,
 * never the personal information itself.
 */
export interface AuditEntry {
  actorId: string | null;
  actorRole: string;
  subjectId: string | null;
  enterpriseId?: number | null;
  action: string;
  purpose: string;
  fields: string[];
  reason?: string | null;
  requestId?: string | null;
}

const GENESIS = 'genesis';
// One chain for the whole site: appends are serialised by this advisory lock (transaction-scoped).
const CHAIN_LOCK = 7_261_601;

type StoredEntry = Selectable<AuditLogTable>;

function canonical(e: Omit<StoredEntry, 'seq' | 'hash'>): string {
  return JSON.stringify([
    new Date(e.occurred_at).toISOString(),
    e.actor_id,
    e.actor_role,
    e.subject_id,
    e.enterprise_id,
    e.action,
    e.purpose,
    e.fields,
    e.reason,
    e.request_id,
    e.prev_hash,
  ]);
}

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; seq: number; problem: 'modified' | 'inserted' | 'deleted'; detail: string };

export function createAuditLog(secret: Buffer) {
  const mac = (e: Omit<StoredEntry, 'seq' | 'hash'>) => createHmac('sha256', secret).update('audit\u0000').update(canonical(e)).digest('hex');

  return {
    /** Appends an entry. Call inside the transaction of the access it records. */
    async append(db: Db, entry: AuditEntry): Promise<void> {
      await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(db);
      const last = await db.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
      const checkpoint = last ? undefined : await db.selectFrom('audit_checkpoints').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
      const row = {
        occurred_at: new Date(),
        actor_id: entry.actorId,
        actor_role: entry.actorRole,
        subject_id: entry.subjectId,
        enterprise_id: entry.enterpriseId ?? null,
        action: entry.action,
        purpose: entry.purpose,
        fields: [...entry.fields].sort(),
        // A stated reason is free text: it is passed through the same redaction as logs.
        reason: entry.reason ? redactText(entry.reason).slice(0, 500) : null,
        request_id: entry.requestId ?? null,
        prev_hash: last?.hash ?? checkpoint?.hash ?? GENESIS,
      };
      await db
        .insertInto('audit_log')
        .values({ ...row, hash: mac(row) })
        .execute();
    },

    /**
     * Walks the chain from the first kept entry and reports the first entry that was modified,
     * inserted or deleted.
     */
    async verify(db: Db, batchSize = 5000): Promise<VerifyResult> {
      const checkpoint = await db.selectFrom('audit_checkpoints').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
      let expectedPrev = checkpoint?.hash ?? GENESIS;
      let count = 0;
      const nextAfter = (seq: number) => db.selectFrom('audit_log').select(['prev_hash']).where('seq', '>', seq).orderBy('seq').limit(1).executeTakeFirst();
      let after = 0;
      for (;;) {
        const rows = (await db
          .selectFrom('audit_log')
          .select([
            'seq',
            'occurred_at',
            'actor_id',
            'actor_role',
            'subject_id',
            'enterprise_id',
            'action',
            'purpose',
            'fields',
            'reason',
            'request_id',
            'prev_hash',
            'hash',
          ])
          .where('seq', '>', after)
          .orderBy('seq')
          .limit(batchSize)
          .execute()) as StoredEntry[];
        if (!rows.length) return { ok: true, entries: count };
        for (const row of rows) {
          const seq = Number(row.seq);
          const { seq: _s, hash: _h, ...content } = row;
          const linked = row.prev_hash === expectedPrev;
          if (mac(content) !== row.hash || !linked) {
            // Tell a changed entry from a slipped-in one by where the next entry points: after an
            // insertion the chain continues from the entry before it.
            const next = await nextAfter(seq);
            if (next && next.prev_hash === expectedPrev && next.prev_hash !== row.hash) {
              return { ok: false, entries: count, seq, problem: 'inserted', detail: `entry ${seq} was inserted into the chain` };
            }
            if (!linked && mac(content) === row.hash) {
              return { ok: false, entries: count, seq, problem: 'deleted', detail: `one or more entries before ${seq} were deleted` };
            }
            return { ok: false, entries: count, seq, problem: 'modified', detail: `entry ${seq} does not match its hash` };
          }
          expectedPrev = row.hash;
          count += 1;
          after = seq;
        }
      }
    },

    /**
     * Retention: removes entries older than `cutoff` (the law asks for at least six months),
     * keeping the last removed entry's hash as the chain's new anchor.
     */
    async purgeBefore(db: Db, cutoff: Date): Promise<number> {
      return db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(trx);
        // The append-only trigger lets this transaction, and only it, delete.
        await sql`select set_config('renhe.allow_purge', 'on', true)`.execute(trx);
        const last = await trx
          .selectFrom('audit_log')
          .select(['seq', 'hash'])
          .where('occurred_at', '<', cutoff)
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (!last) return 0;
        const res = await trx.deleteFrom('audit_log').where('seq', '<=', last.seq).executeTakeFirst();
        const purged = Number(res.numDeletedRows);
        await trx
          .insertInto('audit_checkpoints')
          .values({ seq: Number(last.seq), hash: last.hash, entries_purged: purged })
          .execute();
        return purged;
      });
    },

    /** Who accessed this person's data: newest first. */
    listForSubject(db: Db, subjectId: string, limit = 100) {
      // A person's own actions are not accesses by others, except handing their data to an
      // enterprise (applying, accepting a contact request): that is exactly "who has my data".
      return db
        .selectFrom('audit_log')
        .select(['seq', 'occurred_at', 'actor_role', 'enterprise_id', 'action', 'purpose', 'fields'])
        .where('subject_id', '=', subjectId)
        .where((eb) => eb.or([eb('actor_id', 'is', null), eb('actor_id', '<>', subjectId), eb('enterprise_id', 'is not', null)]))
        .orderBy('seq', 'desc')
        .limit(limit)
        .execute();
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
