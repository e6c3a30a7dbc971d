import { declareTables, noPi, piColumn } from '../../privacy/inventory.js';

/**
 * Job postings describe positions, not people, and are public once open. The one exception is
 * who posted a job: that is information about the recruiter. It lets the platform answer for a
 * posting (fraud reports, review) and is cleared when the recruiter's account is cancelled; the
 * job itself stays with its enterprise.
 */
export const jobsInventory = declareTables('jobs', [
  {
    table: 'jobs',
    subjectColumn: 'created_by',
    columns: {
      id: noPi,
      enterprise_id: noPi,
      title: noPi,
      category: noPi,
      position: noPi,
      city: noPi,
      district: noPi,
      address: noPi,
      salary_min: noPi,
      salary_max: noPi,
      salary_months: noPi,
      experience: noPi,
      education: noPi,
      job_type: noPi,
      headcount: noPi,
      tags: noPi,
      description: noPi,
      requirements: noPi,
      status: noPi,
      review_note: noPi,
      flags: noPi,
      created_by: piColumn({
        category: 'employment.job_posted',
        sensitive: false,
        purposes: [
          {
            zh: '记录职位由哪位招聘方发布，以便审核职位、处理举报',
            en: 'Recording which recruiter posted a job, so that the job can be reviewed and reports about it handled',
          },
        ],
        feature: { zh: '发布与管理职位', en: 'Posting and managing jobs' },
        necessary: true,
        retention: { duration: 'P0D', trigger: 'account_cancelled', action: 'anonymise' },
        visibleTo: ['self', 'operator'],
      }),
      published_at: noPi,
      refreshed_at: noPi,
      expires_at: noPi,
      created_at: noPi,
      updated_at: noPi,
    },
  },
]);
