import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { PGliteDialect } from './pglite-dialect.js';

export type { Database };
export type Db = Kysely<Database>;

// Both drivers return the same JavaScript types: DATE as 'YYYY-MM-DD' strings (no time-zone
// shifts), INT8 (counts) as numbers.
const DATE_OID = 1082;
const INT8_OID = 20;
pg.types.setTypeParser(DATE_OID, (v) => v);
pg.types.setTypeParser(INT8_OID, (v) => Number.parseInt(v, 10));

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Folder of the on-disk PGlite database; ignored when databaseUrl is set. */
  pgliteDir?: string;
  /** A PGlite data-directory dump to start from (tests clone a migrated template this way). */
  pgliteLoad?: Blob;
  poolSize?: number;
  /**
   * Called when an idle pooled connection fails (server restart, connection killed). Without a
   * listener node-postgres would crash the process; the pool replaces the connection by itself.
   */
  onConnectionError?: (err: Error) => void;
}

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  pglite?: PGlite;
  close(): Promise<void>;
}

export async function openDatabase(opts: DatabaseOptions): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    pool.on('error', (err) => opts.onConnectionError?.(err));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const parsers = { [DATE_OID]: (v: string) => v };
  let pglite: PGlite;
  if (opts.pgliteDir) {
    fs.mkdirSync(path.dirname(opts.pgliteDir), { recursive: true });
    pglite = await PGlite.create(opts.pgliteDir, { parsers });
  } else {
    pglite = await PGlite.create({ parsers, ...(opts.pgliteLoad ? { loadDataDir: opts.pgliteLoad } : {}) });
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', pglite, close: () => db.destroy() };
}
