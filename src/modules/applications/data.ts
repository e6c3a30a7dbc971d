import { declareTables, noPi, piColumn } from '../../privacy/inventory.js';

const applying = { zh: '投递简历与招聘进度', en: 'Applying for jobs and following the hiring process' };
const interviewing = { zh: '面试邀请与安排', en: 'Interview invitations and arrangements' };
const contacting = { zh: '招聘方联系请求（经您同意后公开联系方式）', en: 'Contact requests from recruiters (contact details shown only once you accept)' };

/** Kept one year after the application last changed, then deleted with its history and interviews. */
const applicationRetention = { duration: 'P1Y', trigger: 'last_used', action: 'delete' } as const;
const contactRetention = { duration: 'P1Y', trigger: 'last_used', action: 'delete' } as const;

const interviewArrangement = (purpose: { zh: string; en: string }) =>
  piColumn({
    category: 'employment.interview',
    sensitive: false,
    purposes: [purpose],
    feature: interviewing,
    necessary: true,
    retention: applicationRetention,
    visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
  });

/**
 * An application, its timeline and its interviews are about the seeker: theirs to see and export,
 * gone when the account is erased. The enterprise applied to sees them, because the seeker chose to
 * disclose by applying. A contact request is about both sides: the recruiter wrote the message, the
 * seeker received it and decides on it; it is filed under the seeker, who decides what it leads to.
 */
export const applicationsInventory = declareTables('applications', [
  {
    table: 'applications',
    subjectColumn: 'seeker_id',
    columns: {
      id: noPi,
      job_id: piColumn({
        category: 'employment.application',
        sensitive: false,
        purposes: [{ zh: '把您的简历送到您投递的职位，并让您跟进进度', en: 'Delivering your resume to the job you applied for, and letting you follow it' }],
        feature: applying,
        necessary: true,
        retention: applicationRetention,
        visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
      }),
      enterprise_id: noPi,
      seeker_id: noPi,
      resume_id: noPi,
      status: piColumn({
        category: 'employment.application',
        sensitive: false,
        purposes: [{ zh: '记录并向您展示投递的处理进度', en: 'Recording the progress of your application and showing it to you' }],
        feature: applying,
        necessary: true,
        retention: applicationRetention,
        visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
      }),
      created_at: noPi,
      updated_at: noPi,
    },
    rowRetention: [
      {
        rule: 'applications.stale',
        column: 'updated_at',
        after: 'P1Y',
        action: 'delete',
        description: {
          zh: '投递记录（连同其进度记录和面试安排）在最后一次变动一年后删除',
          en: 'An application, with its history and interviews, is deleted one year after it last changed',
        },
      },
    ],
  },
  {
    table: 'application_events',
    subjectColumn: 'seeker_id',
    columns: {
      id: noPi,
      application_id: noPi,
      seeker_id: noPi,
      actor_role: noPi,
      from_status: noPi,
      to_status: piColumn({
        category: 'employment.application',
        sensitive: false,
        purposes: [{ zh: '让您看到投递每一次状态变化及其时间', en: 'Showing you each change of your application and when it happened' }],
        feature: applying,
        necessary: true,
        retention: applicationRetention,
        visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
      }),
      created_at: noPi,
    },
  },
  {
    table: 'interviews',
    subjectColumn: 'seeker_id',
    columns: {
      id: noPi,
      application_id: noPi,
      enterprise_id: noPi,
      seeker_id: noPi,
      created_by: noPi,
      scheduled_at: piColumn({
        category: 'employment.interview',
        sensitive: false,
        purposes: [{ zh: '安排您与招聘企业的面试时间', en: 'Arranging when you meet the employer for an interview' }],
        feature: interviewing,
        necessary: true,
        retention: applicationRetention,
        visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
      }),
      mode: noPi,
      location: interviewArrangement({ zh: '告诉您面试地点或线上会议链接', en: 'Telling you where the interview is, or its meeting link' }),
      // The enterprise's contact person for this interview, as the recruiter wrote it.
      contact_person: interviewArrangement({ zh: '告诉您面试的联系人', en: 'Telling you whom to ask for at the interview' }),
      note: interviewArrangement({ zh: '转达招聘方关于面试的说明', en: "Passing on the recruiter's notes about the interview" }),
      status: piColumn({
        category: 'employment.interview',
        sensitive: false,
        purposes: [{ zh: '记录您接受、拒绝或改约面试', en: 'Recording whether you accepted, declined or proposed another time' }],
        feature: interviewing,
        necessary: true,
        retention: applicationRetention,
        visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
      }),
      proposed_at: piColumn({
        category: 'employment.interview',
        sensitive: false,
        purposes: [{ zh: '把您提议的其他面试时间转告招聘方', en: 'Passing the other time you proposed on to the recruiter' }],
        feature: interviewing,
        necessary: false,
        retention: applicationRetention,
        visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
      }),
      response_note: piColumn({
        category: 'employment.interview',
        sensitive: false,
        purposes: [{ zh: '把您拒绝或改约时的留言转告招聘方', en: 'Passing your note on declining or rescheduling to the recruiter' }],
        feature: interviewing,
        necessary: false,
        retention: applicationRetention,
        visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
      }),
      created_at: noPi,
      updated_at: noPi,
    },
  },
  {
    table: 'contact_requests',
    subjectColumn: 'seeker_id',
    columns: {
      id: noPi,
      enterprise_id: piColumn({
        category: 'employment.contact_request',
        sensitive: false,
        purposes: [
          {
            zh: '让您知道哪家企业想联系您，由您决定是否公开联系方式',
            en: 'Telling you which enterprise wants to contact you, so you decide whether to share your contact details',
          },
        ],
        feature: contacting,
        necessary: false,
        legalBasis: 'consent',
        retention: contactRetention,
        visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
      }),
      recruiter_id: noPi,
      seeker_id: noPi,
      resume_id: noPi,
      job_id: noPi,
      message: piColumn({
        category: 'employment.contact_request',
        sensitive: false,
        purposes: [{ zh: '转达招聘方写给您的留言', en: 'Passing on the message the recruiter wrote to you' }],
        feature: contacting,
        necessary: false,
        legalBasis: 'consent',
        retention: contactRetention,
        visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
      }),
      status: piColumn({
        category: 'employment.contact_request',
        sensitive: false,
        purposes: [{ zh: '记录您接受、拒绝或撤回联系请求', en: 'Recording whether you accepted, declined or revoked a contact request' }],
        feature: contacting,
        necessary: false,
        legalBasis: 'consent',
        retention: contactRetention,
        visibleTo: ['self', 'enterprise_after_disclosure', 'operator'],
      }),
      created_at: noPi,
      expires_at: noPi,
      answered_at: noPi,
      updated_at: noPi,
    },
    rowRetention: [
      {
        rule: 'contact_requests.stale',
        column: 'updated_at',
        after: 'P1Y',
        action: 'delete',
        description: {
          zh: '联系请求在最后一次变动（发送、答复或撤回）一年后删除',
          en: 'A contact request is deleted one year after it last changed (sent, answered or revoked)',
        },
      },
    ],
  },
]);
