import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../demo/seed.js';
import { createTestApp, type TestApp } from '../test/app.js';
import { authed, buildUser } from '../test/factories.js';

let t: TestApp;
const phones: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoData(t.db, t.services.accounts);
  for (let i = 0; i < 3; i++) {
    const u = await buildUser(t.app);
    phones.push(u.phone);
    await t.app.inject({ method: 'PUT', url: '/api/account/password', payload: { newPassword: 'scan12345' }, ...authed(u) });
    await t.app.inject({ method: 'POST', url: '/api/auth/login/password', payload: { phone: u.phone, password: 'scan12345' } });
  }
});
afterAll(async () => {
  await t?.close();
});

const mobile = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const idNumber = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/;

describe('nothing sensitive is stored in the clear', () => {
  it('finds no plaintext mobile or ID number in any text column of a populated database', async () => {
    const columns = await sql<{ table_name: string; column_name: string }>`
      select c.table_name, c.column_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
        and c.data_type in ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`.execute(t.db);
    expect(columns.rows.length).toBeGreaterThan(10);
    const hits: string[] = [];
    let scanned = 0;
    for (const { table_name, column_name } of columns.rows) {
      const rows = await sql<{ v: string | null }>`select ${sql.ref(column_name)}::text as v from ${sql.table(table_name)}`.execute(t.db);
      for (const r of rows.rows) {
        scanned += 1;
        if (r.v && (mobile.test(r.v) || idNumber.test(r.v))) hits.push(`${table_name}.${column_name}`);
      }
    }
    expect(scanned).toBeGreaterThan(1000);
    expect([...new Set(hits)]).toEqual([]);
  });

  it('still shows each person their own number, masked', async () => {
    const users = await t.db.selectFrom('users').select(['id']).execute();
    expect(users.length).toBeGreaterThanOrEqual(123);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login/password', payload: { phone: phones[0], password: 'scan12345' } });
    expect(login.json().user.phoneMasked).toBe(`${phones[0]?.slice(0, 3)}****${phones[0]?.slice(-4)}`);
  });
});
