import type { CatalogueEntry } from '../../platform/errors.js';

/** The search module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const searchErrors = {
  CANDIDATE_SEARCH_UNVERIFIED: {
    status: 403,
    zh: '企业通过认证后才能搜索人才；在此之前，您可以查看投递给贵企业的简历。',
    en: 'Candidate search opens once your enterprise is verified; until then you can see the resumes sent to it.',
  },
  SEARCH_FILTER_INVALID: { status: 400, zh: '筛选条件有误，请重新选择。', en: 'A filter is not valid; choose it again.' },
} satisfies Record<string, CatalogueEntry>;
