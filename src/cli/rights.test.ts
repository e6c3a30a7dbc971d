import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../platform/db/index.js';

const run = promisify(execFile);
const bin = new URL('../../bin/renhe.mjs', import.meta.url).pathname;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renhe-cli-rights-'));
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('renhe rights complete-cancellations', () => {
  it('erases accounts whose cooling-off has ended and leaves the others', async () => {
    await run('node', [bin, 'migrate'], { env });
    await run('node', [bin, 'admin', 'create', '--phone', '13700003333', '--password', 'operator2026', '--name', '待注销运营'], { env });
    await run('node', [bin, 'admin', 'create', '--phone', '13700004444', '--password', 'operator2026', '--name', '冷静期运营'], { env });
    const open = () => openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    let handle = await open();
    try {
      const users = await handle.db.selectFrom('users').select(['id', 'display_name']).execute();
      const due = users.find((u) => u.display_name === '待注销运营')!.id;
      const later = users.find((u) => u.display_name === '冷静期运营')!.id;
      await sql`insert into data_requests (subject_id, kind, status, due_on, effective_at) values
        (${due}, 'cancellation', 'in_progress', current_date + 21, now() - interval '1 minute'),
        (${later}, 'cancellation', 'in_progress', current_date + 21, now() + interval '3 days')`.execute(handle.db);
    } finally {
      await handle.close();
    }

    const out = await run('node', [bin, 'rights', 'complete-cancellations'], { env });
    expect(out.stdout).toMatch(/erased 1 cancelled accounts/);

    handle = await open();
    try {
      const rows = await handle.db.selectFrom('users').select(['display_name', 'status']).orderBy('status').execute();
      expect(rows).toEqual([
        { display_name: '冷静期运营', status: 'active' },
        { display_name: '已注销用户', status: 'cancelled' },
      ]);
    } finally {
      await handle.close();
    }
    const again = await run('node', [bin, 'rights', 'complete-cancellations'], { env });
    expect(again.stdout).toMatch(/erased 0 cancelled accounts/);
  }, 90_000);
});
