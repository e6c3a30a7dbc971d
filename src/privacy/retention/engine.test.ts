import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inventory } from '../../modules/index.js';
import type { DatabaseHandle, Db } from '../../platform/db/index.js';
import { createTestDatabase, rowCounts } from '../../test/db.js';
import { noPi, type TableDeclaration } from '../inventory.js';
import { type RetentionReport, runRetention, SWEEP_LOCK } from './engine.js';
import { formatReport } from './report.js';
import { rowRules } from './rules.js';

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(async () => {
  await handle?.close();
});
beforeEach(async () => {
  for (const t of ['retention_runs', 'sms_codes', 'sms_outbox', 'auth_failures', 'sessions', 'users']) await sql`delete from ${sql.table(t)}`.execute(db);
});

/** Rows created `age` ago (a PostgreSQL interval), n of them. */
async function smsCodes(n: number, age: string) {
  await sql`
    insert into sms_codes (phone_hash, ip_hash, code_hash, created_at, expires_at)
    select 'p' || g, 'i' || g, 'c' || g, now() - cast(${age} as interval), now() - cast(${age} as interval) + interval '5 minutes'
    from generate_series(1, ${n}::int) g`.execute(db);
}
async function outbox(n: number, age: string) {
  await sql`
    insert into sms_outbox (phone_hash, body, created_at)
    select 'p' || g, '【人和】验证码 123456', now() - cast(${age} as interval) from generate_series(1, ${n}::int) g`.execute(db);
}
async function failures(n: number, age: string) {
  await sql`
    insert into auth_failures (key_hash, created_at)
    select 'k' || g, now() - cast(${age} as interval) from generate_series(1, ${n}::int) g`.execute(db);
}
async function user(): Promise<string> {
  const r = await db
    .insertInto('users')
    .values({ phone_enc: 'e1.x', phone_index: `idx-${Math.random()}`, role: 'seeker', display_name: '测试' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}
async function session(userId: string, opts: { expiresIn: string; revokedAgo?: string }) {
  await sql`
    insert into sessions (user_id, token_hash, user_agent, expires_at, revoked_at)
    values (${userId}, ${`t-${Math.random()}`}, 'Mozilla/5.0', now() + cast(${opts.expiresIn} as interval),
            ${opts.revokedAgo ? sql`now() - cast(${opts.revokedAgo} as interval)` : sql`null`})`.execute(db);
}

/** Expired and fresh rows for every short-lived table: the expected removals per rule. */
async function seed() {
  await smsCodes(7, '25 hours');
  await smsCodes(3, '23 hours');
  await outbox(4, '2 days');
  await outbox(2, '1 hour');
  await failures(5, '1 day 1 minute');
  await failures(6, '15 minutes');
  const u = await user();
  await session(u, { expiresIn: '-1 minute' });
  await session(u, { expiresIn: '-40 days' });
  await session(u, { expiresIn: '20 days', revokedAgo: '1 minute' });
  await session(u, { expiresIn: '29 days' });
  return {
    'sms_codes.expired': 7,
    'sms_outbox.expired': 4,
    'auth_failures.expired': 5,
    'sessions.expired': 2,
    'sessions.revoked': 1,
  };
}

const ruleCount = rowRules(inventory).length;
/** Rows per rule: the seeded ones as given, every other rule of the inventory 0. */
const only = (seeded: Record<string, number>) => ({ ...Object.fromEntries(rowRules(inventory).map((r) => [r.rule, 0])), ...seeded });

const count = async (table: string) => (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db)).rows[0]?.n;
const byRule = (report: RetentionReport) => {
  if (report.status !== 'done') throw new Error(`sweep ${report.status}: ${report.reason}`);
  return Object.fromEntries(report.outcomes.map((o) => [o.rule, o.rows]));
};

describe('retention sweep', () => {
  it('removes the expired rows of every rule and keeps the fresh ones', async () => {
    const expected = await seed();
    const report = await runRetention(handle, { tables: inventory });
    expect(byRule(report)).toEqual(only(expected));
    expect(report.status === 'done' && report.outcomes.every((o) => o.error === null)).toBe(true);
    expect(await count('sms_codes')).toBe(3);
    expect(await count('sms_outbox')).toBe(2);
    expect(await count('auth_failures')).toBe(6);
    const left = await db.selectFrom('sessions').select(['revoked_at']).where('expires_at', '>', new Date()).execute();
    expect(left).toEqual([{ revoked_at: null }]);
    expect(await count('sessions')).toBe(1);
  });

  it('in a dry run counts exactly what a real run removes and changes nothing else', async () => {
    const expected = await seed();
    const before = await rowCounts(db);
    const dry = await runRetention(handle, { tables: inventory, dryRun: true });
    expect(dry.status === 'done' && dry.dryRun).toBe(true);
    expect(byRule(dry)).toEqual(only(expected));
    const after = await rowCounts(db);
    expect(after).toEqual({ ...before, retention_runs: before.retention_runs! + ruleCount });
    expect(byRule(await runRetention(handle, { tables: inventory }))).toEqual(only(expected));
  });

  it('removes nothing the second time (idempotent)', async () => {
    await seed();
    await runRetention(handle, { tables: inventory });
    const again = byRule(await runRetention(handle, { tables: inventory }));
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    expect(await count('sms_codes')).toBe(3);
  });

  it('removes every expired row when there are many more than one batch, with fresh rows in between', async () => {
    // Interleaved on disk: the batches must walk past fresh rows without stopping early.
    for (let i = 0; i < 9; i++) {
      await smsCodes(3, '2 days');
      await smsCodes(1, '1 hour');
    }
    const report = await runRetention(handle, { tables: inventory, batchSize: 4 });
    expect(byRule(report)['sms_codes.expired']).toBe(27);
    expect(await count('sms_codes')).toBe(9);
    const exact = await runRetention(handle, { tables: inventory, batchSize: 9 });
    expect(byRule(exact)['sms_codes.expired']).toBe(0);
  });

  it('is safe on empty tables', async () => {
    const report = await runRetention(handle, { tables: inventory, batchSize: 1 });
    expect(report.status === 'done' && report.outcomes.every((o) => o.rows === 0 && o.error === null)).toBe(true);
  });

  it('records every run of every rule in retention_runs, dry runs included', async () => {
    await seed();
    await runRetention(handle, { tables: inventory, dryRun: true });
    await runRetention(handle, { tables: inventory });
    const runs = await db
      .selectFrom('retention_runs')
      .select(['rule', 'dry_run', 'rows_affected', 'started_at', 'finished_at', 'duration_ms', 'error'])
      .where('rule', '=', 'sms_codes.expired')
      .orderBy('started_at')
      .execute();
    expect(runs.map((r) => [r.dry_run, r.rows_affected, r.error])).toEqual([
      [true, 7, null],
      [false, 7, null],
    ]);
    for (const r of runs) {
      expect(r.finished_at.getTime()).toBeGreaterThanOrEqual(r.started_at.getTime());
      expect(r.duration_ms).toBeGreaterThanOrEqual(0);
    }
    expect(await count('retention_runs')).toBe(2 * ruleCount);
  });

  it('records a failing rule with its error and still applies the others', async () => {
    await smsCodes(2, '2 days');
    const broken: TableDeclaration = {
      table: 'no_such_table',
      module: 'test',
      subjectColumn: null,
      columns: { created_at: noPi },
      rowRetention: [{ rule: 'no_such_table.expired', column: 'created_at', after: 'P1D', action: 'delete', description: { zh: '测试', en: 'test' } }],
    };
    const report = await runRetention(handle, { tables: [broken, ...inventory.filter((t) => t.table === 'sms_codes')] });
    if (report.status !== 'done') throw new Error('skipped');
    expect(report.outcomes.map((o) => [o.rule, o.rows, Boolean(o.error)])).toEqual([
      ['no_such_table.expired', 0, true],
      ['sms_codes.expired', 2, false],
    ]);
    const recorded = await db.selectFrom('retention_runs').select(['rule', 'error']).where('error', 'is not', null).execute();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.error).toMatch(/no_such_table/);
    expect(formatReport(report)).toMatch(/no_such_table\.expired\s+no_such_table\s+0\s+\d+\s+.*no_such_table/);
  });

  it('applies nothing once aborted (graceful stop)', async () => {
    await smsCodes(3, '2 days');
    const report = await runRetention(handle, { tables: inventory, signal: AbortSignal.abort() });
    expect(report).toEqual({ status: 'done', dryRun: false, outcomes: [] });
    expect(await count('sms_codes')).toBe(3);
  });

  it('lets only one of two concurrent sweeps do the work; the other says it skipped', async () => {
    await seed();
    const [a, b] = await Promise.all([runRetention(handle, { tables: inventory }), runRetention(handle, { tables: inventory })]);
    const done = [a, b].filter((r) => r.status === 'done');
    const skipped = [a, b].filter((r) => r.status === 'skipped');
    expect(done).toHaveLength(1);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ reason: expect.stringMatching(/already running/) });
    expect(byRule(done[0]!)['sms_codes.expired']).toBe(7);
    expect(formatReport(skipped[0]!)).toMatch(/^skipped: /);
  });

  it('skips while another session holds the retention lock (PostgreSQL only: PGlite has one session, so no other process can hold it)', async (ctx) => {
    if (handle.kind === 'pglite') ctx.skip();
    await seed();
    const [k1, k2] = SWEEP_LOCK;
    // Another process's sweep, as PostgreSQL sees it: a different session holding the lock.
    await db.connection().execute(async (other) => {
      await sql`select pg_advisory_lock(${k1}::int, ${k2}::int)`.execute(other);
      try {
        const report = await runRetention(handle, { tables: inventory });
        expect(report).toEqual({ status: 'skipped', reason: 'another process holds the retention lock' });
        expect(await count('sms_codes')).toBe(10);
      } finally {
        await sql`select pg_advisory_unlock(${k1}::int, ${k2}::int)`.execute(other);
      }
    });
    expect(byRule(await runRetention(handle, { tables: inventory }))['sms_codes.expired']).toBe(7);
  });
});
