import { declareTables, noPi } from '../../privacy/inventory.js';

/** Job postings are public and describe positions, not people. */
export const jobsInventory = declareTables('jobs', [
  {
    table: 'jobs',
    subjectColumn: null,
    columns: {
      id: noPi,
      enterprise_id: noPi,
      title: noPi,
      category: noPi,
      city: noPi,
      district: noPi,
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
      published_at: noPi,
      created_at: noPi,
    },
  },
]);
