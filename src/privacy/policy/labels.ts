import type { Locale } from '../../platform/errors.js';
import type { LegalBasis, Retention, RetentionAction, RetentionTrigger, Text, Viewer } from '../inventory.js';

/**
 * Readable names for the inventory's codes. A category used in the inventory without an entry
 * here is shown by its raw code; a test fails when that happens, so a new column cannot reach
 * the published policy with an unreadable name.
 */
export const categoryLabels: Record<string, Text> = {
  'contact.phone': { zh: '手机号码', en: 'Mobile number' },
  'contact.phone.blind_index': { zh: '手机号码的密钥散列（用于登录查找）', en: 'Keyed hash of the mobile number (for sign-in look-up)' },
  'contact.phone.masked': { zh: '部分隐藏的手机号码（如 138****5678）', en: 'Partly hidden mobile number (e.g. 138****5678)' },
  'contact.email': { zh: '电子邮箱', en: 'E-mail address' },
  'contact.address': { zh: '通讯地址', en: 'Postal address' },
  'identity.name': { zh: '姓名或称呼', en: 'Name or display name' },
  'identity.birth_date': { zh: '出生日期', en: 'Date of birth' },
  'identity.gender': { zh: '性别', en: 'Gender' },
  'identity.id_number': { zh: '身份证件号码', en: 'Identity document number' },
  'identity.photo': { zh: '头像或证件照', en: 'Profile or ID photo' },
  'biometric.face': { zh: '人脸信息', en: 'Facial data' },
  'financial.bank_card': { zh: '银行卡号', en: 'Bank card number' },
  'location.city': { zh: '所在城市', en: 'City' },
  'location.precise': { zh: '精确位置', en: 'Precise location' },
  'credential.password_hash': { zh: '登录密码（仅存不可逆散列）', en: 'Password (stored only as a one-way hash)' },
  'credential.sms_code': { zh: '短信验证码', en: 'SMS verification code' },
  'device.user_agent': { zh: '浏览器与设备型号（User-Agent）', en: 'Browser and device type (user agent)' },
  'device.ip': { zh: 'IP 地址', en: 'IP address' },
  'employment.resume.summary': { zh: '简历：个人简介', en: 'Résumé: summary' },
  'employment.resume.education': { zh: '简历：教育经历', en: 'Résumé: education' },
  'employment.resume.experience': { zh: '简历：工作经历', en: 'Résumé: work experience' },
  'employment.resume.projects': { zh: '简历：项目经历', en: 'Résumé: projects' },
  'employment.resume.skills': { zh: '简历：技能与证书', en: 'Résumé: skills and certificates' },
  'employment.resume.expectation': { zh: '简历：求职意向与期望薪资', en: 'Résumé: job wishes and expected salary' },
  'employment.resume.attachment': { zh: '简历：附件', en: 'Résumé: attachment' },
  'employment.resume.search_terms': {
    zh: '简历：人才搜索索引（不可还原的关键词散列）',
    en: 'Résumé: candidate search index (keyword hashes that cannot be read back)',
  },
  'employment.application': { zh: '投递记录', en: 'Applications' },
  'employment.interview': { zh: '面试安排', en: 'Interview arrangements' },
  'employment.contact_request': { zh: '招聘方联系请求及留言', en: 'Contact requests from recruiters and their messages' },
  'employment.disclosure': { zh: '向哪些企业公开了姓名和联系方式', en: 'Which enterprises you showed your name and contact details to' },
  'employment.employer': { zh: '所属企业（招聘方）', en: 'The enterprise you recruit for' },
  'employment.blocked_enterprise': { zh: '您屏蔽的企业', en: 'Enterprises you blocked' },
  'employment.job_posted': { zh: '您发布的职位（招聘方）', en: 'The jobs you posted (recruiters)' },
  'enterprise.licence_document': {
    zh: '企业认证材料：营业执照及授权书（可能含法定代表人姓名等）',
    en: "Enterprise certification documents: business licence and letter of authorisation (may show the legal representative's name)",
  },
  'behaviour.search': { zh: '搜索记录', en: 'Searches' },
  'behaviour.views': { zh: '职位浏览记录', en: 'Jobs viewed' },
  'behaviour.interests': { zh: '兴趣标签', en: 'Interest tags' },
  'behaviour.activity': { zh: '简历最近更新时间', en: 'When your résumé was last updated' },
  'behaviour.favourites': { zh: '收藏的职位', en: 'Saved jobs' },
  'behaviour.favourites.enterprises': { zh: '关注的企业', en: 'Saved enterprises' },
  'behaviour.favourites.candidates': { zh: '收藏的候选人（招聘方）', en: 'Saved candidates (recruiters)' },
  'communication.report': { zh: '举报的对象、理由、说明及处理结果', en: 'What you reported, why, your description and the outcome' },
  'communication.message': { zh: '聊天消息', en: 'Chat messages' },
  'communication.rights_request': { zh: '个人信息权利申请与投诉的说明及答复', en: 'What you wrote in a privacy request or complaint, and our answer' },
};

/** The first segment of a category, used to group items in the collected-PI list. */
export const groupLabels: Record<string, Text> = {
  contact: { zh: '联系方式', en: 'Contact details' },
  identity: { zh: '身份信息', en: 'Identity' },
  biometric: { zh: '生物识别信息', en: 'Biometric data' },
  financial: { zh: '财产信息', en: 'Financial data' },
  location: { zh: '位置信息', en: 'Location' },
  credential: { zh: '账号凭证', en: 'Sign-in credentials' },
  device: { zh: '设备信息', en: 'Device data' },
  employment: { zh: '求职与职业信息', en: 'Job seeking and career' },
  enterprise: { zh: '企业认证信息', en: 'Enterprise certification' },
  behaviour: { zh: '使用记录', en: 'Activity on Renhe' },
  communication: { zh: '沟通内容', en: 'Communications' },
  health: { zh: '健康信息', en: 'Health data' },
};

export const legalBasisLabels: Record<LegalBasis, Text> = {
  consent: { zh: '取得您的同意', en: 'Your consent' },
  contract: { zh: '订立、履行您作为一方的合同所必需', en: 'Needed to conclude or perform a contract you are party to' },
  legal_obligation: { zh: '履行法定职责或法定义务所必需', en: 'Needed to meet a legal duty or obligation' },
  vital_interest: {
    zh: '紧急情况下保护自然人生命健康和财产安全所必需',
    en: "Needed in an emergency to protect a person's life, health or property",
  },
  public_interest: { zh: '为公共利益实施新闻报道、舆论监督等行为', en: 'News reporting or public oversight in the public interest' },
  published_by_subject: { zh: '处理您自行公开或已合法公开的信息', en: 'Information you made public yourself, or already lawfully public' },
};

export const viewerLabels: Record<Viewer, Text> = {
  self: { zh: '您本人', en: 'you' },
  operator: { zh: '经授权的运营人员', en: 'authorised operator staff' },
  enterprise_after_disclosure: { zh: '您投递或同意公开的招聘企业', en: 'employers you apply to or agree to share with' },
  enterprise_admin: { zh: '相关企业的管理员', en: 'the admins of the enterprise concerned' },
  public: { zh: '所有访问者', en: 'anyone' },
};

export function pick(text: Text, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

export function categoryLabel(category: string, locale: Locale): string {
  const label = categoryLabels[category];
  return label ? pick(label, locale) : category;
}

export function groupLabel(category: string, locale: Locale): string {
  const group = category.split('.')[0] ?? category;
  const label = groupLabels[group];
  return label ? pick(label, locale) : group;
}

// ---------- retention ----------

const UNITS = [
  { key: 'Y', zh: '年', en: ['year', 'years'] },
  { key: 'M', zh: '个月', en: ['month', 'months'] },
  { key: 'W', zh: '周', en: ['week', 'weeks'] },
  { key: 'D', zh: '天', en: ['day', 'days'] },
  { key: 'h', zh: '小时', en: ['hour', 'hours'] },
  { key: 'm', zh: '分钟', en: ['minute', 'minutes'] },
  { key: 's', zh: '秒', en: ['second', 'seconds'] },
] as const;

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** An ISO-8601 duration in words ("1 年 6 个月", "1 year 6 months"); '' for zero, the raw text when unreadable. */
export function formatDuration(duration: string, locale: Locale): string {
  const m = DURATION.exec(duration);
  if (!m || duration === 'P' || duration.endsWith('T')) return duration;
  const parts: string[] = [];
  UNITS.forEach((unit, i) => {
    const n = Number(m[i + 1] ?? 0);
    if (!n) return;
    parts.push(locale === 'en' ? `${n} ${n === 1 ? unit.en[0] : unit.en[1]}` : `${n} ${unit.zh}`);
  });
  return parts.join(' ');
}

const actionWords: Record<RetentionAction, Text> = {
  delete: { zh: '删除', en: 'deleted' },
  anonymise: { zh: '匿名化', en: 'anonymised' },
  shred: { zh: '销毁（删除密钥，不可恢复）', en: 'shredded (its key destroyed)' },
};

/** When the clock starts: zh reads "{trigger}时" or "{trigger} {span}后", en "when …" or "{span} after …". */
const triggerWords: Record<RetentionTrigger, Text> = {
  created: { zh: '产生', en: 'it is created' },
  last_used: { zh: '最后一次使用', en: 'it was last used' },
  expired: { zh: '失效', en: 'it expires' },
  account_cancelled: { zh: '账号注销', en: 'the account is cancelled' },
  purpose_fulfilled: { zh: '处理目的实现', en: 'its purpose is fulfilled' },
};

/** A retention rule as a phrase: "账号注销时删除", "产生 1 天后删除", "deleted 1 day after it is created". */
export function formatRetention(r: Retention, locale: Locale): string {
  const span = formatDuration(r.duration, locale);
  const action = pick(actionWords[r.action], locale);
  const trigger = pick(triggerWords[r.trigger], locale);
  if (locale === 'en') return span ? `${action} ${span} after ${trigger}` : `${action} when ${trigger}`;
  return span ? `${trigger} ${span}后${action}` : `${trigger}时${action}`;
}
