import type { ColumnType } from 'kysely';
import type { Timestamp, TimestampDefault, TimestampNullable } from '../platform/db/column-types.js';

export interface SubjectKeysTable {
  subject_id: string;
  kek_id: string;
  wrapped_key: string;
  created_at: TimestampDefault;
  rewrapped_at: TimestampNullable;
}

export interface AuditLogTable {
  seq: ColumnType<number, never, never>;
  occurred_at: Timestamp;
  actor_id: string | null;
  actor_role: string;
  subject_id: string | null;
  enterprise_id: number | null;
  action: string;
  purpose: string;
  fields: string[];
  reason: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditCheckpointsTable {
  seq: number;
  hash: string;
  purged_at: TimestampDefault;
  entries_purged: number;
}

export interface ConsentLedgerTable {
  seq: ColumnType<number, never, never>;
  subject_id: string;
  purpose: string;
  decision: 'granted' | 'withdrawn';
  policy_hash: string;
  material_hash: string;
  screen: string;
  occurred_at: TimestampDefault;
  request_id: string | null;
}

export interface PrivacyTables {
  consent_ledger: ConsentLedgerTable;
  subject_keys: SubjectKeysTable;
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointsTable;
}
