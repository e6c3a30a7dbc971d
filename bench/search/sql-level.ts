/**
 * `npm run bench:sql`: the two search methods compared at the database, without HTTP in between.
 * The same generated jobs go into Renhe's tables on the PostgreSQL server and into the MariaDB
 * copy the LIKE packages search; then each query class runs one request at a time from this
 * process, as each side issues it: Renhe through the search module's own functions (the access
 * path chosen as in production, the fallback included), LIKE as the PHP packages' SQL. Also candidate
 * search with every privacy condition against the same query without them, on the same resumes.
 *
 *   npm run bench:sql -- [--scale 1000000] [--runs 200] [--budget 3]
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import mysql from 'mysql2/promise';
import { countJobs, findCandidates, findJobs, rebuildJobIndex, rebuildResumeIndex } from '../../src/modules/search/index.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { parseQuery } from '../../src/platform/text/index.js';
import { machine, onPostgres } from '../databases.js';
import { CITY_FILTER, KEYWORDS, makePlan, type QueryClass } from './generate.js';
import { likeWhere } from './like-sql.js';
import { dropLike, likeUrl, loadLike, MYSQL_URL, mysqlAvailable } from './load-like.js';
import { loadRenhe, prepareAccounts } from './load-renhe.js';

const { values: args } = parseArgs({
  options: { scale: { type: 'string' }, runs: { type: 'string' }, budget: { type: 'string' } },
  allowPositionals: false,
});
const SCALE = Number((args.scale ?? process.env.BENCH_SCALE ?? '1000000').replace(/_/g, ''));
const RUNS = Number(args.runs ?? 200);
/** Seconds at most per cell: slow LIKE queries get fewer runs (at least 3). */
const BUDGET_S = Number(args.budget ?? 3);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  // One warm-up; two more when a run is quick.
  const t0 = performance.now();
  await fn();
  if (performance.now() - t0 < 100) for (let i = 0; i < 2; i++) await fn();
  const out: number[] = [];
  const started = performance.now();
  while (out.length < RUNS && (out.length < 3 || performance.now() - started < BUDGET_S * 1000)) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

const modes = ['newest', 'relevance', 'total'] as const;

const lines: string[] = [];
const say = (s: string) => {
  lines.push(s);
  console.log(s);
};

if (!(await mysqlAvailable())) {
  console.error('MariaDB is not reachable: the LIKE side cannot run (install mariadb-server, start it, then run again).');
  process.exit(2);
}

// As in `npm run bench`: room for the whole table in InnoDB's buffer pool (a tuned site's setting),
// put back afterwards.
const admin = await mysql.createConnection({ uri: MYSQL_URL });
const [pool0] = await admin.query('select @@innodb_buffer_pool_size as n');
const bufferPool = Number((pool0 as { n: number }[])[0]?.n);
if (bufferPool < 2 ** 31) await admin.query(`set global innodb_buffer_pool_size = ${2 ** 31}`);

await onPostgres(async (label, handle) => {
  const db = handle.db;
  await migrateToLatest(db);
  const plan = makePlan(SCALE);
  console.error(`loading ${SCALE} jobs into Renhe (${label}) and MariaDB …`);
  await loadRenhe(db, plan, {});
  await rebuildJobIndex(db);
  await rebuildResumeIndex(db);
  const like = await loadLike(plan);
  const accounts = await prepareAccounts(db, plan, 1);
  const pool = mysql.createPool({ uri: likeUrl(), connectionLimit: 1 });
  const version = (await pool.query('select version() as v'))[0] as { v: string }[];
  const now = new Date();
  try {
    say(`Machine: ${machine()}. Date: ${now.toISOString().slice(0, 10)}. Command: \`npm run bench:sql -- --scale ${SCALE}\`.`);
    say(
      `MariaDB buffer pool: ${(Math.max(bufferPool, 2 ** 31) / 2 ** 30).toFixed(0)} GiB. Data: ${SCALE.toLocaleString('en')} jobs (${like.rows.toLocaleString('en')} live in the MariaDB copy), ${label} vs MariaDB ${version[0]?.v ?? '?'}. One request at a time from one client per side, up to ${RUNS} runs or ${BUDGET_S} s per cell.`,
    );
    say('');
    say('| class | keyword | city | query | Renhe p50 / p95 ms | LIKE p50 / p95 ms | LIKE p50 ÷ Renhe p50 |');
    say('| --- | --- | --- | --- | --- | --- | --- |');
    for (const cls of Object.keys(KEYWORDS) as QueryClass[]) {
      const q = KEYWORDS[cls];
      const query = parseQuery(q);
      for (const city of [undefined, CITY_FILTER]) {
        const filters = city ? { city } : {};
        const { where, params } = likeWhere(q, city);
        for (const mode of modes) {
          const sort = mode === 'relevance' ? 'relevance' : 'newest';
          const renhe = await time(async () => {
            await findJobs(db, { query, filters, sort, after: null, limit: 20, now: new Date() });
            if (mode === 'total') await countJobs(db, query, filters, new Date());
          });
          const likeTimes = await time(async () => {
            await pool.query(
              `select id, title, company, city, district, minwage, maxwage, tags, refreshtime from jobs where ${where} order by refreshtime desc, id desc limit 20`,
              params,
            );
            if (mode === 'total') await pool.query(`select count(*) as n from jobs where ${where}`, params);
          });
          const r50 = quantile(renhe, 0.5);
          const l50 = quantile(likeTimes, 0.5);
          say(
            `| ${cls} | ${q} | ${city ?? 'all'} | ${mode === 'total' ? 'newest + total' : mode} | ${ms(r50)} / ${ms(quantile(renhe, 0.95))} | ${ms(l50)} / ${ms(quantile(likeTimes, 0.95))} (${likeTimes.length} runs) | ${(l50 / r50).toFixed(1)}× |`,
          );
        }
      }
    }
    say('');
    say('Candidate search, the query alone (resume ids, 20 a page), with every privacy condition and without them:');
    say('');
    say('| keyword | city | with privacy p50 / p95 ms | without p50 / p95 ms | with ÷ without (p50) |');
    say('| --- | --- | --- | --- | --- |');
    const scope = { enterpriseId: accounts.enterpriseId, verified: true };
    for (const cls of Object.keys(KEYWORDS) as QueryClass[]) {
      const query = parseQuery(KEYWORDS[cls]);
      for (const city of [undefined, CITY_FILTER]) {
        const page = { query, filters: city ? { city } : {}, after: null, limit: 20, now: new Date() };
        const withRules = await time(() => findCandidates(db, scope, page));
        const without = await time(() => findCandidates(db, null, page));
        const a = quantile(withRules, 0.5);
        const b = quantile(without, 0.5);
        say(
          `| ${KEYWORDS[cls]} | ${city ?? 'all'} | ${ms(a)} / ${ms(quantile(withRules, 0.95))} | ${ms(b)} / ${ms(quantile(without, 0.95))} | ${(a / b).toFixed(2)}× |`,
        );
      }
    }
    const resumes = await sql<{ n: number }>`select count(*)::int as n from resume_search`.execute(db);
    say('');
    say(`Resumes indexed: ${resumes.rows[0]?.n.toLocaleString('en')}.`);
  } finally {
    await pool.end();
    await dropLike();
  }
}, 4).finally(async () => {
  if (bufferPool < 2 ** 31) await admin.query(`set global innodb_buffer_pool_size = ${bufferPool}`);
  await admin.end();
});
