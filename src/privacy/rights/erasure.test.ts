import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventory } from '../../modules/index.js';
import type { Ctx } from '../../platform/context.js';
import { createLogger } from '../../platform/logger.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { authed, buildUser, cookiesOf, requestCode, type SignedIn } from '../../test/factories.js';
import { createAccessDoor } from '../access.js';
import { ShreddedError } from '../cipher.js';
import { declareTables, noPi, type PiColumn } from '../inventory.js';
import { CANCELLED_DISPLAY_NAME, erasurePlan } from './erasure.js';
import { createRightsService } from './service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DAY = 86_400_000;

/** Every text, json and array value in the database, as text, with where it was found. */
async function everyStoredText(): Promise<{ where: string; value: string }[]> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      and c.data_type in ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`.execute(t.db);
  const out: { where: string; value: string }[] = [];
  for (const { table_name, column_name } of columns.rows) {
    const rows = await sql<{ v: string | null }>`select ${sql.ref(column_name)}::text as v from ${sql.table(table_name)}`.execute(t.db);
    for (const r of rows.rows) if (r.v) out.push({ where: `${table_name}.${column_name}`, value: r.v });
  }
  return out;
}

function ctxFor(userId: string, role: 'seeker' | 'operator' = 'seeker'): Ctx {
  return {
    actor: { userId, role, sessionId: '00000000-0000-4000-8000-000000000000' },
    requestId: 'test',
    log: createLogger('silent') as unknown as Ctx['log'],
    db: t.db,
    locale: 'zh-CN',
    ip: '127.0.0.1',
    userAgent: undefined,
  };
}

describe('the erasure plan follows the inventory', () => {
  it('keeps the account row as a tombstone, deletes sessions, clears request texts, keeps id-only logs', () => {
    const plan = erasurePlan(inventory);
    const mode = (table: string) => plan.find((s) => s.table === table)?.mode;
    expect(mode('users')).toBe('tombstone');
    expect(mode('sessions')).toBe('delete_rows');
    expect(mode('data_requests')).toBe('clear_columns');
    expect(mode('audit_log')).toBe('keep');
    expect(plan.at(-1)?.table).toBe('users');
    expect(plan.map((s) => s.table).sort()).toEqual(
      inventory
        .filter((d) => d.subjectColumn)
        .map((d) => d.table)
        .sort(),
    );
  });

  it('refuses a column the inventory keeps for a while after cancellation, which erasure cannot honour yet', () => {
    const users = inventory.find((d) => d.table === 'users')!;
    const city = users.columns.city as PiColumn;
    const changed = { ...users, columns: { ...users.columns, city: { ...city, retention: { ...city.retention, duration: 'P30D' } } } };
    expect(() => erasurePlan([changed])).toThrow(/users\.city: kept P30D after cancellation is not supported yet/);
  });
});

describe('account cancellation completes with erasure', () => {
  let me: SignedIn;
  let other: SignedIn;
  let savedCiphertext: string;
  const NAME = '端木注销测试';
  const EMAIL = 'duanmu.erase@example.com';
  const AGENT = 'ErasureTestPhone/9.9 (DuanmuDevice)';

  beforeAll(async () => {
    me = await buildUser(t.app, { displayName: NAME });
    other = await buildUser(t.app, { displayName: '诸葛留存' });
    await t.app.inject({ method: 'PATCH', url: '/api/account', payload: { city: '拉萨测试', gender: 'female' }, ...authed(me) });
    await t.app.inject({ method: 'PUT', url: '/api/account/password', payload: { newPassword: 'erase12345' }, ...authed(me) });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/password',
      headers: { 'user-agent': AGENT },
      payload: { phone: me.phone, password: 'erase12345' },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/privacy/requests',
      payload: { kind: 'complaint', details: `请联系我 ${EMAIL} 或 ${me.phone}，${NAME}` },
      ...authed(me),
    });
    await t.app.inject({ method: 'POST', url: '/api/privacy/exports', ...authed(me) });
    await t.services.accounts.createOperator(t.db, { phone: '13600000003', password: 'operator2026', displayName: '运营' });
    const op = await t.app.inject({ method: 'POST', url: '/api/auth/login/password', payload: { phone: '13600000003', password: 'operator2026' } });
    const opCookies = cookiesOf(op);
    await t.app.inject({
      method: 'POST',
      url: `/api/admin/accounts/${me.userId}/view`,
      payload: { reason: '用户来电核实' },
      cookies: { renhe_session: opCookies.renhe_session as string },
      headers: { 'x-csrf-token': opCookies.renhe_csrf as string },
    });
    savedCiphertext = (await t.db.selectFrom('users').select('phone_enc').where('id', '=', me.userId).executeTakeFirstOrThrow()).phone_enc;

    const started = await t.app.inject({ method: 'POST', url: '/api/privacy/cancellation', ...authed(me) });
    expect(started.json().status).toBe('pending');
  });

  it('erases nothing before the cooling-off ends', async () => {
    const early = await t.services.rights.completeDueCancellations(t.db, new Date(Date.now() + 6 * DAY));
    expect(early).toEqual({ erased: [], failed: [] });
    expect((await everyStoredText()).some((v) => v.value.includes(NAME))).toBe(true);
  });

  it('erases the person once it has ended, leaving none of their phone, name, e-mail or device anywhere', async () => {
    const sweep = await t.services.rights.completeDueCancellations(t.db, new Date(Date.now() + 8 * DAY));
    expect(sweep).toEqual({ erased: [me.userId], failed: [] });

    const stored = await everyStoredText();
    expect(stored.length).toBeGreaterThan(50);
    for (const needle of [me.phone, NAME, EMAIL, AGENT, '拉萨测试']) {
      expect(
        stored.filter((v) => v.value.includes(needle)).map((v) => v.where),
        needle,
      ).toEqual([]);
    }
    const account = await t.db
      .selectFrom('users')
      .select(['display_name', 'phone_enc', 'phone_index', 'birth_date', 'gender', 'city', 'password_hash', 'status', 'restricted_at'])
      .where('id', '=', me.userId)
      .executeTakeFirstOrThrow();
    expect(account).toEqual({
      display_name: CANCELLED_DISPLAY_NAME,
      phone_enc: `erased:${me.userId}`,
      phone_index: `erased:${me.userId}`,
      birth_date: null,
      gender: null,
      city: null,
      password_hash: null,
      status: 'cancelled',
      restricted_at: null,
    });
  });

  it('has destroyed the data key: a copy of the encrypted number (a backup) cannot be read', async () => {
    await expect(t.services.cipher.decrypt(t.db, me.userId, savedCiphertext)).rejects.toBeInstanceOf(ShreddedError);
    expect(await t.db.selectFrom('subject_keys').select('subject_id').where('subject_id', '=', me.userId).execute()).toEqual([]);
  });

  it('has ended every session and closed every way in', async () => {
    expect(await t.db.selectFrom('sessions').select('id').where('user_id', '=', me.userId).execute()).toEqual([]);
    const old = await t.app.inject({ method: 'GET', url: '/api/account', ...authed(me) });
    expect(old.statusCode).toBe(401);
    const password = await t.app.inject({ method: 'POST', url: '/api/auth/login/password', payload: { phone: me.phone, password: 'erase12345' } });
    expect(password.json().error.code).toBe('CREDENTIALS_INVALID');
  });

  it('lets the same number register again, as a new person', async () => {
    await sql`update sms_codes set created_at = created_at - interval '2 minutes'`.execute(t.db);
    const code = await requestCode(t.app, me.phone);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login/code', payload: { phone: me.phone, code } });
    expect(login.json()).toEqual({ status: 'registration_required' });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { phone: me.phone, code, role: 'seeker', displayName: '新的我', birthDate: '1996-05-20', acceptTerms: true },
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().user.id).not.toBe(me.userId);
    const requests = await t.app.inject({
      method: 'GET',
      url: '/api/privacy/requests',
      ...authed({ ...me, cookies: cookiesOf(again), csrf: cookiesOf(again).renhe_csrf as string }),
    });
    expect(requests.json().requests).toEqual([]);
  });

  it('keeps the audit trail (ids only) and records the erasure itself; the request records stay without their text', async () => {
    const entries = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'actor_role', 'action', 'purpose', 'fields'])
      .where('subject_id', '=', me.userId)
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => e.action)).toEqual(['export', 'read', 'erase']);
    expect(entries[2]).toMatchObject({ actor_id: null, actor_role: 'system', purpose: 'rights.cancellation' });
    expect(entries[2]?.fields).toEqual(expect.arrayContaining(['users.phone_enc', 'users.display_name', 'sessions.user_agent', 'data_requests.details']));
    expect(await t.services.audit.verify(t.db)).toMatchObject({ ok: true });

    const requests = await t.db
      .selectFrom('data_requests')
      .select(['kind', 'status', 'details', 'completed_at'])
      .where('subject_id', '=', me.userId)
      .orderBy('created_at')
      .execute();
    expect(requests.map((r) => [r.kind, r.status, r.details])).toEqual([
      ['complaint', 'received', null],
      ['export', 'completed', null],
      ['cancellation', 'completed', null],
    ]);
  });

  it('leaves everyone else as they were', async () => {
    const row = await t.db.selectFrom('users').select(['display_name', 'phone_enc', 'status']).where('id', '=', other.userId).executeTakeFirstOrThrow();
    expect(row.display_name).toBe('诸葛留存');
    expect(row.status).toBe('active');
    expect(await t.services.cipher.decrypt(t.db, other.userId, row.phone_enc)).toBe(other.phone);
    expect((await t.app.inject({ method: 'GET', url: '/api/account', ...authed(other) })).statusCode).toBe(200);
  });

  it('does nothing a second time', async () => {
    expect(await t.services.rights.completeDueCancellations(t.db, new Date(Date.now() + 30 * DAY))).toEqual({ erased: [], failed: [] });
    expect(await t.services.rights.eraseSubject(t.db, me.userId)).toMatchObject({ alreadyErased: true, fields: [] });
    const erases = await t.db.selectFrom('audit_log').select('seq').where('subject_id', '=', me.userId).where('action', '=', 'erase').execute();
    expect(erases).toHaveLength(1);
  });
});

describe('generic over the inventory: a module added later is exported and erased without changes here', () => {
  const note: PiColumn = {
    pi: true,
    category: 'communication.message',
    sensitive: false,
    purposes: [{ zh: '测试', en: 'test' }],
    legalBasis: 'consent',
    feature: { zh: '测试', en: 'test' },
    necessary: false,
    retention: { duration: 'P0D', trigger: 'account_cancelled', action: 'delete' },
    visibleTo: ['self'],
    encrypted: false,
    thirdParties: [],
  };
  const widgets = declareTables('widgets', [
    {
      table: 'widget_notes',
      subjectColumn: 'owner_id',
      columns: { id: noPi, owner_id: noPi, note, secret_hash: noPi, pinned_on: noPi, created_at: noPi },
    },
  ]);

  it('exports the new table with its declaration, and erasure deletes its rows', async () => {
    await sql`create table widget_notes (id uuid primary key default gen_random_uuid(), owner_id uuid not null, note text not null,
      secret_hash text not null, pinned_on date, created_at timestamptz not null default now())`.execute(t.db);
    const me = await buildUser(t.app);
    const other = await buildUser(t.app);
    await sql`insert into widget_notes (owner_id, note, secret_hash, pinned_on) values
      (${me.userId}, '我的便签', 'h-mine', '2026-01-05'), (${other.userId}, '别人的便签', 'h-other', null)`.execute(t.db);
    const rights = createRightsService({
      inventory: [...inventory, ...widgets],
      cipher: t.services.cipher,
      audit: t.services.audit,
      access: createAccessDoor(t.services.audit),
      settings: { cancellationCoolingOffDays: 7 },
    });

    const { doc } = await rights.createExport(ctxFor(me.userId));
    const table = doc.modules.widgets?.widget_notes;
    expect(table?.rows).toEqual([{ id: expect.any(String), owner_id: me.userId, note: '我的便签', pinned_on: '2026-01-05', created_at: expect.any(String) }]);
    expect(table?.columns.note).toMatchObject({ pi: true, category: 'communication.message' });
    expect(table?.columns).not.toHaveProperty('secret_hash');
    expect(JSON.stringify(doc)).not.toContain('h-mine');

    const report = await rights.eraseSubject(t.db, me.userId);
    expect(report.steps).toContainEqual({ table: 'widget_notes', mode: 'delete_rows', rows: 1 });
    const left = await sql<{ owner_id: string }>`select owner_id from widget_notes`.execute(t.db);
    expect(left.rows).toEqual([{ owner_id: other.userId }]);
  });
});
