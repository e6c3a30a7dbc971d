import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../platform/db/index.js';
import { migrateToLatest } from '../platform/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** File holding a migrated PGlite data directory that each test file starts from. */
    pgliteTemplate: string;
    /** With TEST_DATABASE_URL: the migrated template database each test file is cloned from. */
    pgTemplateDb: string;
    /**
     * Prefix of this run's cloned databases. Teardown drops only these, so two runs sharing one
     * server (a developer's and CI's) never drop each other's databases.
     */
    pgRunPrefix: string;
  }
}

/**
 * Migrates once per run. PGlite: dump the migrated data directory to a file; each test file loads
 * it into its own in-memory instance. PostgreSQL (TEST_DATABASE_URL): a migrated template database
 * that each test file copies with CREATE DATABASE … TEMPLATE, dropped again at the end.
 */
export default async function setup(project: TestProject) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'renhe-test-'));
  const template = await openDatabase({});
  await migrateToLatest(template.db);
  const dump = await template.pglite!.dumpDataDir('none');
  const file = path.join(tmp, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await template.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.TEST_DATABASE_URL;
  let templateDb = '';
  const runPrefix = `renhe_t_${randomBytes(4).toString('hex')}_`;
  if (url) {
    templateDb = `renhe_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${templateDb}`);
    await admin.end();
    const handle = await openDatabase({ databaseUrl: withDatabase(url, templateDb), poolSize: 2 });
    await migrateToLatest(handle.db);
    await handle.close();
  }
  project.provide('pgTemplateDb', templateDb);
  project.provide('pgRunPrefix', runPrefix);

  return async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (url && templateDb) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`${runPrefix}%`]);
      for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
      await admin.query(`drop database if exists ${templateDb} with (force)`);
      await admin.end();
    }
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
