import type { CatalogueEntry } from '../../platform/errors.js';

/** The favourites module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const favouritesErrors = {} satisfies Record<string, CatalogueEntry>;
