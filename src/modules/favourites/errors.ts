import type { CatalogueEntry } from '../../platform/errors.js';

/** The favourites module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const favouritesErrors = {
  FAVOURITE_TARGET_NOT_FOUND: { status: 404, zh: '找不到要收藏的内容，或您无权查看。', en: 'The item to save was not found, or you may not see it.' },
  FAVOURITE_KIND_NOT_ALLOWED: {
    status: 403,
    zh: '求职者可收藏职位和企业，招聘方可收藏候选人。',
    en: 'Job seekers save jobs and enterprises; recruiters save candidates.',
  },
  FAVOURITES_FULL: { status: 409, zh: '收藏数量已达上限（500 个），请先清理一些。', en: 'You have reached the limit of 500 saved items; remove some first.' },
} satisfies Record<string, CatalogueEntry>;
