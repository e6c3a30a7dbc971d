import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/index.js';
import { createTestDatabase } from '../test/db.js';
import { createAuditLog } from './audit.js';

const audit = createAuditLog(Buffer.from('audit-test-secret-audit-test-secret'));
let handle: DatabaseHandle;

beforeEach(async () => {
  handle = await createTestDatabase();
});

/** Someone with full database access, who switches the append-only trigger off first. */
async function tamper(statement: ReturnType<typeof sql>) {
  await sql`alter table audit_log disable trigger audit_log_append_only`.execute(handle.db);
  await statement.execute(handle.db);
  await sql`alter table audit_log enable trigger audit_log_append_only`.execute(handle.db);
}
afterEach(async () => {
  await handle?.close();
});

async function appendMany(n: number) {
  for (let i = 0; i < n; i++) {
    await audit.append(handle.db, {
      actorId: randomUUID(),
      actorRole: 'operator',
      subjectId: randomUUID(),
      action: 'read',
      purpose: 'operations.support',
      fields: ['phone', 'display_name'],
      reason: `ticket ${i}`,
    });
  }
  const rows = await handle.db.selectFrom('audit_log').select(['seq']).orderBy('seq').execute();
  return rows.map((r) => Number(r.seq));
}

describe('audit log', () => {
  it('verifies an untouched chain', async () => {
    await appendMany(5);
    expect(await audit.verify(handle.db, 2)).toEqual({ ok: true, entries: 5 });
  });

  it('refuses changes and deletions in the database itself', async () => {
    await appendMany(1);
    await expect(sql`update audit_log set purpose = 'x'`.execute(handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(handle.db)).rejects.toThrow(/append-only/);
    expect(await audit.verify(handle.db)).toEqual({ ok: true, entries: 1 });
  });

  it('reports the first modified entry', async () => {
    const seqs = await appendMany(6);
    await tamper(sql`update audit_log set fields = '{phone,id_number}' where seq = ${seqs[3]}`);
    await tamper(sql`update audit_log set purpose = 'x' where seq = ${seqs[4]}`);
    expect(await audit.verify(handle.db)).toMatchObject({ ok: false, seq: seqs[3], problem: 'modified', entries: 3 });
  });

  it('reports a deleted entry at the entry after the gap', async () => {
    const seqs = await appendMany(6);
    await tamper(sql`delete from audit_log where seq = ${seqs[2]}`);
    expect(await audit.verify(handle.db)).toMatchObject({ ok: false, seq: seqs[3], problem: 'deleted' });
  });

  it('reports a forged entry slipped into the chain as inserted', async () => {
    await appendMany(2);
    // A rolled-back append leaves a gap in the sequence, as real rollbacks do.
    await handle.db
      .transaction()
      .execute(async (trx) => {
        await audit.append(trx, { actorId: null, actorRole: 'system', subjectId: null, action: 'read', purpose: 'p', fields: [] });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const seqs = [...(await appendMany(2))];
    const gap = (seqs[1] as number) + 1;
    expect(seqs[2]).toBe(gap + 1);
    const second = await handle.db
      .selectFrom('audit_log')
      .select(['hash'])
      .where('seq', '=', seqs[1] as number)
      .executeTakeFirstOrThrow();
    await sql`insert into audit_log (seq, occurred_at, actor_id, actor_role, subject_id, action, purpose, fields, prev_hash, hash)
      overriding system value values (${gap}, now(), null, 'operator', null, 'read', 'operations.support', '{phone}', ${second.hash}, 'forged')`.execute(
      handle.db,
    );
    expect(await audit.verify(handle.db)).toMatchObject({ ok: false, seq: gap, problem: 'inserted' });
  });

  it('keeps verifying after retention purges old entries', async () => {
    await appendMany(3);
    await tamper(sql`update audit_log set occurred_at = occurred_at - interval '200 days'`);
    // Backdating changed the hashed content of those entries; they are exactly what gets purged.
    expect(await audit.purgeBefore(handle.db, new Date(Date.now() - 183 * 86_400_000))).toBe(3);
    await appendMany(2);
    expect(await audit.verify(handle.db)).toEqual({ ok: true, entries: 2 });
    // Deleting the new first entry is still caught, thanks to the checkpoint.
    const first = await handle.db.selectFrom('audit_log').select(['seq']).orderBy('seq').limit(1).executeTakeFirstOrThrow();
    await tamper(sql`delete from audit_log where seq = ${first.seq}`);
    expect(await audit.verify(handle.db)).toMatchObject({ ok: false, problem: 'deleted' });
  });

  it('stores ids and field names, never personal information in a stated reason', async () => {
    await audit.append(handle.db, {
      actorId: null,
      actorRole: 'operator',
      subjectId: randomUUID(),
      action: 'read',
      purpose: 'operations.support',
      fields: ['phone'],
      reason: '用户 13812345678 投诉，邮箱 a.b@example.com',
    });
    const row = await handle.db.selectFrom('audit_log').select(['reason']).executeTakeFirstOrThrow();
    expect(row.reason).not.toContain('13812345678');
    expect(row.reason).not.toContain('a.b@example.com');
    expect(row.reason).toContain('投诉');
  });
});
