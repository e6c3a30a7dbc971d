import type { CatalogueEntry } from '../../platform/errors.js';

/** The jobs module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const jobsErrors = {} satisfies Record<string, CatalogueEntry>;
