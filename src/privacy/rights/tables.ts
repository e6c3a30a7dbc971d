import type { Generated } from 'kysely';
import type { TimestampDefault, TimestampNullable } from '../../platform/db/column-types.js';

export type RequestKind = 'export' | 'cancellation' | 'correction' | 'deletion' | 'restriction' | 'complaint';
export type RequestStatus = 'received' | 'in_progress' | 'completed' | 'refused' | 'withdrawn';

export interface DataRequestsTable {
  id: Generated<string>;
  subject_id: string;
  kind: RequestKind;
  status: Generated<RequestStatus>;
  /** Short free text from the person, redacted before it is stored. */
  details: string | null;
  /** Deletion requests: the inventory columns (`table.column`) the person wants deleted. */
  items: Generated<string[]>;
  refusal_reason: string | null;
  created_at: TimestampDefault;
  /** The legal deadline: 15 working days after the request (YYYY-MM-DD, mainland China calendar). */
  due_on: string;
  /** Cancellation: when the cooling-off ends and the account is erased. */
  effective_at: TimestampNullable;
  /** When the request was closed: completed, refused or withdrawn. */
  completed_at: TimestampNullable;
}

export interface RightsTables {
  data_requests: DataRequestsTable;
}
