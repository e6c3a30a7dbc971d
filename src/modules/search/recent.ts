import type { Db } from '../../platform/db/index.js';
import { searchRepository as repo } from './repository.js';

export type RecentJob = Awaited<ReturnType<typeof repo.recent>>[number];

/** Newest open jobs of some positions and cities (an empty list means any), for recommendations. */
export function recentJobs(db: Db, opts: { positions: string[]; cities: string[]; exclude: number[]; now: Date; limit: number }): Promise<RecentJob[]> {
  return repo.recent(db, opts);
}
