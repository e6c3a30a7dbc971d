/**
 * `npm run bench`: Renhe's search side by side with the LIKE search of PHP 人才网 packages, on the
 * same generated jobs. For each database (PostgreSQL server, PGlite): load Renhe's tables and the
 * MariaDB copy, build the search index, start the servers as child processes (a Fastify "hello"
 * for the ceiling, the LIKE server, Renhe), run every query class × city filter × mode with
 * autocannon from this process, the whole mix, the signed-in scenarios, and measure recall.
 *
 *   npm run bench -- [--scale 1000000] [--pglite-scale 20000] [--duration 5] [--connections 20]
 *                    [--db postgres,pglite] [--out file.md] [--smoke]
 *   (or BENCH_SCALE, BENCH_PGLITE_SCALE, BENCH_DURATION, BENCH_CONNECTIONS, BENCH_DB, BENCH_OUT)
 *
 * `--smoke` (npm run bench:smoke): 10k rows, 1 s per scenario, both databases; exits non-zero when
 * any scenario saw a non-2xx answer or an error. The LIKE side is skipped when MariaDB is absent.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { DatabaseHandle } from '../../src/platform/db/index.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { machine, onPglite, onPostgres, PG_URL } from '../databases.js';
import { pidsNamed, since, snapshot } from './cpu.js';
import { type Explained, explainJobSearches, explainRecommendationPools } from './explain.js';
import { CITY_FILTER, KEYWORDS, makePlan, type Plan, type QueryClass } from './generate.js';
import { hammer, type Measured, type Req, rotate } from './hammer.js';
import { likeWhere } from './like-sql.js';
import { dropLike, LIKE_DATABASE, type LikeLoadStats, likeUrl, loadLike, MYSQL_URL, mysqlAvailable } from './load-like.js';
import { type BenchAccounts, type LoadStats, loadRenhe, prepareAccounts } from './load-renhe.js';
import { type Child, startServer, stopAll } from './processes.js';
import { searchIndexBuild } from './search-module.js';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string' },
    'pglite-scale': { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    db: { type: 'string' },
    out: { type: 'string' },
    smoke: { type: 'boolean' },
  },
  allowPositionals: false,
});
const SMOKE = Boolean(args.smoke) || process.env.BENCH_SMOKE === '1';
const num = (v: string | undefined, dflt: number) =>
  v === undefined || v === '' ? dflt : Number(v.replace(/[_,]/g, '').replace(/k$/i, '000').replace(/m$/i, '000000'));
const SCALE = num(args.scale ?? process.env.BENCH_SCALE, SMOKE ? 10_000 : 1_000_000);
const PGLITE_SCALE = num(args['pglite-scale'] ?? process.env.BENCH_PGLITE_SCALE, SMOKE ? 10_000 : 20_000);
const DURATION = num(args.duration ?? process.env.BENCH_DURATION, SMOKE ? 1 : 5);
const CONNECTIONS = num(args.connections ?? process.env.BENCH_CONNECTIONS, 20);
const DATABASES = (args.db ?? process.env.BENCH_DB ?? 'postgres,pglite').split(',').map((s) => s.trim());
const OUT = args.out ?? process.env.BENCH_OUT;
const shownArgs = process.argv.slice(2).filter((a) => a !== '--smoke');
const COMMAND = `npm run ${SMOKE ? 'bench:smoke' : 'bench'}${shownArgs.length ? ` -- ${shownArgs.join(' ')}` : ''}`;

/** The commit measured, and whether the sources differed from it when the run started. */
const CODE = (() => {
  try {
    const head = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain -- src', { encoding: 'utf8' }).trim();
    return `commit ${head}${dirty ? ' with uncommitted changes under src/' : ''}`;
  } catch {
    return 'not a git checkout';
  }
})();

const CLASSES = Object.keys(KEYWORDS) as QueryClass[];
const CHINESE: QueryClass[] = ['common', 'medium', 'rare', 'none'];
const MODES = ['newest', 'relevance', 'total'] as const;
type Mode = (typeof MODES)[number];
const classLabel: Record<QueryClass, string> = {
  common: 'common',
  medium: 'medium',
  rare: 'rare',
  none: 'no match',
  latin: 'Latin',
  two: 'two terms',
};

const log = (...xs: unknown[]) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...xs);

// --- URLs -------------------------------------------------------------------------------------------

function renheJobsPath(q: string, city: boolean, mode: Mode | 'page', extra: Record<string, string> = {}): string {
  const p = new URLSearchParams({ q, sort: mode === 'relevance' ? 'relevance' : 'newest', limit: mode === 'page' ? '50' : '20', ...extra });
  if (city) p.set('city', CITY_FILTER);
  if (mode === 'total') p.set('total', 'true');
  return `/api/search/jobs?${p}`;
}

function likePath(q: string, city: boolean, mode: Mode): string {
  const p = new URLSearchParams({ q, limit: '20' });
  if (city) p.set('city', CITY_FILTER);
  if (mode === 'total') p.set('total', '1');
  return `/search?${p}`;
}

const cookie = (token: string) => ({ cookie: `renhe_session=${token}` });

// --- results ----------------------------------------------------------------------------------------

interface Cell {
  cls: QueryClass;
  city: boolean;
  mode: Mode;
  renhe?: WithCpu;
  like?: WithCpu;
  /** When no LIKE request answered under load: the time of one request sent alone. */
  likeAloneMs?: number;
}

interface Extra {
  name: string;
  m: WithCpu;
}

interface Recall {
  cls: QueryClass;
  like: number;
  renhe: number;
  both: number;
  renheMs: number;
}

interface DbRun {
  database: string;
  plan: Plan;
  load: LoadStats;
  likeDb?: string;
  likeLoad?: LikeLoadStats;
  index?: { jobs: number; jobsMs: number; resumes: number; resumesMs: number };
  cells: Cell[];
  mix: { renhe?: WithCpu; like?: WithCpu };
  extras: Extra[];
  recall: Recall[];
  plans?: Explained[];
  notes: string[];
}

const failures: string[] = [];
function check(what: string, m: Measured | undefined): Measured | undefined {
  if (m && (m.non2xx > 0 || m.errors > 0)) failures.push(`${what}: ${m.non2xx} non-2xx, ${m.errors} errors${m.sample ? ` (${m.sample})` : ''}`);
  return m;
}

/**
 * After a scenario, the requests autocannon gave up on may still be running (a LIKE count over a
 * million rows takes seconds): they are cancelled in the database, and the next scenario starts
 * only once the server answers its health check quickly again, so no scenario pays for another.
 */
let cancelLeftovers: ((child: Child) => Promise<void>) | null = null;

async function drain(child: Child): Promise<void> {
  await cancelLeftovers?.(child);
  const deadline = Date.now() + 300_000;
  let quick = 0;
  while (quick < 2 && Date.now() < deadline) {
    const t = performance.now();
    try {
      await fetch(`${child.url}/healthz`);
      quick = performance.now() - t < 100 ? quick + 1 : 0;
    } catch {
      quick = 0;
    }
    if (quick < 2) await new Promise((r) => setTimeout(r, 100));
  }
}

/** The machine's 1-minute load average before each scenario: other work on the cores skews the figures. */
const loads: number[] = [];

/** The processes that answer for a server: its own, and its database's (set per database run). */
let databasePids: (child: Child) => Promise<number[]> = async () => [];

export interface WithCpu extends Measured {
  /** CPU of the server and its database per answered request, ms. */
  cpuMsPerReq: number;
}

async function measure(what: string, child: Child, next: () => Req): Promise<WithCpu> {
  loads.push(os.loadavg()[0] ?? 0);
  const before = snapshot([child.pid, ...(await databasePids(child))]);
  const h = await hammer(child.url, next, { connections: CONNECTIONS, durationSec: DURATION });
  const after = snapshot([child.pid, ...(await databasePids(child))]);
  const m: WithCpu = { ...h, cpuMsPerReq: h.requests ? since(before, after) / h.requests : Number.NaN };
  await drain(child);
  log(
    `${what}: ${m.rps.toFixed(0)} req/s, ${m.cpuMsPerReq.toFixed(2)} CPU ms/req, p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms${m.non2xx || m.errors ? `, ${m.non2xx} non-2xx, ${m.errors} errors: ${m.sample}` : ''}`,
  );
  check(what, m);
  return m;
}

async function probe(child: Child, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const res = await fetch(child.url + path, { headers });
  return { status: res.status, body: await res.text() };
}

// --- one database -----------------------------------------------------------------------------------

async function runOn(database: string, handle: DatabaseHandle, scale: number, likeLabel: string | null, pgUrl?: string): Promise<DbRun> {
  const { db } = handle;
  const plan = makePlan(scale);
  const notes: string[] = [];
  await migrateToLatest(db);
  log(
    `${database}: loading ${scale.toLocaleString('en-US')} jobs, ${plan.enterprises.toLocaleString('en-US')} enterprises, ${plan.seekers.toLocaleString('en-US')} seekers`,
  );
  let lastLog = 0;
  const load = await loadRenhe(db, plan, {
    depth: handle.kind === 'pglite' ? 1 : 2,
    onProgress: (what, done, total) => {
      if (Date.now() - lastLog > 10_000 || done === total) {
        lastLog = Date.now();
        log(`  ${what} ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
      }
    },
  });
  log(`${database}: loaded in ${(load.totalMs / 1000).toFixed(1)} s (jobs ${Math.round(load.jobs / (load.jobsMs / 1000))} rows/s)`);

  const build = await searchIndexBuild();
  let index: DbRun['index'];
  if (build) {
    let t = performance.now();
    const j = await build.rebuildJobIndex(db, {
      onProgress: (done) => {
        if (Date.now() - lastLog > 10_000) {
          lastLog = Date.now();
          log(`  job index ${done.toLocaleString('en-US')}`);
        }
      },
    });
    const jobsMs = performance.now() - t;
    t = performance.now();
    const r = await build.rebuildResumeIndex(db, {});
    index = { jobs: j.jobs, jobsMs, resumes: r.resumes, resumesMs: performance.now() - t };
    log(`${database}: job index ${(jobsMs / 1000).toFixed(1)} s, resume index ${(index.resumesMs / 1000).toFixed(1)} s`);
  } else {
    notes.push('No search module in this tree (src/modules/search/index.ts with rebuildJobIndex): index build and search scenarios skipped.');
  }

  const accounts: BenchAccounts = await prepareAccounts(db, plan, SMOKE ? 50 : 500);
  const liveIds = (
    await sql<{ id: number }>`select id from jobs where status = 'open' and expires_at > now() + interval '1 hour' order by md5(id::text) limit 5000`.execute(
      db,
    )
  ).rows.map((r) => r.id);
  const dbSize = await sql<{ mib: number }>`select pg_database_size(current_database()) / 1048576.0 as mib`.execute(db);
  notes.push(`Renhe database size after load and index: ${Number(dbSize.rows[0]?.mib ?? 0).toFixed(0)} MiB.`);

  let likeLoad: LikeLoadStats | undefined;
  if (likeLabel) {
    log(`${likeLabel}: loading the LIKE copy`);
    likeLoad = await loadLike(plan);
    log(`${likeLabel}: ${likeLoad.rows.toLocaleString('en-US')} live jobs in ${((likeLoad.loadMs + likeLoad.indexMs) / 1000).toFixed(1)} s`);
  }

  // The server child opens the database itself: PGlite allows one process, so this one lets go.
  let renheEnv: Record<string, string>;
  if (handle.kind === 'pglite') {
    const dir = handle.pglite?.dataDir as string;
    await handle.pglite?.close();
    renheEnv = { BENCH_RENHE_PGLITE_DIR: dir };
  } else {
    renheEnv = { BENCH_RENHE_DATABASE_URL: pgUrl as string };
  }

  const likeAdmin = likeLabel ? await mysql.createConnection({ uri: MYSQL_URL }) : null;
  cancelLeftovers = async (child) => {
    if (child.name === 'like' && likeAdmin) {
      for (let round = 0; round < 100; round++) {
        const [rows] = await likeAdmin.query("select id from information_schema.processlist where db = ? and command = 'Query' and id <> connection_id()", [
          LIKE_DATABASE,
        ]);
        if (!(rows as unknown[]).length) break;
        for (const r of rows as { id: number }[]) await likeAdmin.query(`kill query ${Number(r.id)}`).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 100));
      }
    } else if (child.name.startsWith('renhe') && pgUrl) {
      // Renhe's queries are short: give them a moment to finish before cancelling any.
      for (let round = 0; round < 50; round++) {
        const left = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`.execute(db);
        if (!left.rows[0]?.n) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      await sql`select pg_cancel_backend(pid) from pg_stat_activity
        where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`.execute(db);
    }
  };

  const mariadb = pidsNamed('mariadbd', 'mysqld');
  databasePids = async (child) => {
    if (child.name === 'like') return mariadb;
    if (child.name.startsWith('renhe') && pgUrl) {
      const rows = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(db);
      return rows.rows.map((r) => r.pid);
    }
    return [];
  };

  const run: DbRun = {
    database,
    plan,
    load,
    ...(likeLabel ? { likeDb: likeLabel } : {}),
    ...(likeLoad ? { likeLoad } : {}),
    ...(index ? { index } : {}),
    cells: [],
    mix: {},
    extras: [],
    recall: [],
    notes,
  };
  const renhe = await startServer('renhe', 'renhe.ts', renheEnv);
  const like = likeLabel ? await startServer('like', 'like.ts', { BENCH_LIKE_URL: likeUrl() }) : null;
  try {
    const search = index ? (await probe(renhe, renheJobsPath(KEYWORDS.common, false, 'newest'))).status !== 404 : false;
    if (index && !search) notes.push('GET /api/search/jobs answers 404: job search scenarios skipped.');

    // Warm both: one pass over every URL.
    for (const cls of CLASSES) {
      for (const city of [false, true]) {
        if (search) await probe(renhe, renheJobsPath(KEYWORDS[cls], city, 'total'));
        if (like) await probe(like, likePath(KEYWORDS[cls], city, 'total'));
      }
    }

    // The smoke run keeps to the mix below, which sends every one of these URLs.
    for (const cls of SMOKE ? [] : CLASSES) {
      for (const city of [false, true]) {
        for (const mode of MODES) {
          const cell: Cell = { cls, city, mode };
          const name = `${classLabel[cls]} ${KEYWORDS[cls]}${city ? ` +${CITY_FILTER}` : ''} ${mode}`;
          if (search) cell.renhe = await measure(`${database} Renhe ${name}`, renhe, rotate([{ path: renheJobsPath(KEYWORDS[cls], city, mode) }]));
          if (like) {
            cell.like = await measure(`${likeLabel} LIKE ${name}`, like, rotate([{ path: likePath(KEYWORDS[cls], city, mode) }]));
            if (cell.like.requests === 0) {
              const t = performance.now();
              await probe(like, likePath(KEYWORDS[cls], city, mode));
              cell.likeAloneMs = performance.now() - t;
              log(`  one LIKE request alone: ${cell.likeAloneMs.toFixed(0)} ms`);
            }
          }
          run.cells.push(cell);
        }
      }
    }

    const all = CLASSES.flatMap((cls) => [false, true].flatMap((city) => MODES.map((mode) => ({ cls, city, mode }))));
    if (search)
      run.mix.renhe = await measure(`${database} Renhe mix`, renhe, rotate(all.map((c) => ({ path: renheJobsPath(KEYWORDS[c.cls], c.city, c.mode) }))));
    if (like) run.mix.like = await measure(`${likeLabel} LIKE mix`, like, rotate(all.map((c) => ({ path: likePath(KEYWORDS[c.cls], c.city, c.mode) }))));

    await signedInScenarios(run, renhe, accounts, liveIds, Boolean(index));
    if (search) run.recall = await recall(renhe, likeLabel !== null);
    if (search && pgUrl && !SMOKE) {
      log(`${database}: EXPLAIN ANALYZE of every job search`);
      const plans = await explainJobSearchesSafely(
        pgUrl,
        CLASSES.flatMap((cls) =>
          [false, true].flatMap((city) =>
            MODES.map((mode) => ({
              label: `${KEYWORDS[cls]}${city ? ` +${CITY_FILTER}` : ''} ${mode === 'total' ? 'newest + total' : mode}`,
              q: KEYWORDS[cls],
              ...(city ? { city: CITY_FILTER } : {}),
              sort: mode === 'relevance' ? ('relevance' as const) : ('newest' as const),
              total: mode === 'total',
            })),
          ),
        ),
      );
      const pools = await sql<{ positions: string[]; cities: string[] }>`
        select intended_positions as positions, intended_cities as cities from resumes where id = any(${accounts.seekers.slice(0, 3).map((x) => x.resumeId)}::int[])`.execute(
        db,
      );
      const recs = await explainRecommendationPools(
        pgUrl,
        pools.rows.map((p) => ({
          label: `recommendation pool: positions ${p.positions.join(',')} in ${p.cities.join(',')}`,
          positions: p.positions,
          cities: p.cities,
        })),
      ).catch((err) => {
        log(`EXPLAIN of recommendations failed: ${(err as Error).message}`);
        return null;
      });
      if (plans || recs) run.plans = [...(plans ?? []), ...(recs ?? [])];
    }
  } finally {
    cancelLeftovers = null;
    databasePids = async () => [];
    await likeAdmin?.end();
    await renhe.stop();
    await like?.stop();
    if (likeLabel && !process.env.BENCH_KEEP_LIKE) await dropLike();
  }
  return run;
}

async function signedInScenarios(run: DbRun, renhe: Child, accounts: BenchAccounts, liveIds: number[], indexed: boolean) {
  const recruiter = cookie(accounts.recruiter.token);
  const candidatesPath = (cls: QueryClass, city: boolean, extra: Record<string, string> = {}) => {
    const p = new URLSearchParams({ q: KEYWORDS[cls], limit: '20', ...extra });
    if (city) p.set('city', CITY_FILTER);
    return `/api/search/candidates?${p}`;
  };
  const candidates = indexed && (await probe(renhe, candidatesPath('common', false), recruiter)).status !== 404;
  if (candidates && SMOKE) {
    const all = CLASSES.flatMap((cls) => [false, true].map((city) => ({ path: candidatesPath(cls, city), headers: recruiter })));
    run.extras.push({ name: 'candidates, every class with and without city', m: await measure(`${run.database} Renhe candidates mix`, renhe, rotate(all)) });
  } else if (candidates) {
    for (const cls of CLASSES) {
      for (const city of [false, true]) {
        const name = `candidates ${classLabel[cls]} ${KEYWORDS[cls]}${city ? ` +${CITY_FILTER}` : ''}`;
        run.extras.push({ name, m: await measure(`${run.database} Renhe ${name}`, renhe, rotate([{ path: candidatesPath(cls, city), headers: recruiter }])) });
      }
    }
  } else if (indexed) run.notes.push('GET /api/search/candidates answers 404: candidate search skipped.');

  const seekers = accounts.seekers;
  const recommendations = (await probe(renhe, '/api/recommendations/jobs', cookie(seekers[0]?.token ?? ''))).status;
  if (recommendations !== 404) {
    const asSeekers = rotate(seekers.map((s) => ({ path: '/api/recommendations/jobs', headers: cookie(s.token) })));
    run.extras.push({
      name: 'recommendations, no personalisation consent (signed-in seekers, rotating)',
      m: await measure(`${run.database} Renhe recommendations without consent`, renhe, asSeekers),
    });
    // Personal recommendations need the seeker's consent: granted through the privacy centre's route.
    let granted = 0;
    for (const s of seekers) {
      const res = await fetch(`${renhe.url}/api/privacy/consents`, {
        method: 'POST',
        headers: { ...cookie(s.token), 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ purpose: 'personalised_recommendation', decision: 'granted', screen: 'privacy_centre' }),
      });
      if (res.ok) granted++;
    }
    if (granted === seekers.length) {
      run.extras.push({
        name: 'recommendations, personal (consent granted)',
        m: await measure(`${run.database} Renhe recommendations with consent`, renhe, asSeekers),
      });
    } else
      run.notes.push(
        `Granting the personalised_recommendation consent worked for ${granted} of ${seekers.length} seekers: personal recommendations not measured.`,
      );
  } else run.notes.push('GET /api/recommendations/jobs answers 404: recommendations skipped.');

  run.extras.push({
    name: `job page GET /api/jobs/:id (${liveIds.length} live ids, rotating)`,
    m: await measure(`${run.database} Renhe job page`, renhe, rotate(liveIds.map((id) => ({ path: `/api/jobs/${id}` })))),
  });

  // Every application a new (seeker, job) pair: seeker i % S applies to job ⌊i / S⌋.
  let i = 0;
  const apply = (): Req => {
    const s = seekers[i % seekers.length] as BenchAccounts['seekers'][number];
    const job = liveIds[Math.floor(i / seekers.length) % liveIds.length] as number;
    i++;
    return {
      path: '/api/applications',
      method: 'POST',
      headers: { ...cookie(s.token), 'x-csrf-token': s.csrf },
      body: JSON.stringify({ jobId: job, resumeId: s.resumeId }),
    };
  };
  run.extras.push({
    name: `apply POST /api/applications (${seekers.length} seekers, each pair once)`,
    m: await measure(`${run.database} Renhe apply`, renhe, apply),
  });

  // The privacy conditions have no switch in the application: what they cost is measured at the
  // query, with and without them, by `npm run bench:sql`.
  if (candidates) run.notes.push('Candidate search with and without its privacy conditions is compared at the query by `npm run bench:sql`.');
}

/** The plans are a help to read the figures: failing to get them must not lose the run. */
async function explainJobSearchesSafely(...a: Parameters<typeof explainJobSearches>): Promise<Explained[] | null> {
  try {
    return await explainJobSearches(...a);
  } catch (err) {
    log(`EXPLAIN failed: ${(err as Error).message}`);
    return null;
  }
}

/** Every id each side finds for the Chinese keyword classes; Renhe's paged through its cursor. */
async function recall(renhe: Child, withLike: boolean): Promise<Recall[]> {
  const out: Recall[] = [];
  const conn = withLike ? await mysql.createConnection({ uri: likeUrl() }) : null;
  try {
    for (const cls of CHINESE) {
      const q = KEYWORDS[cls];
      const likeIds = new Set<number>();
      if (conn) {
        const { where, params } = likeWhere(q, undefined);
        const [rows] = await conn.query(`select id from jobs where ${where}`, params);
        for (const r of rows as { id: number }[]) likeIds.add(r.id);
      }
      const t = performance.now();
      const renheIds = new Set<number>();
      let cursor: string | null = null;
      for (;;) {
        const res = await fetch(renhe.url + renheJobsPath(q, false, 'page', cursor ? { cursor } : {}));
        if (res.status !== 200) {
          failures.push(`recall ${q}: ${res.status} ${(await res.text()).slice(0, 200)}`);
          break;
        }
        const page = (await res.json()) as { items: { id: number }[]; nextCursor: string | null };
        for (const it of page.items) renheIds.add(it.id);
        if (!page.nextCursor || !page.items.length) break;
        cursor = page.nextCursor;
      }
      let both = 0;
      for (const id of likeIds) if (renheIds.has(id)) both++;
      out.push({ cls, like: likeIds.size, renhe: renheIds.size, both, renheMs: performance.now() - t });
      log(`recall ${q}: LIKE ${likeIds.size}, Renhe ${renheIds.size}, both ${both}`);
    }
  } finally {
    await conn?.end();
  }
  return out;
}

// --- report -----------------------------------------------------------------------------------------

const lat = (m: Measured | undefined) =>
  m === undefined ? '–' : m.requests === 0 ? `no answer within ${DURATION} s` : `${ms(m.p50)} / ${ms(m.p95)} / ${ms(m.p99)}`;
const cpu = (m: WithCpu | undefined) => (m === undefined || Number.isNaN(m.cpuMsPerReq) ? '–' : m.cpuMsPerReq.toFixed(m.cpuMsPerReq < 10 ? 2 : 0));
const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(1) : x.toFixed(0));
const rps = (x: number | undefined) => (x === undefined ? '–' : x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'));
const int = (x: number) => Math.round(x).toLocaleString('en-US');
const sec = (x: number) => `${(x / 1000).toFixed(1)} s`;
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)
    ? '–'
    : b === 0
      ? a > 0
        ? '∞ (LIKE: no answer)'
        : '–'
      : `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`;
const worst = (xs: (Measured | undefined)[]) => {
  const seen = xs.filter((m): m is Measured => m !== undefined);
  if (!seen.length) return '–';
  if (seen.some((m) => m.requests === 0)) return `> ${DURATION * 1000} (no answer)`;
  return ms(Math.max(...seen.map((m) => m.p99)));
};
const geomean = (xs: number[]) => (xs.length ? Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length) : Number.NaN);

function report(runs: DbRun[], hello: WithCpu | undefined): string {
  const lines: string[] = [];
  const w = (s = '') => lines.push(s);
  w(`Machine: ${machine()}. Date: ${new Date().toISOString().slice(0, 10)}. Command: \`${COMMAND}\`. Code: ${CODE}.`);
  w(
    `Load generator: autocannon in the parent process, ${CONNECTIONS} connections, ${DURATION} s per scenario, on the same cores as the servers (each server is its own child process), so every figure includes the load generator's share of the CPU.`,
  );
  if (loads.length) {
    const sorted = [...loads].sort((a, b) => a - b);
    w(
      `1-minute load average before the scenarios (${os.cpus().length} cores): median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)}, max ${sorted.at(-1)?.toFixed(1)}; anything well above what the benchmark itself puts on the machine means other work shared the cores.`,
    );
  }
  if (hello)
    w(`Ceiling (Fastify 5 "hello" route, same setup): ${rps(hello.rps)} req/s, p50 ${ms(hello.p50)} ms, p95 ${ms(hello.p95)} ms, p99 ${ms(hello.p99)} ms.`);
  for (const r of runs) {
    w('');
    w(`### ${r.database}: ${int(r.plan.jobs)} jobs${r.likeDb ? ` vs LIKE on ${r.likeDb}` : ''}`);
    w('');
    w(
      `Data: ${int(r.plan.jobs)} jobs (${int(r.load.liveJobs)} live), ${int(r.plan.enterprises)} enterprises, ${int(r.plan.seekers)} seekers with ${int(r.load.resumes)} resumes. Query city filter: ${CITY_FILTER}.`,
    );
    w('');
    w('| step | rows | time | rows/s |');
    w('| --- | --- | --- | --- |');
    w(
      `| load jobs into Renhe's tables (unnest batches of 5,000) | ${int(r.plan.jobs)} | ${sec(r.load.jobsMs)} | ${int(r.plan.jobs / (r.load.jobsMs / 1000))} |`,
    );
    w(
      `| load seekers (user + data key + resumes + blocks) | ${int(r.plan.seekers)} | ${sec(r.load.seekersMs)} | ${int(r.plan.seekers / (r.load.seekersMs / 1000))} |`,
    );
    if (r.index) {
      w(
        `| job search index build (segmentation + indexing) | ${int(r.index.jobs)} | ${sec(r.index.jobsMs)} | ${int(r.index.jobs / (r.index.jobsMs / 1000))} |`,
      );
      w(`| resume search index build | ${int(r.index.resumes)} | ${sec(r.index.resumesMs)} | ${int(r.index.resumes / (r.index.resumesMs / 1000))} |`);
    }
    if (r.likeLoad) {
      w(
        `| LIKE copy into MariaDB (LOAD DATA + indexes, live jobs only) | ${int(r.likeLoad.rows)} | ${sec(r.likeLoad.loadMs + r.likeLoad.indexMs)} | ${int(r.likeLoad.rows / ((r.likeLoad.loadMs + r.likeLoad.indexMs) / 1000))} |`,
      );
    }
    if (r.cells.some((c) => c.renhe || c.like)) {
      w('');
      w(
        '| class | keyword | city | query | Renhe p50 / p95 / p99 ms | Renhe req/s | Renhe CPU ms/req | LIKE p50 / p95 / p99 ms | LIKE req/s | LIKE CPU ms/req | Renhe ÷ LIKE req/s | LIKE ÷ Renhe CPU/req |',
      );
      w('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
      for (const c of r.cells) {
        w(
          `| ${classLabel[c.cls]} | ${KEYWORDS[c.cls]} | ${c.city ? CITY_FILTER : 'all'} | ${c.mode === 'total' ? 'newest + total' : c.mode} | ${lat(c.renhe)} | ${rps(c.renhe?.rps)} | ${cpu(c.renhe)} | ${lat(c.like)}${c.likeAloneMs !== undefined ? ` (one request alone: ${ms(c.likeAloneMs)})` : ''} | ${rps(c.like?.rps)} | ${cpu(c.like)} | ${ratio(c.renhe?.rps, c.like?.rps)} | ${ratio(c.like?.cpuMsPerReq, c.renhe?.cpuMsPerReq)} |`,
        );
      }
      if (r.likeDb) w('\nThe LIKE packages have no relevance order: their "relevance" row is the same refresh-time query as "newest".');
      w('');
      w('| class | keyword | Renhe ÷ LIKE req/s (geometric mean of the rows where both answered) | worst Renhe p99 ms | worst LIKE p99 ms |');
      w('| --- | --- | --- | --- | --- |');
      for (const cls of CLASSES) {
        const cs = r.cells.filter((c) => c.cls === cls);
        const rs = cs.flatMap((c) => (c.renhe && c.like && c.like.rps > 0 && c.renhe.rps > 0 ? [c.renhe.rps / c.like.rps] : []));
        const g = geomean(rs);
        w(
          `| ${classLabel[cls]} | ${KEYWORDS[cls]} | ${Number.isNaN(g) ? '–' : `${g.toFixed(g < 10 ? 2 : 0)}×`} | ${worst(cs.map((c) => c.renhe))} | ${worst(cs.map((c) => c.like))} |`,
        );
      }
      w('');
      w('| whole mix (36 URLs interleaved) | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req | share of the hello ceiling |');
      w('| --- | --- | --- | --- | --- | --- | --- |');
      for (const [name, m] of [
        ['Renhe', r.mix.renhe],
        ['LIKE', r.mix.like],
      ] as const) {
        if (m)
          w(
            `| ${name} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${rps(m.rps)} | ${cpu(m)} | ${hello ? `${((m.rps / hello.rps) * 100).toFixed(1)} %` : '–'} |`,
          );
      }
    }
    if (r.extras.length) {
      w('');
      w('| Renhe, signed in or other routes | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req | non-2xx |');
      w('| --- | --- | --- | --- | --- | --- | --- |');
      for (const e of r.extras)
        w(`| ${e.name} | ${ms(e.m.p50)} | ${ms(e.m.p95)} | ${ms(e.m.p99)} | ${rps(e.m.rps)} | ${cpu(e.m)} | ${e.m.non2xx + e.m.errors} |`);
    }
    if (r.recall.length) {
      w('');
      w("| recall | keyword | LIKE ids | Renhe ids | both | Renhe ∩ LIKE ÷ LIKE | paging all of Renhe's ids took |");
      w('| --- | --- | --- | --- | --- | --- | --- |');
      for (const x of r.recall) {
        w(
          `| ${classLabel[x.cls]} | ${KEYWORDS[x.cls]} | ${int(x.like)} | ${int(x.renhe)} | ${int(x.both)} | ${x.like ? `${((x.both / x.like) * 100).toFixed(2)} %` : '– (nothing to find)'} | ${sec(x.renheMs)} |`,
        );
      }
    }
    if (r.plans?.length) {
      const slowest = (e: Explained) =>
        e.statements.reduce((a, b) => (b.executionMs > a.executionMs ? b : a), e.statements[0] as Explained['statements'][number]);
      w('');
      w('| search query, one request alone (EXPLAIN ANALYZE) | statements | their execution ms | slowest statement ms |');
      w('| --- | --- | --- | --- |');
      for (const e of r.plans) {
        w(`| ${e.label} | ${e.statements.length} | ${ms(e.statements.reduce((a, b) => a + b.executionMs, 0))} | ${ms(slowest(e)?.executionMs)} |`);
      }
      const worstCase = r.plans.reduce((a, b) => ((slowest(b)?.executionMs ?? 0) > (slowest(a)?.executionMs ?? 0) ? b : a));
      const st = slowest(worstCase);
      if (st) {
        w('');
        w(`Slowest statement (${worstCase.label}), parameters ${JSON.stringify(st.params)}:`);
        w('');
        w('```sql');
        w(st.sql);
        w('```');
        w('');
        w('```');
        w(st.plan);
        w('```');
      }
      if (OUT) {
        const file = `${OUT.replace(/\.md$/, '')}-plans-${r.database.split(' ')[0]?.toLowerCase()}.txt`;
        fs.writeFileSync(
          file,
          r.plans
            .map((e) => [`== ${e.label} (${ms(e.ms)} ms)`, ...e.statements.map((x) => `-- ${JSON.stringify(x.params)}\n${x.sql}\n${x.plan}\n`)].join('\n'))
            .join('\n\n'),
        );
        w(`\nEvery plan: \`${file}\`.`);
      }
    }
    for (const n of r.notes) w(`\n${n}`);
  }
  return lines.join('\n');
}

// --- main -------------------------------------------------------------------------------------------

// Interrupted: stop the servers, drop what this run created, put MariaDB's buffer pool back.
let currentPgDatabase: string | null = null;
let bufferPool: number | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void (async () => {
      await stopAll();
      await dropLike().catch(() => undefined);
      if (currentPgDatabase) {
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`drop database if exists ${currentPgDatabase} with (force)`);
        await admin.end();
      }
      if (bufferPool !== null) {
        const conn = await mysql.createConnection({ uri: MYSQL_URL });
        await conn.query(`set global innodb_buffer_pool_size = ${bufferPool}`);
        await conn.end();
      }
    })().finally(() => process.exit(130));
  });
}

const likeDb = await mysqlAvailable();
if (!likeDb) log(`MariaDB not reachable at ${MYSQL_URL}: the LIKE side is skipped`);
let hello: WithCpu | undefined;
const runs: DbRun[] = [];
try {
  if (likeDb && !SMOKE && !process.env.BENCH_KEEP_BUFFER_POOL) {
    // A table of a million postings is ~600 MB: give InnoDB room to hold it, as a tuned site would.
    const conn = await mysql.createConnection({ uri: MYSQL_URL });
    const [rows] = await conn.query('select @@innodb_buffer_pool_size as n');
    bufferPool = Number((rows as { n: number }[])[0]?.n);
    if (bufferPool < 2 ** 31) await conn.query(`set global innodb_buffer_pool_size = ${2 ** 31}`);
    else bufferPool = null;
    await conn.end();
  }
  const helloServer = await startServer('hello', 'hello.ts', {});
  try {
    hello = await measure('hello ceiling', helloServer, rotate([{ path: '/hello' }]));
  } finally {
    await helloServer.stop();
  }
  for (const which of DATABASES) {
    if (which === 'postgres') {
      runs.push(
        await onPostgres(async (label, handle) => {
          const name = (await sql<{ d: string }>`select current_database() as d`.execute(handle.db)).rows[0]?.d as string;
          currentPgDatabase = name;
          const url = new URL(PG_URL);
          url.pathname = `/${name}`;
          return runOn(label, handle, SCALE, likeDb, url.toString());
        }, 4),
      );
      currentPgDatabase = null;
    } else if (which === 'pglite') {
      runs.push(await onPglite((label, handle) => runOn(label, handle, PGLITE_SCALE, likeDb)));
    } else throw new Error(`unknown database ${which} (postgres, pglite)`);
  }
} finally {
  await stopAll();
  if (bufferPool !== null) {
    const conn = await mysql.createConnection({ uri: MYSQL_URL });
    await conn.query(`set global innodb_buffer_pool_size = ${bufferPool}`);
    await conn.end();
  }
}

const md = report(runs, hello);
console.log(md);
if (OUT) fs.writeFileSync(OUT, `${md}\n`);
if (failures.length) {
  console.error(`\n${failures.length} scenario(s) failed:`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
