import { declareTables, noPi, type PiColumn, piColumn } from '../../privacy/inventory.js';

const resumeFeature = { zh: '在线简历与附件简历', en: 'Online resumes and resume attachments' };
const blockFeature = { zh: '屏蔽公司', en: 'Blocking companies' };

/**
 * A resume is written by the seeker to be read by employers. Its contents go to the enterprises
 * the seeker lets see it (public: verified enterprises; "applied": those they applied to), with
 * the name and photo shown only after the seeker discloses to that enterprise. Everything goes
 * when the seeker deletes the resume or cancels the account.
 */
const resume = (category: string, purpose: { zh: string; en: string }, over: Partial<PiColumn> = {}) =>
  piColumn({
    category,
    sensitive: false,
    purposes: [purpose],
    feature: resumeFeature,
    necessary: true,
    retention: { duration: 'P0D', trigger: 'account_cancelled', action: 'delete' },
    visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
    ...over,
  });

const shown = { zh: '向您允许查看该简历的招聘企业展示', en: 'Showing it to the employers you allow to see this resume' };
const identified = {
  zh: '在您投递或接受联系请求后，向该企业展示（此前只显示“张先生/李女士”）',
  en: 'Showing it to an employer after you apply or accept its contact request (before that it sees only a masked form)',
};

export const resumesInventory = declareTables('resumes', [
  {
    table: 'resumes',
    subjectColumn: 'user_id',
    columns: {
      id: noPi,
      user_id: noPi,
      visibility: noPi,
      title: resume('employment.resume.summary', { zh: '让您区分自己的多份简历', en: 'Letting you tell your resumes apart' }, { visibleTo: ['self'] }),
      real_name: resume('identity.name', identified),
      gender: resume('identity.gender', { zh: '招聘方称呼您（先生/女士）', en: 'How employers address you (Mr / Ms)' }),
      birth_date: resume('identity.birth_date', shown),
      city: resume('location.city', shown),
      education_level: resume('employment.resume.education', shown),
      years_of_work: resume('employment.resume.experience', shown),
      job_status: resume('employment.resume.expectation', shown),
      avatar_file_id: resume('identity.photo', identified, { necessary: false }),
      introduction: resume('employment.resume.summary', shown),
      intended_positions: resume('employment.resume.expectation', shown),
      intended_cities: resume('employment.resume.expectation', shown),
      job_types: resume('employment.resume.expectation', shown),
      salary_min: resume('employment.resume.expectation', shown),
      salary_max: resume('employment.resume.expectation', shown),
      education: resume('employment.resume.education', shown),
      experience: resume('employment.resume.experience', shown),
      projects: resume('employment.resume.projects', shown),
      skills: resume('employment.resume.skills', shown),
      certificates: resume('employment.resume.skills', shown),
      attachment_file_id: resume('employment.resume.attachment', shown, { necessary: false }),
      created_at: noPi,
      updated_at: noPi,
    },
  },
  {
    table: 'resume_blocks',
    subjectColumn: 'seeker_id',
    columns: {
      seeker_id: noPi,
      enterprise_id: piColumn({
        category: 'employment.blocked_enterprise',
        sensitive: false,
        purposes: [
          {
            zh: '让您屏蔽的企业看不到、搜不到也打不开您的简历',
            en: 'Keeping the enterprises you block from seeing, finding or opening your resumes',
          },
        ],
        feature: blockFeature,
        necessary: false,
        retention: { duration: 'P0D', trigger: 'account_cancelled', action: 'delete' },
        visibleTo: ['self', 'operator'],
      }),
      created_at: noPi,
    },
  },
]);
