/**
 * The search module's bulk index build, reached through a dynamic import so the harness runs
 * (without the index step and without the search scenarios) on a tree where the module is not
 * there yet. `null` means: no search module in this tree.
 */
import type { Db } from '../../src/platform/db/index.js';

interface RebuildOptions {
  batch?: number;
  onProgress?: (done: number) => void;
}

export interface SearchIndexBuild {
  rebuildJobIndex(db: Db, opts?: RebuildOptions): Promise<{ jobs: number }>;
  rebuildResumeIndex(db: Db, opts?: RebuildOptions): Promise<{ resumes: number }>;
}

const SEARCH_MODULE = '../../src/modules/search/index.js';

export async function searchIndexBuild(): Promise<SearchIndexBuild | null> {
  try {
    const mod = (await import(SEARCH_MODULE)) as Partial<SearchIndexBuild>;
    if (typeof mod.rebuildJobIndex !== 'function' || typeof mod.rebuildResumeIndex !== 'function') return null;
    return mod as SearchIndexBuild;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String((err as Error).message).includes('modules/search/index')) return null;
    throw err;
  }
}
