import type { CatalogueEntry } from '../../platform/errors.js';

/** The applications module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const applicationsErrors = {} satisfies Record<string, CatalogueEntry>;
