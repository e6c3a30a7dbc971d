import type { Generated } from 'kysely';
import type { TimestampDefault } from '../../platform/db/column-types.js';

/** A seeker's last view of a job, kept only while personalised recommendation is on. */
export interface JobViewsTable {
  user_id: string;
  job_id: number;
  views: Generated<number>;
  viewed_at: TimestampDefault;
}

export type InterestKind = 'position' | 'city';

/** An interest drawn from what a seeker viewed, saved and applied to; visible and deletable by them. */
export interface InterestTagsTable {
  id: Generated<number>;
  user_id: string;
  kind: InterestKind;
  value: string;
  weight: Generated<number>;
  updated_at: TimestampDefault;
}

export interface RecommendationsTables {
  job_views: JobViewsTable;
  interest_tags: InterestTagsTable;
}
