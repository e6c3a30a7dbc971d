import type { CatalogueEntry } from '../../platform/errors.js';

/** The applications module's entries of the error catalogue (merged into src/platform/errors.ts). */
export const applicationsErrors = {
  APPLICATION_NOT_FOUND: { status: 404, zh: '找不到该投递记录。', en: 'That application was not found.' },
  ALREADY_APPLIED: {
    status: 409,
    zh: '您已投递过这个职位，可在“我的投递”中查看进度。',
    en: 'You have already applied for this job; follow it under "My applications".',
  },
  APPLY_RESUME_NOT_FOUND: { status: 400, zh: '请选择您自己的一份简历。', en: 'Choose one of your own resumes.' },
  APPLY_RESUME_PRIVATE: {
    status: 409,
    zh: '这份简历设为“仅自己可见”，企业无法查看。请先把它的公开范围改为“投递过的企业可见”或“公开”，再投递。',
    en: 'This resume is set to "only me", so the enterprise could not see it. Change its visibility to "enterprises I apply to" or "public" first, then apply.',
  },
  APPLY_ENTERPRISE_BLOCKED: {
    status: 409,
    zh: '您已屏蔽该企业，不能向其投递。如需投递，请先在简历设置中解除屏蔽。',
    en: 'You have blocked this enterprise, so you cannot apply to it. Unblock it in your resume settings first.',
  },
  STATUS_CHANGE_NOT_ALLOWED: {
    status: 409,
    zh: '该投递当前的状态不能变更为所选状态。',
    en: 'The application cannot move from its current status to the chosen one.',
  },
  INTERVIEW_NOT_FOUND: { status: 404, zh: '找不到该面试安排。', en: 'That interview was not found.' },
  INTERVIEW_TIME_PAST: { status: 400, zh: '面试时间必须晚于现在。', en: 'The interview time must be in the future.' },
  INTERVIEW_LINK_INVALID: {
    status: 400,
    zh: '线上面试请填写以 https:// 或 http:// 开头的会议链接。',
    en: 'For an online interview, enter a meeting link starting with https:// or http://.',
  },
  INTERVIEW_OPEN: {
    status: 409,
    zh: '这份投递已有一个等待答复的面试邀请，请先处理或取消它。',
    en: 'This application already has an interview invitation waiting for an answer; settle or cancel it first.',
  },
  INTERVIEW_NOT_ANSWERABLE: { status: 409, zh: '该面试邀请当前不能执行此操作。', en: 'This interview invitation cannot be changed that way now.' },
  INTERVIEW_PROPOSAL_REQUIRED: { status: 400, zh: '请填写您提议的面试时间。', en: 'Give the interview time you propose.' },
  CONTACT_NOT_ACCEPTED: {
    status: 403,
    zh: '该求职者目前不接受招聘方的联系请求；对方仍可主动投递您的职位。',
    en: 'This job seeker does not accept contact requests at the moment; they can still apply to your jobs.',
  },
  CONTACT_RESUME_NOT_FOUND: { status: 404, zh: '找不到该简历，或您无权查看。', en: 'That resume was not found, or you may not see it.' },
  CONTACT_ENTERPRISE_UNVERIFIED: {
    status: 403,
    zh: '企业通过认证后才能发送联系请求。',
    en: 'Your enterprise must be verified before it can send contact requests.',
  },
  CONTACT_JOB_INVALID: { status: 400, zh: '请选择本企业正在招聘的一个职位。', en: "Choose one of your enterprise's open jobs." },
  CONTACT_REQUEST_PENDING: {
    status: 409,
    zh: '贵企业已有一条联系请求在等待该求职者答复。',
    en: "Your enterprise already has a contact request waiting for this job seeker's answer.",
  },
  CONTACT_DAILY_LIMIT: {
    status: 429,
    zh: '今日发送联系请求的次数已达上限，请明天再试。',
    en: "You have reached today's limit for contact requests. Try again tomorrow.",
  },
  CONTACT_ALREADY_SHARED: {
    status: 409,
    zh: '该求职者已向贵企业公开联系方式，无需再发送联系请求。',
    en: 'This job seeker already shares their contact details with your enterprise; no request is needed.',
  },
  CONTACT_REQUEST_NOT_FOUND: { status: 404, zh: '找不到该联系请求。', en: 'That contact request was not found.' },
  CONTACT_REQUEST_CLOSED: { status: 409, zh: '该联系请求已处理或已过期。', en: 'That contact request has already been answered or has expired.' },
} satisfies Record<string, CatalogueEntry>;
