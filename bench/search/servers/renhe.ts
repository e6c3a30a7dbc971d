/**
 * Renhe itself, in its own process: the real application (buildApp with the real services, as the
 * tests build it) on the benchmark's database, listening on a port. The database is the one the
 * parent loaded: a PostgreSQL URL (BENCH_RENHE_DATABASE_URL) or a PGlite folder (BENCH_RENHE_PGLITE_DIR).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/platform/config.js';
import { openDatabase } from '../../../src/platform/db/index.js';
import { migrateToLatest } from '../../../src/platform/db/migrate.js';
import { buildApp } from '../../../src/platform/http/app.js';
import { createLogger } from '../../../src/platform/logger.js';
import { createServices } from '../../../src/platform/services.js';
import { BENCH_KEYS, BENCH_SECRET } from '../keys.js';

const url = process.env.BENCH_RENHE_DATABASE_URL;
const pool = Number(process.env.BENCH_RENHE_POOL ?? 10);
const handle = await openDatabase(url ? { databaseUrl: url, poolSize: pool } : { pgliteDir: process.env.BENCH_RENHE_PGLITE_DIR as string });
// As the real start-up does: a tree newer than the loader's brings its own migrations.
await migrateToLatest(handle.db);
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renhe-bench-files-'));
const { DATABASE_URL: _url, ...env } = process.env;
const config = loadConfig(env, { demoData: false, logLevel: 'silent', filesDir, databaseUrl: url, databasePoolSize: pool });
const services = createServices(config, BENCH_SECRET, BENCH_KEYS);
await services.policy.publish(handle.db);
const app = await buildApp({ config, db: handle.db, log: createLogger('silent'), services });
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.send?.({ listening: (app.server.address() as { port: number }).port });

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await handle.close();
  fs.rmSync(filesDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
