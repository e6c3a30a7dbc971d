import type { CatalogueEntry } from '../../platform/errors.js';

/** The reports module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const reportsErrors = {
  REPORT_TARGET_NOT_FOUND: { status: 404, zh: '找不到要举报的职位或企业。', en: 'The job or enterprise to report was not found.' },
  REPORT_ALREADY_OPEN: {
    status: 409,
    zh: '您对该职位或企业的举报正在处理中，请等待处理结果。',
    en: 'Your report on this job or enterprise is still being handled; please wait for the outcome.',
  },
  REPORT_OWN_ENTERPRISE: { status: 400, zh: '不能举报自己所在的企业或其职位。', en: 'You cannot report your own enterprise or its jobs.' },
  REPORT_DAILY_LIMIT: {
    status: 429,
    zh: '今日提交的举报已达上限（20 条），请明天再试。',
    en: 'You have sent the most reports allowed in one day (20); please try again tomorrow.',
  },
  REPORT_NOT_FOUND: { status: 404, zh: '找不到该举报。', en: 'That report was not found.' },
  REPORT_ALREADY_DECIDED: { status: 409, zh: '该举报已处理，不能再更改。', en: 'That report has already been decided.' },
} satisfies Record<string, CatalogueEntry>;
