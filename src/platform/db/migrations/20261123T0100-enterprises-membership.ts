import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Listings created by recruiters carry their unified social credit code; demo listings and
  // listings created before this migration have none until someone claims them.
  await db.schema
    .alterTable('enterprises')
    .addColumn('credit_code', 'text')
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('logo_file_id', 'uuid')
    .execute();
  await sql`alter table enterprises add constraint enterprises_credit_code_key unique (credit_code)`.execute(db);
  await sql`alter table enterprises add constraint enterprises_credit_code_check check (credit_code is null or credit_code ~ '^[0-9A-HJ-NP-RTUWXY]{18}$')`.execute(
    db,
  );
  await sql`alter table enterprises add constraint enterprises_logo_file_id_fkey foreign key (logo_file_id) references files (id)`.execute(db);
  await sql`create index enterprises_name_lower_idx on enterprises (lower(name) text_pattern_ops)`.execute(db);

  await db.schema
    .createTable('enterprise_photos')
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('file_id', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('enterprise_photos_pkey', ['file_id'])
    .addForeignKeyConstraint('enterprise_photos_enterprise_id_fkey', ['enterprise_id'], 'enterprises', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('enterprise_photos_file_id_fkey', ['file_id'], 'files', ['id'])
    .execute();
  await db.schema.createIndex('enterprise_photos_enterprise_idx').on('enterprise_photos').columns(['enterprise_id', 'created_at']).execute();

  // A recruiter belongs to at most one enterprise at a time.
  await db.schema
    .createTable('enterprise_members')
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('enterprise_members_pkey', ['user_id'])
    .addForeignKeyConstraint('enterprise_members_enterprise_id_fkey', ['enterprise_id'], 'enterprises', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('enterprise_members_user_id_fkey', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
    .addCheckConstraint('enterprise_members_role_check', sql`role in ('admin', 'recruiter')`)
    .execute();
  await db.schema.createIndex('enterprise_members_enterprise_idx').on('enterprise_members').columns(['enterprise_id', 'role']).execute();

  await db.schema
    .createTable('enterprise_join_requests')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'uuid')
    .addPrimaryKeyConstraint('enterprise_join_requests_pkey', ['id'])
    .addForeignKeyConstraint('enterprise_join_requests_enterprise_id_fkey', ['enterprise_id'], 'enterprises', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('enterprise_join_requests_user_id_fkey', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('enterprise_join_requests_decided_by_fkey', ['decided_by'], 'users', ['id'])
    .addCheckConstraint('enterprise_join_requests_status_check', sql`status in ('pending', 'approved', 'rejected')`)
    .addCheckConstraint('enterprise_join_requests_decided_check', sql`(status = 'pending') = (decided_at is null)`)
    .execute();
  await db.schema
    .createIndex('enterprise_join_requests_one_pending_key')
    .on('enterprise_join_requests')
    .columns(['user_id', 'enterprise_id'])
    .unique()
    .where(sql<boolean>`status = 'pending'`)
    .execute();
  await db.schema
    .createIndex('enterprise_join_requests_pending_idx')
    .on('enterprise_join_requests')
    .columns(['enterprise_id', 'created_at'])
    .where(sql<boolean>`status = 'pending'`)
    .execute();

  // An invitation is addressed to a number the admin typed; only its keyed hash (to match the
  // invitee at sign-in) and a masked form (for the admin's list) are kept.
  await db.schema
    .createTable('enterprise_invitations')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('phone_index', 'text', (c) => c.notNull())
    .addColumn('phone_masked', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'uuid', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('answered_at', 'timestamptz')
    .addPrimaryKeyConstraint('enterprise_invitations_pkey', ['id'])
    .addForeignKeyConstraint('enterprise_invitations_enterprise_id_fkey', ['enterprise_id'], 'enterprises', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('enterprise_invitations_invited_by_fkey', ['invited_by'], 'users', ['id'])
    .addCheckConstraint('enterprise_invitations_role_check', sql`role in ('admin', 'recruiter')`)
    .addCheckConstraint('enterprise_invitations_status_check', sql`status in ('pending', 'accepted', 'declined', 'revoked')`)
    .addCheckConstraint('enterprise_invitations_answered_check', sql`(status = 'pending') = (answered_at is null)`)
    .execute();
  await db.schema
    .createIndex('enterprise_invitations_one_pending_key')
    .on('enterprise_invitations')
    .columns(['enterprise_id', 'phone_index'])
    .unique()
    .where(sql<boolean>`status = 'pending'`)
    .execute();
  await db.schema.createIndex('enterprise_invitations_phone_index_idx').on('enterprise_invitations').column('phone_index').execute();

  // Certification requests and claims, reviewed by operators. The licence (and the optional
  // letter of authorisation) are files; the decision and its reason are kept with the request.
  await db.schema
    .createTable('enterprise_reviews')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'uuid', (c) => c.notNull())
    .addColumn('credit_code', 'text')
    .addColumn('licence_file_id', 'uuid', (c) => c.notNull())
    .addColumn('authorisation_file_id', 'uuid')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decided_at', 'timestamptz')
    .addPrimaryKeyConstraint('enterprise_reviews_pkey', ['id'])
    .addForeignKeyConstraint('enterprise_reviews_enterprise_id_fkey', ['enterprise_id'], 'enterprises', ['id'])
    .addForeignKeyConstraint('enterprise_reviews_submitted_by_fkey', ['submitted_by'], 'users', ['id'])
    .addForeignKeyConstraint('enterprise_reviews_decided_by_fkey', ['decided_by'], 'users', ['id'])
    .addForeignKeyConstraint('enterprise_reviews_licence_file_id_fkey', ['licence_file_id'], 'files', ['id'])
    .addForeignKeyConstraint('enterprise_reviews_authorisation_file_id_fkey', ['authorisation_file_id'], 'files', ['id'])
    .addCheckConstraint('enterprise_reviews_kind_check', sql`kind in ('certification', 'claim')`)
    .addCheckConstraint('enterprise_reviews_status_check', sql`status in ('pending', 'approved', 'rejected')`)
    .addCheckConstraint('enterprise_reviews_decided_check', sql`(status = 'pending') = (decided_at is null)`)
    .addCheckConstraint('enterprise_reviews_reason_check', sql`(status = 'rejected') = (reason is not null) and (reason is null or char_length(reason) <= 500)`)
    .addCheckConstraint('enterprise_reviews_claim_code_check', sql`(kind = 'claim') = (credit_code is not null)`)
    .execute();
  await db.schema.createIndex('enterprise_reviews_queue_idx').on('enterprise_reviews').column('created_at').where(sql<boolean>`status = 'pending'`).execute();
  await db.schema.createIndex('enterprise_reviews_enterprise_idx').on('enterprise_reviews').columns(['enterprise_id', 'created_at']).execute();
  // One open certification per enterprise; one open claim per person and listing.
  await db.schema
    .createIndex('enterprise_reviews_one_pending_certification_key')
    .on('enterprise_reviews')
    .column('enterprise_id')
    .unique()
    .where(sql<boolean>`kind = 'certification' and status = 'pending'`)
    .execute();
  await db.schema
    .createIndex('enterprise_reviews_one_pending_claim_key')
    .on('enterprise_reviews')
    .columns(['enterprise_id', 'submitted_by'])
    .unique()
    .where(sql<boolean>`kind = 'claim' and status = 'pending'`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('enterprise_reviews').execute();
  await db.schema.dropTable('enterprise_invitations').execute();
  await db.schema.dropTable('enterprise_join_requests').execute();
  await db.schema.dropTable('enterprise_members').execute();
  await db.schema.dropTable('enterprise_photos').execute();
  await sql`drop index enterprises_name_lower_idx`.execute(db);
  await db.schema.alterTable('enterprises').dropConstraint('enterprises_logo_file_id_fkey').execute();
  await db.schema.alterTable('enterprises').dropConstraint('enterprises_credit_code_check').execute();
  await db.schema.alterTable('enterprises').dropConstraint('enterprises_credit_code_key').execute();
  await db.schema.alterTable('enterprises').dropColumn('logo_file_id').dropColumn('address').dropColumn('credit_code').execute();
}
