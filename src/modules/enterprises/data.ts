import { declareTables, noPi, piColumn } from '../../privacy/inventory.js';

const membership = { zh: '招聘方加入企业与成员管理', en: 'Recruiters joining an enterprise and managing its members' };
const certification = { zh: '企业认证与认领', en: 'Enterprise certification and claims' };

const pi = piColumn;

/**
 * Which enterprise a recruiter works for (or asked to join) is information about that person. It
 * goes with the account: erased when the account is cancelled.
 */
const employer = (purpose: { zh: string; en: string }) =>
  pi({
    category: 'employment.employer',
    sensitive: false,
    purposes: [purpose],
    feature: membership,
    necessary: true,
    retention: { duration: 'P0D', trigger: 'account_cancelled', action: 'delete' },
    visibleTo: ['self', 'enterprise_admin', 'operator'],
  });

/**
 * Business licences and letters of authorisation name the legal representative (and an
 * authorisation letter the person authorised), so they are personal information, though not
 * sensitive in the sense of PIPL Art. 28 (no ID number is asked for). They are kept while the
 * enterprise is listed and for three years after it leaves Renhe or after the review is decided
 * against it: the E-Commerce Law (Art. 27, 31) asks platforms to verify the businesses on them
 * and keep those records at least three years, and a rejected or disputed claim is most often
 * questioned again within that time. Only the enterprise's admins and operators may open them,
 * and every opening is written to the audit log. The table names the enterprise, not a person:
 * the licence is the enterprise's document, so it is neither part of the uploader's export nor
 * erased with the uploader's account (the enterprise's certification rests on it).
 */
const licenceDocument = (purpose: { zh: string; en: string }) =>
  pi({
    category: 'enterprise.licence_document',
    sensitive: false,
    purposes: [purpose],
    legalBasis: 'legal_obligation',
    feature: certification,
    necessary: true,
    retention: { duration: 'P3Y', trigger: 'purpose_fulfilled', action: 'delete' },
    visibleTo: ['enterprise_admin', 'operator'],
  });

/** Enterprise listings describe organisations, not people. */
export const enterprisesInventory = declareTables('enterprises', [
  {
    table: 'enterprises',
    subjectColumn: null,
    columns: {
      id: noPi,
      name: noPi,
      city: noPi,
      industry: noPi,
      size: noPi,
      description: noPi,
      verified: noPi,
      created_at: noPi,
      credit_code: noPi,
      address: noPi,
      logo_file_id: noPi,
    },
  },
  {
    table: 'enterprise_photos',
    subjectColumn: null,
    columns: { enterprise_id: noPi, file_id: noPi, created_at: noPi },
  },
  {
    table: 'enterprise_members',
    subjectColumn: 'user_id',
    columns: {
      enterprise_id: employer({ zh: '让您以所属企业的名义招聘', en: 'Letting you recruit on behalf of your enterprise' }),
      user_id: noPi,
      role: noPi,
      created_at: noPi,
    },
  },
  {
    table: 'enterprise_join_requests',
    subjectColumn: 'user_id',
    columns: {
      id: noPi,
      enterprise_id: employer({ zh: '请企业管理员审核您的加入申请', en: "Asking the enterprise's admins to approve your request to join" }),
      user_id: noPi,
      status: noPi,
      created_at: noPi,
      decided_at: noPi,
      decided_by: noPi,
    },
    rowRetention: [
      {
        rule: 'enterprise_join_requests.decided',
        column: 'decided_at',
        after: 'P30D',
        action: 'delete',
        description: { zh: '加入企业的申请在处理 30 天后删除', en: 'A request to join an enterprise is deleted 30 days after it was answered' },
      },
    ],
  },
  {
    // The invitee may not have an account yet, so the row names no subject; it lives 14 days.
    table: 'enterprise_invitations',
    subjectColumn: null,
    columns: {
      id: noPi,
      enterprise_id: noPi,
      phone_index: pi({
        category: 'contact.phone.blind_index',
        sensitive: false,
        purposes: [
          {
            zh: '在被邀请人登录后向其展示邀请（不可还原的密钥散列）',
            en: 'Showing an invitation to the invited person once they sign in (a keyed hash that cannot be reversed)',
          },
        ],
        feature: membership,
        necessary: true,
        retention: { duration: 'P0D', trigger: 'expired', action: 'delete' },
        visibleTo: [],
      }),
      phone_masked: pi({
        category: 'contact.phone.masked',
        sensitive: false,
        purposes: [{ zh: '让企业管理员分辨发出的邀请', en: "Letting the enterprise's admins tell their invitations apart" }],
        feature: membership,
        necessary: true,
        retention: { duration: 'P0D', trigger: 'expired', action: 'delete' },
        visibleTo: ['enterprise_admin', 'operator'],
      }),
      role: noPi,
      invited_by: noPi,
      status: noPi,
      created_at: noPi,
      expires_at: noPi,
      answered_at: noPi,
    },
    rowRetention: [
      {
        rule: 'enterprise_invitations.expired',
        column: 'expires_at',
        after: 'P0D',
        action: 'delete',
        description: {
          zh: '企业邀请在发出 14 天后（无论是否答复）删除',
          en: 'An invitation to an enterprise is deleted 14 days after it was sent, answered or not',
        },
      },
    ],
  },
  {
    table: 'enterprise_reviews',
    subjectColumn: null,
    columns: {
      id: noPi,
      enterprise_id: noPi,
      kind: noPi,
      submitted_by: noPi,
      credit_code: noPi,
      licence_file_id: licenceDocument({
        zh: '核验企业真实存在并由申请人代表（企业认证与认领）',
        en: 'Checking that the enterprise exists and that the applicant acts for it (certification and claims)',
      }),
      authorisation_file_id: licenceDocument({ zh: '核验申请人获得企业授权', en: 'Checking that the applicant is authorised by the enterprise' }),
      status: noPi,
      reason: noPi,
      decided_by: noPi,
      created_at: noPi,
      decided_at: noPi,
    },
  },
]);
