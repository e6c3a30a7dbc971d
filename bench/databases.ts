/**
 * The two databases every benchmark compares in one run: an on-disk PGlite in a temporary folder,
 * and a fresh database on the PostgreSQL server at BENCH_DATABASE_URL (default: the local server),
 * created for the run and dropped after it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../src/platform/db/index.js';

export const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const PGLITE_LABEL = 'PGlite 0.5 (embedded, on disk)';

export async function onPglite<T>(measure: (label: string, handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'renhe-bench-'));
  const handle = await openDatabase({ pgliteDir: path.join(dir, 'pglite') });
  try {
    return await measure(PGLITE_LABEL, handle);
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function onPostgres<T>(measure: (label: string, handle: DatabaseHandle) => Promise<T>, poolSize = 4): Promise<T> {
  const name = `renhe_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const version = (await admin.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? '?';
  await admin.query(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize });
  try {
    return await measure(`PostgreSQL ${version.split(' ')[0]} (server)`, handle);
  } finally {
    await handle.close();
    // The pool's sockets close a moment after it ends; wait for them rather than cut them off.
    for (let i = 0; i < 100; i++) {
      const left = await admin.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if (!left.rows[0]?.n) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}
