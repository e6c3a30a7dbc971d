import { sql } from 'kysely';
import { inventory } from '../src/modules/index.js';
import type { DatabaseHandle } from '../src/platform/db/index.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { DEFAULT_BATCH_SIZE, runRetention } from '../src/privacy/retention/index.js';
import { machine, onPglite, onPostgres } from './databases.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const FRESH = 10_000;
const BATCH = Number(process.env.BENCH_BATCH ?? DEFAULT_BATCH_SIZE);

interface Result {
  database: string;
  loadMs: number;
  dryRunMs: number;
  counted: number;
  sweepMs: number;
  removed: number;
  left: number;
}

async function measure(database: string, handle: DatabaseHandle): Promise<Result> {
  const { db } = handle;
  await migrateToLatest(db);
  let t = performance.now();
  // Expired: created two to three days ago. Fresh: created within the last hour.
  await sql`
    insert into sms_codes (phone_hash, ip_hash, code_hash, created_at, expires_at)
    select md5(g::text), md5((g % 5000)::text), md5((g * 7)::text),
           now() - interval '2 days' - (g % 86400) * interval '1 second',
           now() - interval '2 days' - (g % 86400) * interval '1 second' + interval '5 minutes'
    from generate_series(1, ${ROWS}::int) g`.execute(db);
  await sql`
    insert into sms_codes (phone_hash, ip_hash, code_hash, created_at, expires_at)
    select md5(g::text), md5(g::text), md5(g::text), now() - (g % 3600) * interval '1 second', now() + interval '5 minutes'
    from generate_series(1, ${FRESH}::int) g`.execute(db);
  // As autovacuum would have done on a live server (PGlite has no autovacuum).
  await sql`analyze sms_codes`.execute(db);
  const loadMs = performance.now() - t;

  const smsOnly = inventory.filter((d) => d.table === 'sms_codes');
  t = performance.now();
  const dry = await runRetention(handle, { tables: smsOnly, dryRun: true, batchSize: BATCH });
  const dryRunMs = performance.now() - t;
  t = performance.now();
  const run = await runRetention(handle, { tables: smsOnly, batchSize: BATCH });
  const sweepMs = performance.now() - t;
  if (dry.status !== 'done' || run.status !== 'done') throw new Error(`${database}: sweep skipped`);
  const failed = run.outcomes.find((o) => o.error);
  if (failed) throw new Error(`${database}: ${failed.error}`);
  const left = await sql<{ n: number }>`select count(*)::int as n from sms_codes`.execute(db);
  return {
    database,
    loadMs,
    dryRunMs,
    counted: dry.outcomes[0]?.rows ?? 0,
    sweepMs,
    removed: run.outcomes[0]?.rows ?? 0,
    left: left.rows[0]?.n ?? -1,
  };
}

const results = [await onPglite(measure), await onPostgres(measure, 2)];
for (const r of results) {
  if (r.removed !== ROWS || r.counted !== ROWS || r.left !== FRESH) {
    throw new Error(`${r.database}: counted ${r.counted}, removed ${r.removed}, left ${r.left}; expected ${ROWS}, ${ROWS}, ${FRESH}`);
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const n = (x: number) => Math.round(x).toLocaleString('en-US');
console.log(`machine: ${machine()}`);
console.log(`${n(ROWS)} expired sms_codes rows + ${n(FRESH)} fresh ones, batches of ${n(BATCH)}; every expired row removed, every fresh row kept`);
console.log('');
console.log('| database | load (generate_series + analyze) | dry run (count) | sweep | rows/s |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(`| ${r.database} | ${s(r.loadMs)} | ${s(r.dryRunMs)} | ${s(r.sweepMs)} | ${n(r.removed / (r.sweepMs / 1000))} |`);
}
const [lite, server] = results as [Result, Result];
console.log('');
console.log(`PostgreSQL sweeps ${(lite.sweepMs / server.sweepMs).toFixed(1)}× as fast as PGlite.`);
