import type { Generated } from 'kysely';
import type { TimestampDefault, TimestampNullable } from '../../platform/db/column-types.js';

export type JobType = 'full_time' | 'part_time' | 'internship';
export type JobStatus = 'draft' | 'pending' | 'open' | 'rejected' | 'closed' | 'expired';
export const jobStatuses: readonly JobStatus[] = ['draft', 'pending', 'open', 'rejected', 'closed', 'expired'];

export interface JobsTable {
  id: Generated<number>;
  enterprise_id: number;
  title: string;
  /** The position's category (taxonomy), kept beside the position for filtering. */
  category: string;
  /** A position code of the taxonomy, e.g. tech.backend. */
  position: string;
  city: string;
  district: string | null;
  address: Generated<string>;
  /** Thousands of yuan a month. */
  salary_min: number;
  salary_max: number;
  salary_months: Generated<number>;
  experience: string;
  education: string;
  job_type: Generated<JobType>;
  headcount: Generated<number>;
  /** Welfare tag codes of the taxonomy. */
  tags: Generated<string[]>;
  description: string;
  requirements: string;
  status: Generated<JobStatus>;
  /** The operator's reason when a job was rejected, shown to the recruiters. */
  review_note: string | null;
  /** Why a job waits for review: anti-fraud rule names, or a reason given by another module. */
  flags: Generated<string[]>;
  created_by: string | null;
  published_at: TimestampNullable;
  refreshed_at: TimestampNullable;
  expires_at: TimestampNullable;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
}

export interface JobsTables {
  jobs: JobsTable;
}
