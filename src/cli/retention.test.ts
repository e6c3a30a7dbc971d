import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../platform/db/index.js';

const run = promisify(execFile);
const bin = new URL('../../bin/renhe.mjs', import.meta.url).pathname;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renhe-cli-retention-'));
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function withDatabase<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

const smsCodes = (db: Db) => sql<{ n: number }>`select count(*)::int as n from sms_codes`.execute(db).then((r) => r.rows[0]?.n);

describe('renhe retention run', () => {
  it('with --dry-run prints what each rule would remove and removes nothing; without it, removes exactly that', async () => {
    const empty = await run('node', [bin, 'retention', 'run', '--dry-run'], { env });
    expect(empty.stdout).toMatch(/^rule\s+table\s+would remove\s+ms$/m);
    expect(empty.stdout).toMatch(/^sms_codes\.expired\s+sms_codes\s+0\s+\d+$/m);
    expect(empty.stdout).toMatch(/dry run: 0 rows would be removed; nothing was changed/);

    await withDatabase(async (db) => {
      await sql`
        insert into sms_codes (phone_hash, ip_hash, code_hash, created_at, expires_at)
        select 'p' || g, 'i', 'c', now() - interval '3 days', now() - interval '3 days'
        from generate_series(1, 3) g`.execute(db);
      await sql`insert into sms_codes (phone_hash, ip_hash, code_hash, expires_at) values ('fresh', 'i', 'c', now() + interval '5 minutes')`.execute(db);
    });

    const dry = await run('node', [bin, 'retention', 'run', '--dry-run'], { env });
    expect(dry.stdout).toMatch(/^sms_codes\.expired\s+sms_codes\s+3\s+\d+$/m);
    expect(dry.stdout).toMatch(/dry run: 3 rows would be removed/);
    expect(await withDatabase(smsCodes)).toBe(4);

    const real = await run('node', [bin, 'retention', 'run'], { env });
    expect(real.stdout).toMatch(/^rule\s+table\s+removed\s+ms$/m);
    expect(real.stdout).toMatch(/^sms_codes\.expired\s+sms_codes\s+3\s+\d+$/m);
    await withDatabase(async (db) => {
      expect(await smsCodes(db)).toBe(1);
      const runs = await db
        .selectFrom('retention_runs')
        .select(['dry_run', 'rows_affected'])
        .where('rule', '=', 'sms_codes.expired')
        .orderBy('started_at')
        .execute();
      expect(runs).toEqual([
        { dry_run: true, rows_affected: 0 },
        { dry_run: true, rows_affected: 3 },
        { dry_run: false, rows_affected: 3 },
      ]);
    });
  }, 90_000);
});
