import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { RequestKind, RequestStatus } from './tables.js';

/**
 * SQL of the rights module. Its own table is data_requests; besides it, it owns two pieces of
 * account state on users (restricted_at, and the move to status 'cancelled'), and — like the
 * retention engine — reads and erases the rows of every subject table the inventory names, through
 * the generic functions at the end, with table and column names taken only from the inventory.
 */
const requestColumns = [
  'id',
  'subject_id',
  'kind',
  'status',
  'details',
  'items',
  'refusal_reason',
  'created_at',
  'due_on',
  'effective_at',
  'completed_at',
] as const;

export const OPEN_STATUSES: RequestStatus[] = ['received', 'in_progress'];

export interface LiveColumn {
  table: string;
  column: string;
  dataType: string;
  nullable: boolean;
}

export const rightsRepository = {
  insertRequest(
    db: Db,
    row: {
      subject_id: string;
      kind: RequestKind;
      status: RequestStatus;
      details?: string | null;
      items?: string[];
      due_on: string;
      effective_at?: Date | null;
      completed_at?: Date | null;
    },
  ) {
    return db.insertInto('data_requests').values(row).returning(requestColumns).executeTakeFirstOrThrow();
  },

  listForSubject(db: Db, subjectId: string, limit = 200) {
    return db
      .selectFrom('data_requests')
      .select(requestColumns)
      .where('subject_id', '=', subjectId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  },

  findById(db: Db, id: string) {
    return db.selectFrom('data_requests').select(requestColumns).where('id', '=', id).executeTakeFirst();
  },

  /** Locks the row for the rest of the transaction. */
  findByIdForUpdate(db: Db, id: string) {
    return db.selectFrom('data_requests').select(requestColumns).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  findOpenOfKind(db: Db, subjectId: string, kind: RequestKind, statuses: RequestStatus[] = OPEN_STATUSES) {
    return db
      .selectFrom('data_requests')
      .select(requestColumns)
      .where('subject_id', '=', subjectId)
      .where('kind', '=', kind)
      .where('status', 'in', statuses)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  /** Closes a request (completed, refused or withdrawn) unless it is already closed. */
  close(db: Db, id: string, status: 'completed' | 'refused' | 'withdrawn', refusalReason: string | null = null, fromStatuses: RequestStatus[] = OPEN_STATUSES) {
    return db
      .updateTable('data_requests')
      .set({ status, refusal_reason: refusalReason, completed_at: sql`now()` })
      .where('id', '=', id)
      .where('status', 'in', fromStatuses)
      .returning(requestColumns)
      .executeTakeFirst();
  },

  setStatus(db: Db, id: string, status: RequestStatus) {
    return db.updateTable('data_requests').set({ status }).where('id', '=', id).returning(requestColumns).executeTakeFirstOrThrow();
  },

  /** The operators' queue: open requests, earliest deadline first. */
  listOpen(db: Db, limit: number) {
    return db
      .selectFrom('data_requests')
      .select(['id', 'subject_id', 'kind', 'status', 'items', 'created_at', 'due_on', 'effective_at'])
      .select((eb) => eb('details', 'is not', null).as('has_details'))
      .where('status', 'in', OPEN_STATUSES)
      .orderBy('due_on')
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .execute();
  },

  /** Cancellations whose cooling-off ended at or before `now`, oldest first. */
  dueCancellations(db: Db, now: Date, limit: number) {
    return db
      .selectFrom('data_requests')
      .select(['id', 'subject_id'])
      .where('kind', '=', 'cancellation')
      .where('status', '=', 'in_progress')
      .where('effective_at', '<=', now)
      .orderBy('effective_at')
      .limit(limit)
      .execute();
  },

  // --- account state owned by this module ----------------------------------------------------------

  findAccount(db: Db, subjectId: string) {
    return db.selectFrom('users').select(['id', 'status', 'restricted_at']).where('id', '=', subjectId).executeTakeFirst();
  },

  setRestricted(db: Db, subjectId: string, restricted: boolean) {
    return db
      .updateTable('users')
      .set({ restricted_at: restricted ? sql`coalesce(restricted_at, now())` : null })
      .where('id', '=', subjectId)
      .execute();
  },

  markCancelled(db: Db, subjectId: string) {
    return db.updateTable('users').set({ status: 'cancelled', restricted_at: null, updated_at: sql`now()` }).where('id', '=', subjectId).execute();
  },

  // --- generic, over the inventory's subject tables ---------------------------------------------------

  /** Type and nullability of every column of the given tables. */
  async liveColumns(db: Db, tables: string[]): Promise<LiveColumn[]> {
    if (!tables.length) return [];
    const { rows } = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>`
      select table_name, column_name, data_type, is_nullable from information_schema.columns
      where table_schema = current_schema() and table_name = any(${tables})`.execute(db);
    return rows.map((r) => ({ table: r.table_name, column: r.column_name, dataType: r.data_type, nullable: r.is_nullable === 'YES' }));
  },

  async selectSubjectRows(db: Db, table: string, subjectColumn: string, columns: string[], subjectId: string, orderBy: string | null) {
    const order = orderBy ? sql` order by ${sql.ref(orderBy)}` : sql``;
    const { rows } = await sql<Record<string, unknown>>`
      select ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(table)}
      where ${sql.ref(subjectColumn)} = ${subjectId}${order}`.execute(db);
    return rows;
  },

  async deleteSubjectRows(db: Db, table: string, subjectColumn: string, subjectId: string): Promise<number> {
    const res = await sql`delete from ${sql.table(table)} where ${sql.ref(subjectColumn)} = ${subjectId}`.execute(db);
    return Number(res.numAffectedRows ?? 0);
  },

  async updateSubjectRows(db: Db, table: string, subjectColumn: string, subjectId: string, values: Record<string, RawBuilder<unknown>>): Promise<number> {
    const sets = Object.entries(values).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
    if (!sets.length) return 0;
    const res = await sql`update ${sql.table(table)} set ${sql.join(sets)} where ${sql.ref(subjectColumn)} = ${subjectId}`.execute(db);
    return Number(res.numAffectedRows ?? 0);
  },
};
