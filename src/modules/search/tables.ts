import type { ColumnType } from 'kysely';
import type { Timestamp, TimestampNullable } from '../../platform/db/column-types.js';

type IntArray = ColumnType<number[], number[] | string, number[] | string>;
type TextArray = ColumnType<string[], string[] | string, string[] | string>;

/**
 * The job search index: one row per job, a copy of what search filters, sorts and shows, kept in
 * step with jobs and enterprises in the same transaction as their writes. Public facts only.
 */
export interface JobSearchTable {
  job_id: number;
  enterprise_id: number;
  /** The job is open (its row says so); expiry is decided by the query. */
  listed: boolean;
  expires_at: TimestampNullable;
  refreshed_at: Timestamp;
  title: string;
  enterprise_name: string;
  enterprise_verified: boolean;
  category: string;
  position: string;
  city: string;
  district: string | null;
  salary_min: number;
  salary_max: number;
  salary_months: number;
  experience: string;
  education: string;
  job_type: string;
  tags: TextArray;
  /** Term hashes of title, enterprise name, position, tags, description and requirements. */
  terms: IntArray;
  /** Term hashes of title, position and tags only: a match here ranks first. */
  head: IntArray;
  /** Description and requirements, for the excerpt shown under a result. */
  body: string;
}

/**
 * The candidate search index: one row per resume, derived from the resume (personal information,
 * declared as such), deleted with it. Privacy rules that change without the resume changing
 * (blocks, disclosures, account state) are not copied here: the query reads them where they live.
 */
export interface ResumeSearchTable {
  resume_id: number;
  user_id: string;
  visibility: string;
  birth_date: ColumnType<string | null, string | null, string | null>;
  city: string;
  intended_positions: TextArray;
  intended_cities: TextArray;
  years_of_work: number | null;
  education_level: string | null;
  salary_min: number | null;
  salary_max: number | null;
  active_at: Timestamp;
  terms: IntArray;
}

export interface SearchTables {
  job_search: JobSearchTable;
  resume_search: ResumeSearchTable;
}
