/**
 * The search module's bulk index build, the one step of the loader that belongs to the module:
 * `rebuildJobIndex` and `rebuildResumeIndex` of src/modules/search, timed by the harness.
 */
import { rebuildJobIndex, rebuildResumeIndex } from '../../src/modules/search/index.js';
import type { Db } from '../../src/platform/db/index.js';

export interface SearchIndexBuild {
  rebuildJobIndex(db: Db, opts?: { onProgress?: (done: number) => void }): Promise<{ jobs: number }>;
  rebuildResumeIndex(db: Db, opts?: { onProgress?: (done: number) => void }): Promise<{ resumes: number }>;
}

export async function searchIndexBuild(): Promise<SearchIndexBuild | null> {
  return { rebuildJobIndex, rebuildResumeIndex };
}
