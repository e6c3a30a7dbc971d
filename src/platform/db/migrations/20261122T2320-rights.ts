import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A cancelled account keeps its row (with every personal field replaced) so that ids elsewhere
  // (audit entries, request records) still point at something; it can never sign in again.
  await sql`alter table users drop constraint users_status_check`.execute(db);
  await sql`alter table users add constraint users_status_check check (status in ('active', 'disabled', 'cancelled'))`.execute(db);
  // Set while the person has asked for processing of their data to be restricted (PIPL Art. 44).
  await db.schema.alterTable('users').addColumn('restricted_at', 'timestamptz').execute();

  // Data-subject requests: exports, cancellations, deletion and restriction requests, complaints.
  await db.schema
    .createTable('data_requests')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('subject_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('received'))
    .addColumn('details', 'text')
    .addColumn('items', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('refusal_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('effective_at', 'timestamptz')
    .addColumn('completed_at', 'timestamptz')
    .addPrimaryKeyConstraint('data_requests_pkey', ['id'])
    .addForeignKeyConstraint('data_requests_subject_id_fkey', ['subject_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
    .addCheckConstraint('data_requests_kind_check', sql`kind in ('export', 'cancellation', 'correction', 'deletion', 'restriction', 'complaint')`)
    .addCheckConstraint('data_requests_status_check', sql`status in ('received', 'in_progress', 'completed', 'refused', 'withdrawn')`)
    .addCheckConstraint('data_requests_details_length_check', sql`details is null or char_length(details) <= 1000`)
    .addCheckConstraint('data_requests_refusal_reason_length_check', sql`refusal_reason is null or char_length(refusal_reason) <= 1000`)
    .addCheckConstraint('data_requests_effective_at_check', sql`(kind = 'cancellation') = (effective_at is not null)`)
    .addCheckConstraint('data_requests_completed_at_check', sql`(status in ('completed', 'refused', 'withdrawn')) = (completed_at is not null)`)
    .execute();
  await db.schema.createIndex('data_requests_subject_idx').on('data_requests').columns(['subject_id', 'created_at']).execute();
  // The operators' queue: open requests by deadline.
  await db.schema
    .createIndex('data_requests_open_due_idx')
    .on('data_requests')
    .columns(['due_on', 'created_at'])
    .where(sql<boolean>`status in ('received', 'in_progress')`)
    .execute();
  // The erasure sweep: cancellations whose cooling-off has ended.
  await db.schema
    .createIndex('data_requests_cancellation_due_idx')
    .on('data_requests')
    .column('effective_at')
    .where(sql<boolean>`kind = 'cancellation' and status = 'in_progress'`)
    .execute();
  // At most one cancellation under way, and at most one restriction in force, per person.
  await db.schema
    .createIndex('data_requests_one_open_cancellation_key')
    .on('data_requests')
    .column('subject_id')
    .unique()
    .where(sql<boolean>`kind = 'cancellation' and status in ('received', 'in_progress')`)
    .execute();
  await db.schema
    .createIndex('data_requests_one_restriction_key')
    .on('data_requests')
    .column('subject_id')
    .unique()
    .where(sql<boolean>`kind = 'restriction' and status in ('received', 'in_progress', 'completed')`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('data_requests').execute();
  await db.schema.alterTable('users').dropColumn('restricted_at').execute();
  await sql`update users set status = 'disabled' where status = 'cancelled'`.execute(db);
  await sql`alter table users drop constraint users_status_check`.execute(db);
  await sql`alter table users add constraint users_status_check check (status in ('active', 'disabled'))`.execute(db);
}
