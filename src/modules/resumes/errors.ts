import type { CatalogueEntry } from '../../platform/errors.js';

/** The resumes module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const resumesErrors = {
  RESUME_NOT_FOUND: { status: 404, zh: '找不到该简历，或您无权查看。', en: 'That resume was not found, or you may not see it.' },
  RESUME_LIMIT: { status: 409, zh: '每人最多保存 5 份简历，请先删除不用的简历。', en: 'You can keep at most 5 resumes. Delete one you no longer use first.' },
  RESUME_DATES_ORDER: {
    status: 400,
    zh: '时间填写有误：开始时间须早于结束时间，且不能晚于本月。',
    en: 'Check the dates: a start must come before its end, and neither may be after this month.',
  },
  SALARY_RANGE_INVALID: { status: 400, zh: '期望薪资的最低值不能高于最高值。', en: 'The lowest expected salary cannot be above the highest.' },
  POSITION_CODE_UNKNOWN: { status: 400, zh: '请从职位列表中选择求职意向。', en: 'Choose the positions you want from the list of positions.' },
  EDUCATION_CODE_UNKNOWN: { status: 400, zh: '请从列表中选择学历。', en: 'Choose an education level from the list.' },
  ATTACHMENT_NOT_FOUND: { status: 404, zh: '该简历没有附件。', en: 'This resume has no attachment.' },
  BLOCK_LIMIT: { status: 409, zh: '最多可屏蔽 100 家企业。', en: 'You can block at most 100 enterprises.' },
} satisfies Record<string, CatalogueEntry>;
