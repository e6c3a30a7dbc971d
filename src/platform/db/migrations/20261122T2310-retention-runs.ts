import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per retention rule per sweep: what was (or, in a dry run, would have been) removed.
  await db.schema
    .createTable('retention_runs')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('dry_run', 'boolean', (c) => c.notNull())
    .addColumn('rows_affected', 'bigint', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addPrimaryKeyConstraint('retention_runs_pkey', ['id'])
    .addCheckConstraint('retention_runs_rows_affected_check', sql`rows_affected >= 0`)
    .addCheckConstraint('retention_runs_duration_ms_check', sql`duration_ms >= 0`)
    .addCheckConstraint('retention_runs_finished_at_check', sql`finished_at >= started_at`)
    .execute();
  await db.schema.createIndex('retention_runs_rule_started_at_idx').on('retention_runs').columns(['rule', 'started_at']).execute();
  await db.schema.createIndex('retention_runs_started_at_idx').on('retention_runs').column('started_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('retention_runs').execute();
}
