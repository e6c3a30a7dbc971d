import type { Db } from '../../platform/db/index.js';
import { type Access, searchRepository as repo } from './repository.js';

/**
 * Which way to find the rows that hold a keyword. A common keyword (工程师 in a fifth of all jobs)
 * is answered fastest by walking the newest-first index and checking each row's terms: twenty hits
 * come within about a hundred rows, as the LIKE scans of older job sites do. A rare keyword, or none
 * that matches at all, is answered through the term index (GIN), which finds the few rows at once
 * where a walk would read the whole table. The choice is made from PostgreSQL's own statistics on
 * the term arrays (the most common elements and their frequencies, refreshed by ANALYZE), cached
 * for a few minutes per database.
 */

/** At most this many rows are walked before the term index is asked instead. */
export const WALK_ROWS = 4000;
/** Below this many rows the database plans every query itself: both ways are fast. */
const SMALL_TABLE = 20_000;
const STATS_TTL_MS = 5 * 60_000;

interface TermStats {
  rows: number;
  freq: Map<number, number>;
  at: number;
}

const cache = new WeakMap<object, Map<string, TermStats>>();

async function statsOf(db: Db, table: 'job_search' | 'resume_search', column: 'terms' | 'head'): Promise<TermStats> {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  const key = `${table}.${column}`;
  const hit = perDb.get(key);
  if (hit && Date.now() - hit.at < STATS_TTL_MS) return hit;
  const s = await repo.termStats(db, table, column);
  const freq = new Map<number, number>();
  for (const [i, e] of s.elems.entries()) freq.set(e, s.freqs[i] ?? 0);
  const fresh = { rows: s.rows, freq, at: Date.now() };
  perDb.set(key, fresh);
  return fresh;
}

/** Forgets the cached statistics (after a bulk load and ANALYZE). */
export function forgetStats(db: Db): void {
  cache.delete(db);
}

/**
 * The access path for rows holding every one of `terms`, when `need` rows are wanted. The fraction
 * of rows holding them all is at most that of the rarest term; a term missing from the most common
 * elements is rarer than all of them.
 */
export async function chooseAccess(
  db: Db,
  table: 'job_search' | 'resume_search',
  column: 'terms' | 'head',
  terms: number[],
  need: number,
  opts: { walkRows?: number; margin?: number } = {},
): Promise<Access> {
  if (!terms.length) return 'walk';
  const stats = await statsOf(db, table, column);
  if (stats.rows < SMALL_TABLE) return 'auto';
  let share = 1;
  for (const t of terms) share = Math.min(share, stats.freq.get(t) ?? 0);
  // Expect the wanted rows well within the walk, with room for filters and chance.
  return share * (opts.walkRows ?? WALK_ROWS) >= need * (opts.margin ?? 4) ? 'walk' : 'terms';
}
