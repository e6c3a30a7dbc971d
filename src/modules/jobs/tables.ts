import type { Generated } from 'kysely';
import type { TimestampDefault } from '../../platform/db/column-types.js';

export type JobType = 'full_time' | 'part_time' | 'internship';

export interface JobsTable {
  id: Generated<number>;
  enterprise_id: number;
  title: string;
  category: string;
  city: string;
  district: string | null;
  salary_min: number;
  salary_max: number;
  salary_months: Generated<number>;
  experience: string;
  education: string;
  job_type: Generated<JobType>;
  headcount: Generated<number>;
  tags: Generated<string[]>;
  description: string;
  requirements: string;
  status: Generated<'open' | 'closed'>;
  published_at: TimestampDefault;
  created_at: TimestampDefault;
}

export interface JobsTables {
  jobs: JobsTable;
}
