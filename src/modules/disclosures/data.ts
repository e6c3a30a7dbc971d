import { declareTables, noPi, piColumn } from '../../privacy/inventory.js';

const feature = { zh: '投递简历与接受联系请求', en: 'Applying and accepting contact requests' };

/**
 * Which enterprises may see a seeker's real name and contact details, and since when. This is
 * about the seeker (where their data went), so it is theirs to see and export, and it goes when
 * the account is erased.
 */
export const disclosuresInventory = declareTables('disclosures', [
  {
    table: 'disclosures',
    subjectColumn: 'seeker_id',
    columns: {
      id: noPi,
      seeker_id: noPi,
      enterprise_id: piColumn({
        category: 'employment.disclosure',
        sensitive: false,
        purposes: [
          {
            zh: '记录您向哪些企业公开了姓名和联系方式，只有这些企业能看到未打码的信息',
            en: 'Recording which enterprises you disclosed your name and contact to; only they see them unmasked',
          },
        ],
        feature,
        necessary: true,
        retention: { duration: 'P0D', trigger: 'account_cancelled', action: 'delete' },
        visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
      }),
      resume_id: noPi,
      via: noPi,
      source_id: noPi,
      created_at: noPi,
      revoked_at: noPi,
    },
  },
]);
