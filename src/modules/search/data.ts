import { declareTables, noPi, piColumn } from '../../privacy/inventory.js';

const feature = { zh: '人才搜索（招聘方搜索简历）', en: 'Candidate search (recruiters searching resumes)' };
const purpose = {
  zh: '让已认证企业的招聘者按关键词和条件找到您公开的简历（姓名和手机号在您同意前始终隐藏）',
  en: 'Letting recruiters of verified enterprises find your public resume by keywords and filters (your name and number stay hidden until you agree)',
};

/**
 * The candidate search index is a copy of resume fields for finding them: it goes with the resume
 * (deleted, or erased with the account, in the same transaction) and is never shown by itself.
 * Resume text is kept only as hashed search terms, so the index cannot be read back as text.
 */
const derived = (category: string) =>
  piColumn({
    category,
    sensitive: false,
    purposes: [purpose],
    feature,
    necessary: false,
    retention: { duration: 'P0D', trigger: 'account_cancelled', action: 'delete' },
    visibleTo: ['enterprise_after_disclosure'],
  });

export const searchInventory = declareTables('search', [
  {
    // Public facts about open jobs and their enterprises: nobody's personal information.
    table: 'job_search',
    subjectColumn: null,
    columns: {
      job_id: noPi,
      enterprise_id: noPi,
      listed: noPi,
      expires_at: noPi,
      refreshed_at: noPi,
      title: noPi,
      enterprise_name: noPi,
      enterprise_verified: noPi,
      category: noPi,
      position: noPi,
      city: noPi,
      district: noPi,
      salary_min: noPi,
      salary_max: noPi,
      salary_months: noPi,
      experience: noPi,
      education: noPi,
      job_type: noPi,
      tags: noPi,
      terms: noPi,
      head: noPi,
      body: noPi,
    },
  },
  {
    table: 'resume_search',
    subjectColumn: 'user_id',
    columns: {
      resume_id: noPi,
      user_id: noPi,
      visibility: noPi,
      birth_date: derived('identity.birth_date'),
      city: derived('location.city'),
      intended_positions: derived('employment.resume.expectation'),
      intended_cities: derived('employment.resume.expectation'),
      years_of_work: derived('employment.resume.experience'),
      education_level: derived('employment.resume.education'),
      salary_min: derived('employment.resume.expectation'),
      salary_max: derived('employment.resume.expectation'),
      active_at: derived('behaviour.activity'),
      terms: derived('employment.resume.search_terms'),
    },
  },
]);
