import { declareTables, noPi, piColumn, type Text } from '../../privacy/inventory.js';

const feature = { zh: '收藏职位、企业与候选人', en: 'Saving jobs, enterprises and candidates' };

/**
 * What a person chose to keep for later is a record of their behaviour on Renhe. It is theirs to
 * see and export, gone when they remove it or cancel the account, and in any case two years after
 * it was saved. A recruiter's saved candidate names a résumé: it is only listed while the
 * enterprise may still see that résumé.
 */
const saved = (category: string, purpose: Text) =>
  piColumn({
    category,
    sensitive: false,
    purposes: [purpose],
    feature,
    necessary: true,
    retention: { duration: 'P2Y', trigger: 'created', action: 'delete' },
    visibleTo: ['self'],
  });

export const favouritesInventory = declareTables('favourites', [
  {
    table: 'favourites',
    subjectColumn: 'user_id',
    columns: {
      id: noPi,
      user_id: noPi,
      kind: noPi,
      job_id: saved('behaviour.favourites', { zh: '保存您收藏的职位，方便您再次查看', en: 'Keeping the jobs you saved, so you can find them again' }),
      enterprise_id: saved('behaviour.favourites.enterprises', {
        zh: '保存您关注的企业，方便您再次查看',
        en: 'Keeping the enterprises you saved, so you can find them again',
      }),
      resume_id: saved('behaviour.favourites.candidates', {
        zh: '保存您（招聘方）收藏的候选人简历，仅在贵企业仍可查看时列出',
        en: 'Keeping the candidates you (a recruiter) saved, listed only while your enterprise may still see them',
      }),
      created_at: noPi,
    },
    rowRetention: [
      {
        rule: 'favourites.expired',
        column: 'created_at',
        after: 'P2Y',
        action: 'delete',
        description: { zh: '收藏在保存 2 年后自动删除', en: 'A saved item is deleted two years after it was saved' },
      },
    ],
  },
]);
