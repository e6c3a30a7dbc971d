/**
 * `npm run bench:rights`: how long a person waits for a copy of their data, and how long erasing a
 * cancelled account takes. The person has 1,000 activity rows: audit-log entries about them
 * (there is no activity table yet; the audit log is the subject-keyed table that grows with use),
 * written through the audit log itself so the hash chain is real, plus 5 sessions and 3 data
 * requests. Export = GET /api/privacy/export's work (read every subject table, decrypt, record the
 * request and the audit entry, build the ZIP); erasure = eraseSubject (every subject table, key
 * shred, audit entry), each on a fresh person. Median of BENCH_RUNS runs (default 7), on embedded
 * PGlite (on disk, in a temporary folder) and on the PostgreSQL server at BENCH_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres; a throwaway database is created and dropped).
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/platform/config.js';
import type { Ctx } from '../src/platform/context.js';
import type { DatabaseHandle } from '../src/platform/db/index.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { createLogger } from '../src/platform/logger.js';
import { createServices, type Services } from '../src/platform/services.js';
import { parseKeyRing } from '../src/privacy/index.js';
import { machine, onPglite, onPostgres } from './databases.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ACTIVITY = Number(process.env.BENCH_ACTIVITY ?? 1000);
const log = createLogger('silent');

interface Result {
  database: string;
  exportMs: number[];
  zipBytes: number;
  eraseMs: number[];
}

let phoneCounter = 0;
function nextPhone() {
  phoneCounter += 1;
  return `1380000${String(phoneCounter).padStart(4, '0')}`;
}

async function person(services: Services, handle: DatabaseHandle): Promise<string> {
  const { db } = handle;
  const phone = nextPhone();
  await services.accounts.createDemoSeekers(db, [{ phone, displayName: `测试用户${phoneCounter}`, birthDate: '1995-06-01', gender: 'female', city: '杭州' }]);
  const { id } = await db.selectFrom('users').select('id').where('phone_index', '=', services.accounts.phoneHash(phone)).executeTakeFirstOrThrow();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < ACTIVITY; i++) {
      await services.audit.append(trx, { actorId: null, actorRole: 'recruiter', subjectId: id, action: 'read', purpose: 'bench.activity', fields: ['resume'] });
    }
  });
  for (let i = 0; i < 5; i++) {
    await db
      .insertInto('sessions')
      .values({ user_id: id, token_hash: randomBytes(32).toString('hex'), user_agent: `BenchBrowser/${i}`, expires_at: new Date(Date.now() + 86_400_000) })
      .execute();
  }
  for (const kind of ['complaint', 'deletion', 'restriction'] as const) {
    await db.insertInto('data_requests').values({ subject_id: id, kind, details: '测试', due_on: '2026-12-31' }).execute();
  }
  return id;
}

const ctxFor = (db: DatabaseHandle['db'], userId: string): Ctx => ({
  actor: { userId, role: 'seeker', sessionId: '00000000-0000-4000-8000-000000000000' },
  requestId: 'bench',
  log: log as unknown as Ctx['log'],
  db,
  locale: 'zh-CN',
  ip: '127.0.0.1',
  userAgent: undefined,
});

async function measure(database: string, handle: DatabaseHandle): Promise<Result> {
  await migrateToLatest(handle.db);
  const config = loadConfig({}, { demoData: false, logLevel: 'silent' });
  const services = createServices(config, randomBytes(32), parseKeyRing(`kbench:${randomBytes(32).toString('base64')}`));
  const result: Result = { database, exportMs: [], zipBytes: 0, eraseMs: [] };

  const reader = await person(services, handle);
  // One warm-up of each (prepared plans, JIT of the code paths), not counted.
  await services.rights.downloadExport(ctxFor(handle.db, reader));
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const { zip } = await services.rights.downloadExport(ctxFor(handle.db, reader));
    result.exportMs.push(performance.now() - t);
    result.zipBytes = zip.byteLength;
  }
  const { doc } = await services.rights.createExport(ctxFor(handle.db, reader));
  const exported = doc.modules.privacy?.audit_log?.rows.length ?? 0;
  if (exported < ACTIVITY) throw new Error(`${database}: the export holds only ${exported} activity rows`);

  await services.rights.eraseSubject(handle.db, await person(services, handle));
  for (let i = 0; i < RUNS; i++) {
    const id = await person(services, handle);
    const t = performance.now();
    const report = await services.rights.eraseSubject(handle.db, id);
    result.eraseMs.push(performance.now() - t);
    if (!report.keyShredded || !report.steps.some((s) => s.table === 'sessions' && s.rows === 5)) throw new Error(`${database}: erasure incomplete`);
  }
  return result;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;
const verdict = (x: number) => (x <= 1000 ? 'yes' : 'NO');

const [lite, server] = [await onPglite(measure), await onPostgres(measure)];
console.log(`machine: ${machine()}`);
console.log(`person with ${ACTIVITY.toLocaleString('en-US')} audit-log rows, 5 sessions, 3 data requests; median of ${RUNS} runs after one warm-up`);
console.log('');
console.log(`| operation | ${lite.database} | ${server.database} | PGlite / PostgreSQL | target ≤ 1 s met |`);
console.log('| --- | --- | --- | --- | --- |');
const row = (name: string, a: number[], b: number[]) =>
  console.log(`| ${name} | ${ms(median(a))} | ${ms(median(b))} | ${(median(a) / median(b)).toFixed(1)}× | ${verdict(Math.max(median(a), median(b)))} |`);
row(`export (ZIP, ${(server.zipBytes / 1024).toFixed(0)} KiB)`, lite.exportMs, server.exportMs);
row('erasure of one account', lite.eraseMs, server.eraseMs);
