import type { CatalogueEntry } from '../../platform/errors.js';

/** The resumes module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const resumesErrors = {} satisfies Record<string, CatalogueEntry>;
