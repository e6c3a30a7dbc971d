import type { CatalogueEntry } from '../../platform/errors.js';

/** The reports module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const reportsErrors = {} satisfies Record<string, CatalogueEntry>;
