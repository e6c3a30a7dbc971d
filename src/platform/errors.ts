/**
 * The one error catalogue. Every error the API returns has a stable code, an HTTP status and a
 * message in each supported language. Routes and services throw AppError with a code from here;
 * the HTTP error handler turns it into `{ error: { code, message, details? } }`.
 */

import { applicationsErrors } from '../modules/applications/errors.js';
import { disclosuresErrors } from '../modules/disclosures/errors.js';
import { favouritesErrors } from '../modules/favourites/errors.js';
import { jobsErrors } from '../modules/jobs/errors.js';
import { recommendationsErrors } from '../modules/recommendations/errors.js';
import { reportsErrors } from '../modules/reports/errors.js';
import { resumesErrors } from '../modules/resumes/errors.js';
import { searchErrors } from '../modules/search/errors.js';

export type Locale = 'zh-CN' | 'en';
export const locales: readonly Locale[] = ['zh-CN', 'en'];

export interface CatalogueEntry {
  status: number;
  zh: string;
  en: string;
}

export const catalogue = {
  VALIDATION_FAILED: { status: 400, zh: '提交的内容不符合要求，请检查后重试。', en: 'Some of the submitted data is invalid. Please check it and try again.' },
  UNKNOWN_FIELD: { status: 400, zh: '请求中包含不被接受的字段。', en: 'The request contains a field that is not accepted.' },
  MALFORMED_BODY: { status: 400, zh: '请求内容无法解析。', en: 'The request body could not be parsed.' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求内容过大。', en: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持该内容类型。', en: 'This content type is not supported.' },
  PHONE_INVALID: { status: 400, zh: '请输入正确的中国大陆手机号码。', en: 'Enter a valid mainland China mobile number.' },
  SMS_TOO_SOON: { status: 429, zh: '验证码发送过于频繁，请稍后再试。', en: 'A code was sent moments ago. Please wait before asking for another.' },
  SMS_DAILY_LIMIT: {
    status: 429,
    zh: '今日获取验证码次数已达上限，请明天再试。',
    en: 'The daily limit for verification codes has been reached. Please try again tomorrow.',
  },
  CODE_INVALID: { status: 400, zh: '验证码错误或已过期，请重新获取。', en: 'The code is wrong or has expired. Please request a new one.' },
  CREDENTIALS_INVALID: { status: 401, zh: '手机号或密码不正确。', en: 'The phone number or password is incorrect.' },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    zh: '尝试次数过多，请 15 分钟后再试或使用验证码登录。',
    en: 'Too many attempts. Try again in 15 minutes or sign in with a code.',
  },
  TERMS_NOT_ACCEPTED: { status: 400, zh: '请阅读并同意用户协议和隐私政策。', en: 'Please read and accept the user agreement and the privacy policy.' },
  BIRTH_DATE_REQUIRED: { status: 400, zh: '求职者需要填写出生日期。', en: 'Job seekers must give their date of birth.' },
  BIRTH_DATE_INVALID: { status: 400, zh: '出生日期无效。', en: 'The date of birth is not valid.' },
  SEEKER_TOO_YOUNG: { status: 400, zh: '根据劳动法规定，未满 16 周岁不能注册为求职者。', en: 'You must be at least 16 years old to register as a job seeker.' },
  GUARDIAN_CONSENT_REQUIRED: {
    status: 400,
    zh: '未满 14 周岁的用户需经监护人同意后才能使用，目前无法在线完成，请由监护人与我们联系。',
    en: 'Users under 14 need a guardian to consent first, which cannot be done online yet; please ask a guardian to contact us.',
  },
  PHONE_ALREADY_REGISTERED: { status: 409, zh: '该手机号已注册，请直接登录。', en: 'This number already has an account. Please sign in.' },
  PASSWORD_WEAK: { status: 400, zh: '密码至少 8 位，且需同时包含字母和数字。', en: 'Passwords need at least 8 characters with both letters and digits.' },
  PASSWORD_WRONG: { status: 400, zh: '当前密码不正确。', en: 'The current password is incorrect.' },
  ROLE_NOT_ALLOWED: { status: 400, zh: '不能自行注册为该角色。', en: 'This role cannot be chosen at sign-up.' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录。', en: 'Please sign in first.' },
  CSRF_INVALID: { status: 403, zh: '请求校验失败，请刷新页面后重试。', en: 'The request could not be verified. Please reload the page and try again.' },
  FORBIDDEN: { status: 403, zh: '没有权限执行此操作。', en: 'You are not allowed to do this.' },
  REASON_REQUIRED: { status: 400, zh: '查看他人个人信息需要填写理由。', en: "Viewing another person's data requires a stated reason." },
  CONSENT_NOT_GIVEN: {
    status: 403,
    zh: '您未同意或已撤回该项授权，此功能不会使用您的相关信息。',
    en: 'You have not given, or have withdrawn, consent for this purpose, so this feature does not use your data.',
  },
  CONSENT_PURPOSE_UNKNOWN: { status: 400, zh: '没有这项授权。', en: 'There is no such consent.' },
  CONSENT_REQUIRED_FOR_ACCOUNT: {
    status: 400,
    zh: '用户协议与隐私政策是使用账号的前提；如不再同意，请注销账号。',
    en: 'The user agreement and privacy policy are needed for the account itself; to withdraw, cancel the account.',
  },
  NOT_FOUND: { status: 404, zh: '找不到请求的内容。', en: 'The requested item was not found.' },
  SESSION_NOT_FOUND: { status: 404, zh: '该登录设备不存在或已退出。', en: 'That session does not exist or has already ended.' },
  JOB_NOT_FOUND: { status: 404, zh: '该职位不存在或已下线。', en: 'This job does not exist or is no longer open.' },
  FILE_REQUIRED: { status: 400, zh: '请选择要上传的文件。', en: 'Please choose a file to upload.' },
  FILE_TOO_LARGE: { status: 413, zh: '文件过大，请压缩后重新上传。', en: 'The file is too large. Please make it smaller and upload it again.' },
  FILE_TYPE_NOT_ALLOWED: {
    status: 400,
    zh: '文件类型不受支持（按文件内容判断，与文件名无关）。',
    en: 'This type of file is not accepted (judged by its content, not its name).',
  },
  CREDIT_CODE_INVALID: {
    status: 400,
    zh: '统一社会信用代码格式不正确或校验位错误，请核对营业执照。',
    en: 'The unified social credit code is malformed or its check character is wrong. Please check the business licence.',
  },
  CREDIT_CODE_TAKEN: {
    status: 409,
    zh: '该统一社会信用代码已被其他企业使用，如企业被冒用，请提交认领申请。',
    en: 'Another listing already uses this credit code; if it is yours, file a claim.',
  },
  ENTERPRISE_NAME_TAKEN: {
    status: 409,
    zh: '已有同名企业，可以申请加入或认领。',
    en: 'An enterprise with this name already exists; you can ask to join it or claim it.',
  },
  ENTERPRISE_NOT_FOUND: { status: 404, zh: '找不到该企业。', en: 'This enterprise was not found.' },
  ALREADY_IN_ENTERPRISE: {
    status: 409,
    zh: '您已属于一家企业，需先退出才能加入或创建其他企业。',
    en: 'You already belong to an enterprise; leave it before joining or creating another.',
  },
  NOT_IN_ENTERPRISE: { status: 409, zh: '您尚未加入任何企业。', en: 'You do not belong to an enterprise.' },
  JOIN_REQUEST_EXISTS: {
    status: 409,
    zh: '您已申请加入该企业，请等待管理员审核。',
    en: 'You have already asked to join this enterprise; an admin will review it.',
  },
  JOIN_REQUEST_NOT_FOUND: { status: 404, zh: '找不到该加入申请，或已处理。', en: 'That join request was not found or has already been handled.' },
  INVITATION_EXISTS: { status: 409, zh: '已向该手机号发出邀请，尚未答复。', en: 'This number already has an invitation waiting for an answer.' },
  INVITATION_NOT_FOUND: { status: 404, zh: '找不到该邀请，或已失效。', en: 'That invitation was not found or is no longer valid.' },
  MEMBER_NOT_FOUND: { status: 404, zh: '该成员不属于本企业。', en: 'That person is not a member of this enterprise.' },
  LAST_ADMIN: { status: 409, zh: '企业至少需要保留一名管理员。', en: 'An enterprise must keep at least one admin.' },
  PHOTO_LIMIT: { status: 409, zh: '企业相册最多 9 张照片。', en: 'An enterprise can show at most 9 photos.' },
  CERTIFICATION_PENDING: { status: 409, zh: '认证材料正在审核中，请耐心等待。', en: 'The certification is already being reviewed.' },
  ALREADY_VERIFIED: { status: 409, zh: '该企业已通过认证。', en: 'This enterprise is already verified.' },
  CLAIM_PENDING: { status: 409, zh: '您对该企业的认领申请正在审核中。', en: 'Your claim on this enterprise is already being reviewed.' },
  REVIEW_NOT_FOUND: { status: 404, zh: '找不到该审核申请。', en: 'That review was not found.' },
  REVIEW_CLOSED: { status: 409, zh: '该申请已处理，不能再更改。', en: 'That review has been decided and can no longer be changed.' },
  CANCELLATION_PENDING: {
    status: 409,
    zh: '账号注销已在冷静期内，如需继续使用账号，可以撤销注销。',
    en: 'Cancellation of this account is already under way; you can still undo it during the cooling-off period.',
  },
  CANCELLATION_NOT_FOUND: { status: 404, zh: '没有正在进行的账号注销。', en: 'There is no account cancellation under way.' },
  REQUEST_ALREADY_OPEN: { status: 409, zh: '您已提交过同类申请，正在处理或已生效。', en: 'A request of this kind is already open or in force.' },
  REQUEST_NOT_FOUND: { status: 404, zh: '找不到该申请。', en: 'That request was not found.' },
  REQUEST_CLOSED: { status: 409, zh: '该申请已办结，不能再更改。', en: 'That request has been closed and can no longer be changed.' },
  REQUEST_HANDLED_AUTOMATICALLY: {
    status: 409,
    zh: '导出和注销申请由系统自动办理，不能手动更改状态。',
    en: 'Exports and cancellations are carried out automatically; their status cannot be set by hand.',
  },
  DELETION_ITEMS_UNKNOWN: {
    status: 400,
    zh: '申请删除的项目不在个人信息清单中。',
    en: 'Some of the items to delete are not in the list of personal information.',
  },
  REFUSAL_REASON_REQUIRED: { status: 400, zh: '拒绝申请时必须说明理由。', en: 'A refusal needs a reason, which the person will see.' },
  SUBJECT_RESTRICTED: {
    status: 403,
    zh: '该用户已要求限制处理其个人信息，除存储和依法处理外不得使用。',
    en: 'This person has restricted the processing of their data: apart from storage and legal duties it may not be used.',
  },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试。', en: 'Too many requests. Please slow down.' },
  INTERNAL: { status: 500, zh: '服务器开小差了，请稍后再试。', en: 'Something went wrong on our side. Please try again later.' },
  UNAVAILABLE: { status: 503, zh: '服务暂时不可用。', en: 'The service is temporarily unavailable.' },
  // Each module keeps its own entries beside its code.
  ...jobsErrors,
  ...resumesErrors,
  ...disclosuresErrors,
  ...applicationsErrors,
  ...reportsErrors,
  ...favouritesErrors,
  ...searchErrors,
  ...recommendationsErrors,
} satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof catalogue;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, details?: Record<string, unknown>) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.status = catalogue[code].status;
    this.details = details;
  }
}

export function messageFor(code: ErrorCode, locale: Locale): string {
  const entry = catalogue[code];
  return locale === 'en' ? entry.en : entry.zh;
}

/** Picks the response language: an explicit `x-renhe-locale` header, else Accept-Language, else zh-CN. */
export function pickLocale(explicit: string | undefined, acceptLanguage: string | undefined): Locale {
  if (explicit === 'en' || explicit === 'zh-CN') return explicit;
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
