import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Uploaded files: the bytes live in the file store under storage_key; the name the sender gave
  // is not kept, and the kind is what the bytes are, not what the name said.
  await db.schema
    .createTable('files')
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('owner_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('files_pkey', ['id'])
    .addForeignKeyConstraint('files_owner_id_fkey', ['owner_id'], 'users', ['id'])
    .addUniqueConstraint('files_storage_key_key', ['storage_key'])
    .addCheckConstraint('files_kind_check', sql`kind in ('pdf', 'doc', 'docx', 'jpeg', 'png', 'webp')`)
    .addCheckConstraint('files_size_bytes_check', sql`size_bytes > 0`)
    .addCheckConstraint('files_sha256_check', sql`sha256 ~ '^[0-9a-f]{64}$'`)
    .execute();
  await db.schema.createIndex('files_owner_id_idx').on('files').column('owner_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('files').execute();
}
