import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One application per job per seeker; a withdrawn one stays (with its history) until it expires.
  await db.schema
    .createTable('applications')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('job_id', 'integer', (c) => c.notNull())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('seeker_id', 'uuid', (c) => c.notNull())
    .addColumn('resume_id', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('applications_job_id_fkey', ['job_id'], 'jobs', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('applications_enterprise_id_fkey', ['enterprise_id'], 'enterprises', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('applications_seeker_id_fkey', ['seeker_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
    .addUniqueConstraint('applications_job_seeker_key', ['job_id', 'seeker_id'])
    .addCheckConstraint('applications_status_check', sql`status in ('new', 'viewed', 'interview', 'offer', 'not_suitable', 'withdrawn')`)
    .execute();
  await db.schema.createIndex('applications_seeker_idx').on('applications').columns(['seeker_id', 'created_at']).execute();
  await db.schema.createIndex('applications_pipeline_idx').on('applications').columns(['enterprise_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('applications_updated_idx').on('applications').column('updated_at').execute();

  // Every change of an application's status, with its time: the timeline both sides see.
  await db.schema
    .createTable('application_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('application_id', 'integer', (c) => c.notNull())
    .addColumn('seeker_id', 'uuid', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('application_events_application_id_fkey', ['application_id'], 'applications', ['id'], (fk) => fk.onDelete('cascade'))
    .addCheckConstraint('application_events_actor_role_check', sql`actor_role in ('seeker', 'recruiter')`)
    .execute();
  await db.schema.createIndex('application_events_application_idx').on('application_events').columns(['application_id', 'id']).execute();
  await db.schema.createIndex('application_events_seeker_idx').on('application_events').column('seeker_id').execute();

  await db.schema
    .createTable('interviews')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('application_id', 'integer', (c) => c.notNull())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('seeker_id', 'uuid', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('scheduled_at', 'timestamptz', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('contact_person', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('invited'))
    .addColumn('proposed_at', 'timestamptz')
    .addColumn('response_note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('interviews_application_id_fkey', ['application_id'], 'applications', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('interviews_created_by_fkey', ['created_by'], 'users', ['id'])
    .addCheckConstraint('interviews_mode_check', sql`mode in ('onsite', 'online')`)
    .addCheckConstraint('interviews_status_check', sql`status in ('invited', 'accepted', 'declined', 'proposed', 'cancelled')`)
    .addCheckConstraint('interviews_proposal_check', sql`(status = 'proposed') <= (proposed_at is not null)`)
    .execute();
  // At most one invitation waiting for an answer per application.
  await sql`create unique index interviews_one_open_key on interviews (application_id) where status in ('invited', 'proposed')`.execute(db);
  await db.schema.createIndex('interviews_enterprise_idx').on('interviews').columns(['enterprise_id', 'scheduled_at']).execute();
  await db.schema.createIndex('interviews_seeker_idx').on('interviews').columns(['seeker_id', 'scheduled_at']).execute();

  await db.schema
    .createTable('contact_requests')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('recruiter_id', 'uuid', (c) => c.notNull())
    .addColumn('seeker_id', 'uuid', (c) => c.notNull())
    .addColumn('resume_id', 'integer', (c) => c.notNull())
    .addColumn('job_id', 'integer', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('answered_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('contact_requests_enterprise_id_fkey', ['enterprise_id'], 'enterprises', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('contact_requests_recruiter_id_fkey', ['recruiter_id'], 'users', ['id'])
    .addForeignKeyConstraint('contact_requests_seeker_id_fkey', ['seeker_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('contact_requests_job_id_fkey', ['job_id'], 'jobs', ['id'], (fk) => fk.onDelete('cascade'))
    .addCheckConstraint('contact_requests_status_check', sql`status in ('pending', 'accepted', 'declined', 'revoked', 'expired')`)
    .addCheckConstraint('contact_requests_answered_check', sql`(status = 'pending') = (answered_at is null) or status = 'expired'`)
    .execute();
  // One request waiting for the seeker per enterprise; an expired one is closed before a new one is sent.
  await sql`create unique index contact_requests_one_pending_key on contact_requests (enterprise_id, seeker_id) where status = 'pending'`.execute(db);
  await db.schema.createIndex('contact_requests_recruiter_day_idx').on('contact_requests').columns(['recruiter_id', 'created_at']).execute();
  await db.schema.createIndex('contact_requests_seeker_idx').on('contact_requests').columns(['seeker_id', 'created_at']).execute();
  await db.schema.createIndex('contact_requests_enterprise_idx').on('contact_requests').columns(['enterprise_id', 'created_at']).execute();
  await db.schema.createIndex('contact_requests_updated_idx').on('contact_requests').column('updated_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('contact_requests').execute();
  await db.schema.dropTable('interviews').execute();
  await db.schema.dropTable('application_events').execute();
  await db.schema.dropTable('applications').execute();
}
