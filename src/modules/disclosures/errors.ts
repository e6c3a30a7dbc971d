import type { CatalogueEntry } from '../../platform/errors.js';

/** The disclosures module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const disclosuresErrors = {
  DISCLOSURE_NOT_FOUND: { status: 404, zh: '找不到该授权记录，或已撤回。', en: 'That disclosure was not found or has already been revoked.' },
} satisfies Record<string, CatalogueEntry>;
