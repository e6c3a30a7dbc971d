import { sql } from 'kysely';
import type { DatabaseHandle, Db } from '../../platform/db/index.js';
import type { Logger } from '../../platform/logger.js';
import type { TableDeclaration } from '../inventory.js';
import { type RowRule, rowRules } from './rules.js';

/**
 * The retention engine: applies every row rule of the inventory, removing expired rows in
 * batches (short statements, so other work interleaves), and records one retention_runs row per
 * rule. Only one sweep runs per database at a time: within a process a flag on the database
 * object, across processes a PostgreSQL session advisory lock.
 */
export interface RetentionOptions {
  /** The inventory whose row rules are applied (src/modules/index.ts `inventory`). */
  tables: readonly TableDeclaration[];
  /** Count what would be removed, change nothing (the run is still recorded). */
  dryRun?: boolean;
  /** Rows removed per statement. */
  batchSize?: number;
  log?: Logger;
  /** Aborting stops the sweep after the current batch (graceful shutdown). */
  signal?: AbortSignal;
}

export interface RuleOutcome {
  rule: string;
  table: string;
  /** Rows removed, or in a dry run rows that would be. */
  rows: number;
  durationMs: number;
  error: string | null;
}

export type RetentionReport = { status: 'done'; dryRun: boolean; outcomes: RuleOutcome[] } | { status: 'skipped'; reason: string };

export const DEFAULT_BATCH_SIZE = 10_000;

/** Two-key advisory lock: 'renh' in ASCII, then 1 for the retention sweep. */
export const SWEEP_LOCK: readonly [number, number] = [0x72656e68, 1];

const sweeping = new WeakSet<object>();

export async function runRetention(handle: Pick<DatabaseHandle, 'db' | 'kind'>, opts: RetentionOptions): Promise<RetentionReport> {
  const rules = rowRules(opts.tables);
  const { db } = handle;
  if (sweeping.has(db)) return { status: 'skipped', reason: 'a sweep is already running in this process' };
  sweeping.add(db);
  try {
    // PGlite is one session inside this process (the flag above already excludes a second
    // sweep); pinning its only connection would stall every request for the whole sweep.
    if (handle.kind === 'pglite') return await sweepLocked(db, rules, opts);
    // A session advisory lock belongs to one connection: the whole sweep runs on the one it pins.
    return await db.connection().execute((conn) => sweepLocked(conn, rules, opts));
  } finally {
    sweeping.delete(db);
  }
}

async function sweepLocked(conn: Db, rules: RowRule[], opts: RetentionOptions): Promise<RetentionReport> {
  const [k1, k2] = SWEEP_LOCK;
  const got = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${k1}::int, ${k2}::int) as locked`.execute(conn);
  if (!got.rows[0]?.locked) {
    opts.log?.info('retention sweep skipped: another process is sweeping');
    return { status: 'skipped', reason: 'another process holds the retention lock' };
  }
  try {
    const outcomes: RuleOutcome[] = [];
    for (const rule of rules) {
      if (opts.signal?.aborted) break;
      outcomes.push(await applyRule(conn, rule, opts));
    }
    return { status: 'done', dryRun: Boolean(opts.dryRun), outcomes };
  } finally {
    await sql`select pg_advisory_unlock(${k1}::int, ${k2}::int)`.execute(conn);
  }
}

async function applyRule(conn: Db, rule: RowRule, opts: RetentionOptions): Promise<RuleOutcome> {
  const dryRun = Boolean(opts.dryRun);
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const startedAt = new Date();
  const clock = performance.now();
  let rows = 0;
  let error: string | null = null;
  try {
    // The cut-off is fixed once, in the database's clock, so a dry run and the real run agree.
    const cutoff = await sql<{ cutoff: string }>`select (now() - cast(${rule.after} as interval))::text as cutoff`.execute(conn);
    const before = sql`cast(${cutoff.rows[0]?.cutoff} as timestamptz)`;
    const table = sql.table(rule.table);
    const column = sql.ref(rule.column);
    if (dryRun) {
      const r = await sql<{ n: number }>`select count(*)::int as n from ${table} where ${column} < ${before}`.execute(conn);
      rows = r.rows[0]?.n ?? 0;
    } else {
      // Batches walk the table in physical order (a TID range scan, PostgreSQL 14 and later):
      // each one starts where the last stopped, so a backlog of millions of rows costs one pass,
      // not one scan per batch. A row updated while its batch runs is left for the next sweep.
      let last = '(0,0)';
      for (;;) {
        const r = await sql<{ picked: number; last: string | null; removed: number }>`
          with batch as materialized (
            select ctid as tid from ${table} where ctid > cast(${last} as tid) and ${column} < ${before} limit ${batchSize}
          ), gone as (
            delete from ${table} where ctid = any(array(select tid from batch)) returning 1
          )
          select (select count(*) from batch)::int as picked,
                 (select max(tid) from batch)::text as last,
                 (select count(*) from gone)::int as removed`.execute(conn);
        const batch = r.rows[0];
        rows += batch?.removed ?? 0;
        if (!batch?.last || batch.picked < batchSize) break;
        last = batch.last;
        // PGlite answers within microtasks: without this, a long sweep would starve timers and
        // incoming requests until it ended.
        await new Promise((resolve) => setImmediate(resolve));
        if (opts.signal?.aborted) {
          error = 'stopped before the end (shutdown); the next sweep continues';
          break;
        }
      }
    }
  } catch (err) {
    error = (err instanceof Error ? err.message : String(err)).slice(0, 500);
  }
  const durationMs = Math.round(performance.now() - clock);
  const outcome: RuleOutcome = { rule: rule.rule, table: rule.table, rows, durationMs, error };
  // Ids and counts only: never a value from the rows themselves.
  if (error) opts.log?.error({ rule: rule.rule, rows, ms: durationMs, error }, 'retention rule failed');
  else if (rows > 0) opts.log?.info({ rule: rule.rule, rows, ms: durationMs, dryRun }, 'retention rule applied');
  else opts.log?.debug({ rule: rule.rule, ms: durationMs, dryRun }, 'retention rule found nothing to remove');
  try {
    await conn
      .insertInto('retention_runs')
      .values({
        rule: rule.rule,
        dry_run: dryRun,
        rows_affected: rows,
        started_at: startedAt,
        finished_at: new Date(Math.max(Date.now(), startedAt.getTime())),
        duration_ms: durationMs,
        error,
      })
      .execute();
  } catch (err) {
    opts.log?.error({ rule: rule.rule, error: err instanceof Error ? err.message : String(err) }, 'retention run not recorded');
  }
  return outcome;
}
