import { declareTables, noPi, type PiColumn, type Text } from './inventory.js';

function rightsRequestText(purpose: Text): PiColumn {
  return {
    pi: true,
    category: 'communication.rights_request',
    sensitive: false,
    purposes: [purpose],
    legalBasis: 'legal_obligation',
    feature: { zh: '个人信息权利申请与投诉', en: 'Privacy requests and complaints' },
    necessary: true,
    retention: { duration: 'P0D', trigger: 'account_cancelled', action: 'anonymise' },
    visibleTo: ['self', 'operator'],
    encrypted: false,
    thirdParties: [],
  };
}

export const privacyInventory = declareTables('privacy', [
  {
    // Key material, not personal information: wrapped data keys identified by subject id.
    table: 'subject_keys',
    subjectColumn: 'subject_id',
    columns: { subject_id: noPi, kek_id: noPi, wrapped_key: noPi, created_at: noPi, rewrapped_at: noPi },
  },
  {
    // What each retention sweep removed: rule names, counts and times, about no one. Kept three
    // years, as PIPL Art. 56 asks of records of how personal information was handled.
    table: 'retention_runs',
    subjectColumn: null,
    columns: { id: noPi, rule: noPi, dry_run: noPi, rows_affected: noPi, started_at: noPi, finished_at: noPi, duration_ms: noPi, error: noPi },
    rowRetention: [
      {
        rule: 'retention_runs.expired',
        column: 'started_at',
        after: 'P3Y',
        action: 'delete',
        description: { zh: '清理记录保存 3 年后删除', en: 'Records of retention sweeps are deleted after three years' },
      },
    ],
  },
  {
    // Ids, roles, purposes and field names only; a stated reason is redacted before it is stored.
    table: 'audit_log',
    subjectColumn: 'subject_id',
    columns: {
      seq: noPi,
      occurred_at: noPi,
      actor_id: noPi,
      actor_role: noPi,
      subject_id: noPi,
      enterprise_id: noPi,
      action: noPi,
      purpose: noPi,
      fields: noPi,
      reason: noPi,
      request_id: noPi,
      prev_hash: noPi,
      hash: noPi,
    },
  },
  {
    // Proof of what each person agreed to and when: ids, purposes and policy hashes only.
    table: 'consent_ledger',
    subjectColumn: 'subject_id',
    columns: {
      seq: noPi,
      subject_id: noPi,
      purpose: noPi,
      decision: noPi,
      policy_hash: noPi,
      material_hash: noPi,
      screen: noPi,
      occurred_at: noPi,
      request_id: noPi,
    },
  },
  { table: 'audit_checkpoints', subjectColumn: null, columns: { seq: noPi, hash: noPi, purged_at: noPi, entries_purged: noPi } },
  {
    // Published renderings of the privacy policy: public text about the service, about no one.
    table: 'policy_versions',
    subjectColumn: null,
    columns: { id: noPi, document: noPi, locale: noPi, hash: noPi, body: noPi, published_at: noPi },
  },
  {
    // Data-subject requests (src/privacy/rights). The record that a request was made and how it was
    // answered is kept three years after it closed (PIPL Art. 50 and 56); the free text in it is
    // the person's own words (or the reason given to them), erased when the account is cancelled.
    table: 'data_requests',
    subjectColumn: 'subject_id',
    columns: {
      id: noPi,
      subject_id: noPi,
      kind: noPi,
      status: noPi,
      details: rightsRequestText({
        zh: '处理您提出的申请或投诉（您填写的说明，手机号等已遮盖）',
        en: 'Handling your request or complaint (what you wrote, with numbers masked)',
      }),
      // Inventory column names (`table.column`), not their values.
      items: noPi,
      refusal_reason: rightsRequestText({ zh: '告知您拒绝申请的理由', en: 'Telling you why a request was refused' }),
      created_at: noPi,
      due_on: noPi,
      effective_at: noPi,
      completed_at: noPi,
    },
    rowRetention: [
      {
        rule: 'data_requests.closed',
        column: 'completed_at',
        after: 'P3Y',
        action: 'delete',
        description: { zh: '个人信息权利申请记录在办结 3 年后删除', en: 'Records of privacy requests are deleted three years after they were closed' },
      },
    ],
  },
]);
