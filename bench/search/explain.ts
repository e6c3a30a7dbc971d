/**
 * The plans behind the figures: each search the scenarios send is run once more through the
 * search module's own query functions on a connection that records every statement, then each
 * statement is run again under EXPLAIN (ANALYZE, BUFFERS). PostgreSQL server only.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { countJobs, findJobs, recentJobs } from '../../src/modules/search/index.js';
import type { Database } from '../../src/platform/db/index.js';
import { parseQuery } from '../../src/platform/text/index.js';

export interface ExplainCase {
  label: string;
  q: string;
  city?: string;
  sort: 'newest' | 'relevance';
  total: boolean;
}

export interface Explained {
  label: string;
  /** Wall time of the module's calls, statements one after another. */
  ms: number;
  statements: { sql: string; params: unknown[]; executionMs: number; plan: string }[];
}

/**
 * Runs `call` for each item on a recording connection, then explains every select it sent.
 * One connection, so the statements are explained where they ran.
 */
async function explainEach<T extends { label: string }>(
  pgUrl: string,
  items: T[],
  call: (db: Kysely<Database>, item: T) => Promise<unknown>,
): Promise<Explained[]> {
  const pool = new pg.Pool({ connectionString: pgUrl, max: 1 });
  let captured: { sql: string; params: unknown[] }[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') captured.push({ sql: event.query.sql, params: [...event.query.parameters] });
    },
  });
  const out: Explained[] = [];
  try {
    for (const item of items) {
      captured = [];
      const t = performance.now();
      await call(db, item);
      const ms = performance.now() - t;
      const statements: Explained['statements'] = [];
      for (const s of captured) {
        if (!/^\s*select/i.test(s.sql)) continue;
        const res = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${s.sql}`, s.params);
        const plan = res.rows.map((r) => r['QUERY PLAN']).join('\n');
        const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
        statements.push({ ...s, executionMs, plan });
      }
      out.push({ label: item.label, ms, statements });
    }
  } finally {
    await db.destroy();
  }
  return out;
}

export function explainJobSearches(pgUrl: string, cases: ExplainCase[]): Promise<Explained[] | null> {
  return explainEach(pgUrl, cases, async (db, c) => {
    const query = parseQuery(c.q);
    const filters = c.city ? { city: c.city } : {};
    const now = new Date();
    await findJobs(db, { query, filters, sort: c.sort, after: null, limit: 20, now });
    if (c.total) await countJobs(db, query, filters, now);
  });
}

/** The pool query of personal recommendations (newest jobs of the seeker's positions and cities), explained the same way. */
export function explainRecommendationPools(pgUrl: string, seekers: { label: string; positions: string[]; cities: string[] }[]): Promise<Explained[] | null> {
  return explainEach(pgUrl, seekers, (db, s) => recentJobs(db, { positions: s.positions, cities: s.cities, exclude: [], now: new Date(), limit: 200 }));
}
