import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../platform/db/column-types.js';

export interface RetentionRunsTable {
  id: Generated<string>;
  rule: string;
  dry_run: boolean;
  rows_affected: ColumnType<number, number, number>;
  started_at: Timestamp;
  finished_at: Timestamp;
  duration_ms: number;
  error: string | null;
}

export interface RetentionTables {
  retention_runs: RetentionRunsTable;
}
