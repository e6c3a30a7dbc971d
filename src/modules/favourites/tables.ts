import type { Generated } from 'kysely';
import type { TimestampDefault } from '../../platform/db/column-types.js';

export type FavouriteKind = 'job' | 'enterprise' | 'candidate';

export interface FavouritesTable {
  id: Generated<number>;
  user_id: string;
  kind: FavouriteKind;
  job_id: number | null;
  enterprise_id: number | null;
  resume_id: number | null;
  created_at: TimestampDefault;
}

/** The favourites module's tables as Kysely sees them. */
export interface FavouritesTables {
  favourites: FavouritesTable;
}
