import { declareTables, noPi, piColumn } from '../../privacy/inventory.js';

const account = { zh: '账号注册与登录', en: 'Account sign-up and sign-in' };
const untilCancelled = { duration: 'P0D', trigger: 'account_cancelled', action: 'delete' } as const;

const pi = piColumn;

export const accountsInventory = declareTables('accounts', [
  {
    table: 'users',
    subjectColumn: 'id',
    columns: {
      id: noPi,
      phone_enc: pi({
        category: 'contact.phone',
        sensitive: false,
        purposes: [{ zh: '注册、登录与账号安全验证', en: 'Sign-up, sign-in and account security checks' }],
        feature: account,
        necessary: true,
        retention: untilCancelled,
        visibleTo: ['self', 'operator'],
        encrypted: true,
      }),
      phone_index: pi({
        category: 'contact.phone.blind_index',
        sensitive: false,
        purposes: [{ zh: '登录时查找您的账号（不可还原的密钥散列）', en: 'Finding your account at sign-in (a keyed hash that cannot be reversed)' }],
        feature: account,
        necessary: true,
        retention: untilCancelled,
        visibleTo: [],
      }),
      role: noPi,
      display_name: pi({
        category: 'identity.name',
        sensitive: false,
        purposes: [{ zh: '在平台上称呼您', en: 'Addressing you on the platform' }],
        feature: account,
        necessary: true,
        retention: untilCancelled,
        visibleTo: ['self', 'operator', 'enterprise_after_disclosure'],
      }),
      birth_date: pi({
        category: 'identity.birth_date',
        sensitive: false,
        purposes: [{ zh: '核验求职者年满 16 周岁', en: 'Checking that job seekers are at least 16' }],
        legalBasis: 'legal_obligation',
        feature: account,
        necessary: true,
        retention: untilCancelled,
        visibleTo: ['self', 'operator'],
      }),
      gender: pi({
        category: 'identity.gender',
        sensitive: false,
        purposes: [{ zh: '完善个人资料（选填）', en: 'Completing your profile (optional)' }],
        legalBasis: 'consent',
        feature: account,
        necessary: false,
        retention: untilCancelled,
        visibleTo: ['self', 'operator'],
      }),
      city: pi({
        category: 'location.city',
        sensitive: false,
        purposes: [{ zh: '展示所在城市的职位', en: 'Showing jobs in your city' }],
        legalBasis: 'consent',
        feature: account,
        necessary: false,
        retention: untilCancelled,
        visibleTo: ['self', 'operator'],
      }),
      password_hash: pi({
        category: 'credential.password_hash',
        sensitive: false,
        purposes: [{ zh: '密码登录', en: 'Password sign-in' }],
        feature: account,
        necessary: false,
        retention: untilCancelled,
        visibleTo: [],
      }),
      status: noPi,
      // When the person restricted processing of their data (src/privacy/rights): a state, not information about them.
      restricted_at: noPi,
      created_at: noPi,
      updated_at: noPi,
    },
  },
  {
    table: 'sessions',
    subjectColumn: 'user_id',
    columns: {
      id: noPi,
      user_id: noPi,
      token_hash: noPi,
      user_agent: pi({
        category: 'device.user_agent',
        sensitive: false,
        purposes: [{ zh: '列出已登录的设备，便于您退出可疑设备', en: 'Listing signed-in devices so you can sign out of any you do not recognise' }],
        feature: { zh: '登录设备管理', en: 'Signed-in devices' },
        necessary: true,
        retention: { duration: 'P0D', trigger: 'expired', action: 'delete' },
        visibleTo: ['self'],
      }),
      created_at: noPi,
      last_seen_at: noPi,
      expires_at: noPi,
      revoked_at: noPi,
    },
    // An expired or signed-out session is never accepted or listed again and nothing else reads
    // it, so there is no reason to keep it (or the device name in it) past that moment.
    rowRetention: [
      {
        rule: 'sessions.expired',
        column: 'expires_at',
        after: 'P0D',
        action: 'delete',
        description: { zh: '登录会话过期后删除', en: 'A sign-in session is deleted once it has expired' },
      },
      {
        rule: 'sessions.revoked',
        column: 'revoked_at',
        after: 'P0D',
        action: 'delete',
        description: { zh: '退出登录的会话随即删除', en: 'A session you signed out of is deleted' },
      },
    ],
  },
  {
    // Only keyed hashes: the number and code cannot be read back.
    table: 'sms_codes',
    subjectColumn: null,
    columns: { id: noPi, phone_hash: noPi, ip_hash: noPi, code_hash: noPi, attempts: noPi, created_at: noPi, expires_at: noPi, used_at: noPi },
    // A code works for minutes, but the daily limits (SMS_DAILY_PER_PHONE / _PER_IP) count the
    // codes created in the last 24 hours, so a row is kept exactly that long.
    rowRetention: [
      {
        rule: 'sms_codes.expired',
        column: 'created_at',
        after: 'P1D',
        action: 'delete',
        description: {
          zh: '短信验证码记录在发送 24 小时后删除（用于每日发送次数限制）',
          en: 'SMS code records are deleted 24 hours after sending (they count towards the daily limit)',
        },
      },
    ],
  },
  {
    table: 'sms_outbox',
    subjectColumn: null,
    columns: {
      id: noPi,
      phone_hash: noPi,
      body: pi({
        category: 'credential.sms_code',
        sensitive: false,
        purposes: [{ zh: '本地试用时在网页上显示验证码短信', en: 'Showing verification texts in the web page when trying Renhe locally' }],
        feature: account,
        necessary: true,
        retention: { duration: 'P1D', trigger: 'created', action: 'delete' },
        visibleTo: ['self'],
      }),
      created_at: noPi,
    },
    rowRetention: [
      {
        rule: 'sms_outbox.expired',
        column: 'created_at',
        after: 'P1D',
        action: 'delete',
        description: { zh: '本地试用的短信在 1 天后删除', en: 'Texts kept for trying Renhe locally are deleted after one day' },
      },
    ],
  },
  {
    table: 'auth_failures',
    subjectColumn: null,
    columns: { id: noPi, key_hash: noPi, created_at: noPi },
    // The throttle looks back 15 minutes; a day is far beyond any window it could be set to.
    rowRetention: [
      {
        rule: 'auth_failures.expired',
        column: 'created_at',
        after: 'P1D',
        action: 'delete',
        description: { zh: '密码错误记录在 1 天后删除', en: 'Records of wrong passwords are deleted after one day' },
      },
    ],
  },
]);
