import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inventory } from '../../modules/index.js';
import { createLogger } from '../../platform/logger.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { authed, buildUser } from '../../test/factories.js';
import type { TableDeclaration } from '../inventory.js';
import { runRetention } from './engine.js';
import { scheduleRetention } from './schedule.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await sql`delete from retention_runs`.execute(t.db);
});

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, log: createLogger('info', stream) };
}

const runs = async () => (await sql<{ n: number }>`select count(*)::int as n from retention_runs`.execute(t.db)).rows[0]?.n ?? 0;

async function until(check: () => Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('retention schedule', () => {
  it('sweeps shortly after start, logs counts only, and stops cleanly', async () => {
    await sql`insert into auth_failures (key_hash, created_at) values ('k-1', now() - interval '2 days')`.execute(t.db);
    const { lines, log } = capture();
    const schedule = scheduleRetention(t.handle, { tables: inventory, intervalMinutes: 60, log, firstRunDelayMs: 10 });
    await until(async () => (await runs()) === inventory.flatMap((d) => d.rowRetention ?? []).length);
    await schedule.stop();
    const after = await runs();
    await new Promise((r) => setTimeout(r, 100));
    expect(await runs()).toBe(after);
    const finished = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'retention sweep finished');
    expect(finished).toMatchObject({ rows: 1 });
    expect(lines.join('')).not.toMatch(/k-1/);
  });

  it('runs the extra retention tasks after the sweep; one failing task does not stop the next', async () => {
    const { lines, log } = capture();
    const done: string[] = [];
    const schedule = scheduleRetention(t.handle, {
      tables: inventory,
      intervalMinutes: 60,
      log,
      firstRunDelayMs: 10,
      tasks: [
        {
          name: 'broken',
          run: async () => {
            throw new Error('boom');
          },
        },
        {
          name: 'audit_log.purge',
          run: async () => {
            done.push('audit');
            return t.services.audit.purgeBefore(t.db, new Date(Date.now() - 190 * 86_400_000));
          },
        },
      ],
    });
    await until(async () => done.length === 1);
    await schedule.stop();
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.find((l) => l.msg === 'retention task failed')).toMatchObject({ task: 'broken', error: 'boom' });
    await until(async () => lines.some((l) => l.includes('retention task finished')));
    expect(lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'retention task finished')).toMatchObject({ task: 'audit_log.purge', handled: 0 });
  });

  it('never sweeps when the interval is 0', async () => {
    const { log } = capture();
    const schedule = scheduleRetention(t.handle, { tables: inventory, intervalMinutes: 0, log, firstRunDelayMs: 1 });
    await new Promise((r) => setTimeout(r, 100));
    await schedule.stop();
    expect(await runs()).toBe(0);
  });

  it('logs a failed sweep instead of throwing, and stop() still returns', async () => {
    const { lines, log } = capture();
    const [sms] = inventory.filter((d) => d.table === 'sms_codes') as [TableDeclaration];
    const invalid: TableDeclaration = { ...sms, rowRetention: [{ ...sms.rowRetention![0]!, action: 'anonymise' }] };
    const schedule = scheduleRetention(t.handle, { tables: [invalid], intervalMinutes: 60, log, firstRunDelayMs: 1 });
    await until(async () => lines.some((l) => l.includes('retention sweep failed')));
    await schedule.stop();
    expect(await runs()).toBe(0);
  });

  it('stop() waits for a sweep in progress, which ends after its current batch', async () => {
    await sql`
      insert into sms_codes (phone_hash, ip_hash, code_hash, created_at, expires_at)
      select 'p' || g, 'i', 'c', now() - interval '2 days', now() - interval '2 days' from generate_series(1, 5000) g`.execute(t.db);
    const { log } = capture();
    const schedule = scheduleRetention(t.handle, { tables: inventory, intervalMinutes: 60, log, firstRunDelayMs: 0, batchSize: 1 });
    await until(async () => (await sql<{ n: number }>`select count(*)::int as n from sms_codes`.execute(t.db)).rows[0]!.n < 5000, 5000);
    await schedule.stop();
    const left = (await sql<{ n: number }>`select count(*)::int as n from sms_codes`.execute(t.db)).rows[0]!.n;
    expect(left).toBeGreaterThan(0);
    const recorded = await t.db.selectFrom('retention_runs').select(['rule', 'error']).where('rule', '=', 'sms_codes.expired').execute();
    expect(recorded).toEqual([{ rule: 'sms_codes.expired', error: expect.stringMatching(/stopped/) }]);
    await sql`delete from sms_codes`.execute(t.db);
  });
});

describe('retention of sign-in data, seen through the API', () => {
  it('deletes a signed-out session, keeps the live one working, and drops day-old sign-in codes', async () => {
    const user = await buildUser(t.app);
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      ...authed(user),
    });
    expect(logout.statusCode).toBeLessThan(300);
    const other = await buildUser(t.app);
    await sql`update sms_codes set created_at = now() - interval '25 hours'`.execute(t.db);

    const report = await runRetention(t.handle, { tables: inventory });
    if (report.status !== 'done') throw new Error('skipped');
    const rows = Object.fromEntries(report.outcomes.map((o) => [o.rule, o.rows]));
    expect(rows['sessions.revoked']).toBe(1);
    expect(rows['sms_codes.expired']).toBe(2);

    const sessions = await t.db.selectFrom('sessions').select('user_id').execute();
    expect(sessions).toEqual([{ user_id: other.userId }]);
    const me = await t.app.inject({ method: 'GET', url: '/api/account', ...authed(other, false) });
    expect(me.statusCode).toBe(200);
  });
});
