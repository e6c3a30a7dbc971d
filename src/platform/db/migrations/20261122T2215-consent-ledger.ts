import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Append-only, enforced in the database: rows can be added, never changed; deletion only by a
  // retention sweep that sets renhe.allow_purge for its own transaction.
  await sql`
    create function renhe_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and current_setting('renhe.allow_purge', true) = 'on' then
        return old;
      end if;
      raise exception '% is append-only', tg_table_name using errcode = 'P0001';
    end $$`.execute(db);

  await db.schema
    .createTable('consent_ledger')
    .addColumn('seq', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('subject_id', 'uuid', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('policy_hash', 'text', (c) => c.notNull())
    .addColumn('material_hash', 'text', (c) => c.notNull())
    .addColumn('screen', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn('request_id', 'text')
    .addCheckConstraint('consent_ledger_decision_check', sql`decision in ('granted', 'withdrawn')`)
    .execute();
  await db.schema.createIndex('consent_ledger_subject_purpose_idx').on('consent_ledger').columns(['subject_id', 'purpose', 'seq']).execute();

  await sql`create trigger consent_ledger_append_only before update or delete on consent_ledger for each row execute function renhe_append_only()`.execute(db);
  await sql`create trigger audit_log_append_only before update or delete on audit_log for each row execute function renhe_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists audit_log_append_only on audit_log`.execute(db);
  await db.schema.dropTable('consent_ledger').execute();
  await sql`drop function if exists renhe_append_only()`.execute(db);
}
