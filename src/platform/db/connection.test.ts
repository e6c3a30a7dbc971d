import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.js';

describe('PostgreSQL connection pool', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const h of opened) await h.close();
  });

  it('reports an idle connection killed by the server, keeps the process alive and serves the next query (PostgreSQL only: PGlite has no connections to lose)', async (ctx) => {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) {
      ctx.skip('runs against PostgreSQL only; `npm test -- --postgres <url>` runs it');
      return;
    }
    const failures: Error[] = [];
    const handle = await createTestDatabase({ onConnectionError: (err) => failures.push(err) });
    opened.push(handle);
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
    const pid = rows[0]!.pid;

    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await admin.end();

    await expect.poll(() => failures.length, { timeout: 5000 }).toBe(1);
    expect((failures[0] as Error & { code?: string }).code).toBe('57P01');
    const again = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
    expect(again.rows[0]?.one).toBe(1);
  });
});
