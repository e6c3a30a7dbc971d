import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../platform/db/index.js';
import { loadServerSecret } from '../platform/secrets.js';
import { createAuditLog, createFieldCipher, parseKeyRing } from '../privacy/index.js';

const run = promisify(execFile);
const bin = new URL('../../bin/renhe.mjs', import.meta.url).pathname;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renhe-cli-'));
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('renhe command line', () => {
  it('migrates, creates an operator with an argon2id password, and refuses a weak one', async () => {
    const migrated = await run('node', [bin, 'migrate'], { env });
    expect(migrated.stdout).toMatch(/applied: .*accounts/);
    const created = await run('node', [bin, 'admin', 'create', '--phone', '13700001111', '--password', 'operator2026'], { env });
    expect(created.stdout).toMatch(/operator account created: [0-9a-f-]{36}/);
    const weak = await run('node', [bin, 'admin', 'create', '--phone', '13700002222', '--password', 'weak'], { env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((weak as { code: number }).code).toBe(1);
    expect((weak as { stderr: string }).stderr).toMatch(/密码至少 8 位/);

    const handle = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    try {
      const rows = await handle.db.selectFrom('users').select(['role', 'password_hash']).execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.role).toBe('operator');
      expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    } finally {
      await handle.close();
    }
  }, 60_000);

  it('rotates the key-encryption key: a new key on top, every data key re-wrapped, data still readable with the new key alone', async () => {
    const rotated = await run('node', [bin, 'keys', 'rotate'], { env });
    expect(rotated.stdout).toMatch(/re-wrapped 1 data keys/);
    const lines = fs.readFileSync(path.join(dataDir, 'encryption.keys'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(fs.statSync(path.join(dataDir, 'encryption.keys')).mode & 0o777).toBe(0o600);
    const handle = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    try {
      const user = await handle.db.selectFrom('users').select(['id', 'phone_enc']).executeTakeFirstOrThrow();
      const newestOnly = createFieldCipher(parseKeyRing(lines[0] as string));
      expect(await newestOnly.decrypt(handle.db, user.id, user.phone_enc)).toBe('13700001111');
    } finally {
      await handle.close();
    }
  }, 60_000);

  it('verifies the audit chain and names the first tampered entry', async () => {
    const handle = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    try {
      const audit = createAuditLog(loadServerSecret(undefined, dataDir));
      for (const purpose of ['operations.support', 'operations.support']) {
        await audit.append(handle.db, { actorId: null, actorRole: 'operator', subjectId: null, action: 'read', purpose, fields: ['phone'] });
      }
    } finally {
      await handle.close();
    }
    const intact = await run('node', [bin, 'audit', 'verify'], { env });
    expect(intact.stdout).toMatch(/audit log intact: 2 entries verified/);

    const tamper = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    try {
      await sql`alter table audit_log disable trigger audit_log_append_only`.execute(tamper.db);
      await sql`update audit_log set fields = '{}' where seq = (select max(seq) from audit_log)`.execute(tamper.db);
    } finally {
      await tamper.close();
    }
    const broken = await run('node', [bin, 'audit', 'verify'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect((broken as { code: number }).code).toBe(3);
    expect((broken as { stderr: string }).stderr).toMatch(/broken at entry \d+ \(modified\)/);
  }, 60_000);

  it('rebuilds the search indexes from the jobs and resumes', async () => {
    await run('node', [bin, 'seed'], { env });
    const before = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    let jobs = 0;
    try {
      jobs = (
        await before.db
          .selectFrom('jobs')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
      expect(Number(jobs)).toBeGreaterThan(0);
      await sql`delete from job_search`.execute(before.db);
      await sql`delete from resume_search`.execute(before.db);
    } finally {
      await before.close();
    }
    const rebuilt = await run('node', [bin, 'search', 'reindex'], { env });
    expect(rebuilt.stdout).toMatch(/indexed \d+ jobs and \d+ resumes/);
    const after = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    try {
      const indexed = await after.db
        .selectFrom('job_search')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(indexed.n)).toBe(Number(jobs));
      const resumes = await after.db
        .selectFrom('resume_search')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const all = await after.db
        .selectFrom('resumes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(resumes.n)).toBe(Number(all.n));
    } finally {
      await after.close();
    }
  }, 120_000);
});
