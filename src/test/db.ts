import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, type DatabaseOptions, openDatabase } from '../platform/db/index.js';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite loaded from the migrated
 * template, or (with TEST_DATABASE_URL) a new PostgreSQL database copied from the template.
 */
export async function createTestDatabase(opts: Pick<DatabaseOptions, 'onConnectionError'> = {}): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('pgTemplateDb');
  if (url && template) {
    const name = `${inject('pgRunPrefix')}${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const handle = await openDatabase({ databaseUrl: withDatabase(url, name), poolSize: 4, ...opts });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteTemplate'));
  return openDatabase({ pgliteLoad: new Blob([dump]) });
}

/** Row count of every table in the public schema: compare before and after to prove nothing was written. */
export async function rowCounts(db: DatabaseHandle['db']): Promise<Record<string, number>> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'schema_migrations%'
    order by table_name`.execute(db);
  const out: Record<string, number> = {};
  for (const { table_name } of tables.rows) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table_name)}`.execute(db);
    out[table_name] = r.rows[0]?.n ?? 0;
  }
  return out;
}
