import { declareTables, noPi, piColumn, type Text } from '../../privacy/inventory.js';

const feature = { zh: '举报职位或企业', en: 'Reporting a job or an enterprise' };

/**
 * What a person reported, why, in their words, and the answer they were given. Handling reports
 * is a duty of the platform (Cybersecurity Law Art. 49, E-Commerce Law Art. 59), so the basis is
 * a legal obligation. The enterprise never learns who reported it. When the reporter's account is
 * erased these columns are emptied; the row stays, about no one, as the record that a report was
 * handled, and every decided report is deleted three years after its decision.
 */
const reportText = (purpose: Text) =>
  piColumn({
    category: 'communication.report',
    sensitive: false,
    purposes: [purpose],
    legalBasis: 'legal_obligation',
    feature,
    necessary: true,
    retention: { duration: 'P0D', trigger: 'account_cancelled', action: 'anonymise' },
    visibleTo: ['self', 'operator'],
  });

export const reportsInventory = declareTables('reports', [
  {
    table: 'reports',
    subjectColumn: 'reporter_id',
    columns: {
      id: noPi,
      reporter_id: noPi,
      target: noPi,
      job_id: reportText({ zh: '记录您举报的职位，以便核查与处理', en: 'Recording which job you reported, so it can be checked and dealt with' }),
      enterprise_id: reportText({ zh: '记录您举报的企业，以便核查与处理', en: 'Recording which enterprise you reported, so it can be checked and dealt with' }),
      reason: reportText({
        zh: '核查举报所称的问题（如收费、歧视、虚假信息）',
        en: 'Checking the problem reported (e.g. fees, discrimination, false information)',
      }),
      description: reportText({ zh: '核查您描述的情况', en: 'Checking what you described' }),
      outcome: reportText({ zh: '告知您举报的处理结果', en: 'Telling you how your report was decided' }),
      status: noPi,
      decided_by: noPi,
      created_at: noPi,
      decided_at: noPi,
    },
    rowRetention: [
      {
        rule: 'reports.decided',
        column: 'decided_at',
        after: 'P3Y',
        action: 'delete',
        description: { zh: '举报在处理完毕 3 年后删除', en: 'A report is deleted three years after it was decided' },
      },
    ],
  },
  {
    // A mark on an enterprise listing after a report against it was upheld: about the organisation.
    table: 'enterprise_flags',
    subjectColumn: null,
    columns: { enterprise_id: noPi, reason: noPi, flagged_at: noPi },
  },
]);
