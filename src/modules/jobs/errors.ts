import type { CatalogueEntry } from '../../platform/errors.js';

/** The jobs module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const jobsErrors = {
  JOB_SALARY_RANGE_INVALID: {
    status: 400,
    zh: '最低月薪不能高于最高月薪。',
    en: 'The lowest monthly salary cannot be higher than the highest.',
  },
  JOB_TAXONOMY_UNKNOWN: {
    status: 400,
    zh: '职位类别、经验、学历或福利标签中有不在标准列表里的选项。',
    en: 'The position, experience, education or a welfare tag is not one of the standard options.',
  },
  JOB_STATE_CONFLICT: {
    status: 409,
    zh: '职位当前的状态不允许这项操作，请刷新页面后重试。',
    en: 'The job is not in a state that allows this. Reload the page and try again.',
  },
  JOB_REFRESH_TOO_SOON: {
    status: 429,
    zh: '每个职位每天只能刷新一次。',
    en: 'A job can be refreshed once a day.',
  },
  JOB_REVIEW_CLOSED: {
    status: 409,
    zh: '该职位已不在审核队列中。',
    en: 'This job is no longer waiting for review.',
  },
} satisfies Record<string, CatalogueEntry>;
