import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventory } from '../../modules/index.js';
import type { DatabaseHandle } from '../../platform/db/index.js';
import { createTestDatabase } from '../../test/db.js';
import { noPi, type RowRetention, type TableDeclaration } from '../inventory.js';
import { approximateMs, isDuration, rowRules } from './rules.js';

const description = { zh: '测试', en: 'test' };
const table = (rowRetention: RowRetention[]): TableDeclaration => ({
  table: 'things',
  module: 'test',
  subjectColumn: null,
  columns: { id: noPi, created_at: noPi },
  rowRetention,
});

describe('row retention rules', () => {
  it('reads ISO-8601 durations the way the rules use them', () => {
    for (const ok of ['P0D', 'P1D', 'PT15M', 'PT5M30S', 'P6M', 'P3Y', 'P1Y6M', 'P2W', 'P1DT12H']) expect(isDuration(ok), ok).toBe(true);
    for (const bad of ['', 'P', 'PT', 'P1DT', '1D', 'P1.5D', 'P-1D', 'p1d', '24 hours']) expect(isDuration(bad), bad).toBe(false);
    expect(approximateMs('PT15M')).toBe(15 * 60_000);
    expect(approximateMs('P1DT1H')).toBe(25 * 3_600_000);
    expect(approximateMs('P1Y')).toBeGreaterThan(approximateMs('P11M'));
  });

  it('refuses a duplicate name, an undeclared column, a bad duration and an action the engine does not apply, naming each', () => {
    const rule = { rule: 'things.old', column: 'created_at', after: 'P1D', action: 'delete', description } as const;
    expect(rowRules([table([rule])])).toEqual([{ ...rule, table: 'things', module: 'test' }]);
    expect(() => rowRules([table([rule, rule])])).toThrow(/things\.old: declared twice/);
    expect(() => rowRules([table([{ ...rule, column: 'deleted_at' }])])).toThrow(/things\.deleted_at is not a declared column/);
    expect(() => rowRules([table([{ ...rule, after: '1 day' }])])).toThrow(/"1 day" is not an ISO-8601 duration/);
    expect(() => rowRules([table([{ ...rule, action: 'anonymise' }])])).toThrow(/action anonymise is not applied yet/);
  });

  it('accepts every rule of the inventory', () => {
    expect(rowRules(inventory).length).toBeGreaterThan(0);
  });

  it('gives every table of short-lived data a row rule', () => {
    const shortLived = ['sms_codes', 'sms_outbox', 'auth_failures', 'sessions'];
    for (const name of shortLived) {
      const t = inventory.find((d) => d.table === name);
      expect(t, name).toBeDefined();
      expect(t?.rowRetention?.length ?? 0, `${name} has no rowRetention`).toBeGreaterThan(0);
    }
  });

  it('keeps no row longer than the retention its personal-information columns promise', () => {
    // A column kept "1 day after creation" is only honest if its row goes within that day.
    const countedFrom = { created: 'created_at', expired: 'expires_at' } as const;
    for (const t of inventory) {
      for (const [name, col] of Object.entries(t.columns)) {
        if (!col.pi || !(col.retention.trigger in countedFrom)) continue;
        const column = countedFrom[col.retention.trigger as keyof typeof countedFrom];
        const rule = t.rowRetention?.find((r) => r.column === column && r.action === 'delete');
        expect(rule, `${t.table}.${name}: no row rule counted from ${column}`).toBeDefined();
        expect(approximateMs(rule?.after ?? 'P0D'), `${t.table}.${name}`).toBeLessThanOrEqual(approximateMs(col.retention.duration));
      }
    }
  });

  describe('against the live schema', () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await createTestDatabase();
    });
    afterAll(async () => {
      await handle?.close();
    });

    it('counts every rule from a timestamptz column that exists, and PostgreSQL reads every duration', async () => {
      const { rows } = await sql<{ table_name: string; column_name: string }>`
        select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type = 'timestamp with time zone'`.execute(handle.db);
      const timestamps = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
      for (const r of rowRules(inventory)) {
        expect(timestamps.has(`${r.table}.${r.column}`), r.rule).toBe(true);
        const parsed = await sql<{ ok: boolean }>`select cast(${r.after} as interval) >= interval '0' as ok`.execute(handle.db);
        expect(parsed.rows[0]?.ok, r.rule).toBe(true);
      }
    });
  });
});
