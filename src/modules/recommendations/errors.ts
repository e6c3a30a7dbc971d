import type { CatalogueEntry } from '../../platform/errors.js';

/** The recommendations module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const recommendationsErrors = {
  INTEREST_TAG_NOT_FOUND: { status: 404, zh: '找不到该兴趣标签，可能已被删除。', en: 'That interest tag was not found; it may have been deleted already.' },
} satisfies Record<string, CatalogueEntry>;
