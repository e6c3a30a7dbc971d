import { declareTables, noPi, piColumn } from '../../privacy/inventory.js';

const feature = { zh: '个性化职位推荐', en: 'Personalised job recommendations' };
const purpose = {
  zh: '根据您浏览、收藏和投递的职位推荐您可能感兴趣的职位（仅在您开启个性化推荐时记录和使用）',
  en: 'Recommending jobs from the jobs you viewed, saved and applied to (recorded and used only while personalised recommendation is on)',
};

const behaviour = (category: string, duration: string) =>
  piColumn({
    category,
    sensitive: false,
    purposes: [purpose],
    feature,
    necessary: false,
    legalBasis: 'consent',
    retention: { duration, trigger: 'last_used', action: 'delete' },
    visibleTo: ['self'],
  });

/**
 * Behaviour behind personalisation. Nothing is written while the person has personalised
 * recommendation off; what was written is theirs to see (interest tags in the privacy centre, all
 * of it in the export), to delete tag by tag, and is gone with the account and after its period.
 */
export const recommendationsInventory = declareTables('recommendations', [
  {
    table: 'job_views',
    subjectColumn: 'user_id',
    columns: {
      user_id: noPi,
      job_id: behaviour('behaviour.views', 'P90D'),
      views: behaviour('behaviour.views', 'P90D'),
      viewed_at: behaviour('behaviour.views', 'P90D'),
    },
    rowRetention: [
      {
        rule: 'job_views.expired',
        column: 'viewed_at',
        after: 'P90D',
        action: 'delete',
        description: { zh: '职位浏览记录在最后一次浏览 90 天后删除', en: 'A job view is deleted 90 days after the last view' },
      },
    ],
  },
  {
    table: 'interest_tags',
    subjectColumn: 'user_id',
    columns: {
      id: noPi,
      user_id: noPi,
      kind: noPi,
      value: behaviour('behaviour.interests', 'P180D'),
      weight: behaviour('behaviour.interests', 'P180D'),
      updated_at: noPi,
    },
    rowRetention: [
      {
        rule: 'interest_tags.expired',
        column: 'updated_at',
        after: 'P180D',
        action: 'delete',
        description: {
          zh: '兴趣标签在 180 天没有新的浏览、收藏或投递后删除',
          en: 'An interest tag is deleted after 180 days without a new view, save or application',
        },
      },
    ],
  },
]);
