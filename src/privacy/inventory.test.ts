import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventory } from '../modules/index.js';
import type { DatabaseHandle } from '../platform/db/index.js';
import { createTestDatabase } from '../test/db.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe('personal-information inventory', () => {
  it('declares every column of every table, and only columns that exist', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select c.table_name, c.column_name
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.table_name not like 'schema_migrations%'`.execute(handle.db);
    const live = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
    const declared = new Set(inventory.flatMap((t) => Object.keys(t.columns).map((c) => `${t.table}.${c}`)));
    const undeclared = [...live].filter((c) => !declared.has(c)).sort();
    const phantom = [...declared].filter((c) => !live.has(c)).sort();
    expect(undeclared, 'columns without a declaration in a data.ts').toEqual([]);
    expect(phantom, 'declarations of columns that do not exist').toEqual([]);
  });

  it('declares each table once, with a subject column that exists', () => {
    const names = inventory.map((t) => t.table);
    expect(new Set(names).size).toBe(names.length);
    for (const t of inventory) {
      if (t.subjectColumn) expect(Object.keys(t.columns), t.table).toContain(t.subjectColumn);
    }
  });

  it('gives every personal-information column a purpose, a feature and a retention rule', () => {
    for (const t of inventory) {
      for (const [name, col] of Object.entries(t.columns)) {
        if (!col.pi) continue;
        const where = `${t.table}.${name}`;
        expect(col.purposes.length, where).toBeGreaterThan(0);
        for (const p of col.purposes) expect(p.zh && p.en, where).toBeTruthy();
        expect(col.retention.duration, where).toMatch(/^P(T?\d+[YMWDHS])+$|^P0D$/);
        expect(col.category, where).toMatch(/^[a-z_]+\.[a-z_.]+$/);
      }
    }
  });
});
