import type { ColumnType, Generated } from 'kysely';
import type { TimestampDefault } from '../../platform/db/column-types.js';

export type Visibility = 'public' | 'applied' | 'private';
export type Gender = 'female' | 'male' | 'other';
export type JobStatus = 'looking' | 'open' | 'not_looking';
export type JobType = 'full_time' | 'part_time' | 'internship';

/** Months as YYYY-MM; an end of null means "until now". */
export interface EducationEntry {
  school: string;
  major: string;
  degree: string;
  start: string;
  end: string | null;
}

export interface ExperienceEntry {
  company: string;
  title: string;
  start: string;
  end: string | null;
  monthlySalary: number | null;
  description: string;
  internship: boolean;
}

export interface ProjectEntry {
  name: string;
  role: string;
  start: string;
  end: string | null;
  description: string;
}

export interface CertificateEntry {
  name: string;
  issuedOn: string | null;
}

type Json<T> = ColumnType<T, string | undefined, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface ResumesTable {
  id: Generated<number>;
  user_id: string;
  title: string;
  visibility: Generated<Visibility>;
  real_name: Generated<string>;
  gender: Gender | null;
  /** YYYY-MM-DD (the pg driver is set to return dates as text). */
  birth_date: ColumnType<string | null, string | null | undefined, string | null>;
  city: Generated<string>;
  education_level: string | null;
  years_of_work: number | null;
  job_status: JobStatus | null;
  avatar_file_id: string | null;
  introduction: Generated<string>;
  intended_positions: TextArray;
  intended_cities: TextArray;
  job_types: TextArray;
  salary_min: number | null;
  salary_max: number | null;
  education: Json<EducationEntry[]>;
  experience: Json<ExperienceEntry[]>;
  projects: Json<ProjectEntry[]>;
  skills: Json<string[]>;
  certificates: Json<CertificateEntry[]>;
  attachment_file_id: string | null;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
}

export interface ResumeBlocksTable {
  seeker_id: string;
  enterprise_id: number;
  created_at: TimestampDefault;
}

/** The resumes module's tables as Kysely sees them. */
export interface ResumesTables {
  resumes: ResumesTable;
  resume_blocks: ResumeBlocksTable;
}
