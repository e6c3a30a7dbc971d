import type { Generated } from 'kysely';
import type { TimestampDefault, TimestampNullable } from '../../platform/db/column-types.js';

export const REPORT_REASONS = ['fraud', 'discrimination', 'false_information', 'harassment', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export type ReportTarget = 'job' | 'enterprise';
export type ReportStatus = 'open' | 'upheld' | 'dismissed';

export interface ReportsTable {
  id: Generated<string>;
  reporter_id: string;
  target: ReportTarget;
  /** Null once the reporter's account has been erased (the row then only counts as a handled report). */
  job_id: number | null;
  enterprise_id: number | null;
  reason: ReportReason | null;
  description: string | null;
  status: Generated<ReportStatus>;
  /** The operator's answer, which the reporter sees. */
  outcome: string | null;
  decided_by: string | null;
  created_at: TimestampDefault;
  decided_at: TimestampNullable;
}

export interface EnterpriseFlagsTable {
  enterprise_id: number;
  reason: ReportReason;
  flagged_at: TimestampDefault;
}

/** The reports module's tables as Kysely sees them. */
export interface ReportsTables {
  reports: ReportsTable;
  enterprise_flags: EnterpriseFlagsTable;
}
