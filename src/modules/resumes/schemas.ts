import { type Static, Type } from 'typebox';
import { MB, type UploadSpec } from '../../platform/files/index.js';

const strict = { additionalProperties: false } as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const text = (maxLength: number, minLength = 0, description?: string) => Type.String({ minLength, maxLength, ...(description ? { description } : {}) });
const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'A month, YYYY-MM' });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date, YYYY-MM-DD' });
const Money = Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'Yuan per month' });

export const VisibilitySchema = Type.Union([Type.Literal('public'), Type.Literal('applied'), Type.Literal('private')], {
  description: 'public: verified enterprises; applied: only enterprises I applied to (or disclosed to); private: nobody',
});
const GenderSchema = Type.Union([Type.Literal('female'), Type.Literal('male'), Type.Literal('other')]);
const JobStatusSchema = Type.Union([Type.Literal('looking'), Type.Literal('open'), Type.Literal('not_looking')]);
const JobTypeSchema = Type.Union([Type.Literal('full_time'), Type.Literal('part_time'), Type.Literal('internship')]);

export const NoQuery = Type.Object({}, strict);
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, strict);
export const ResumeIdParams = Type.Object({ resumeId: Type.Integer({ minimum: 1 }) }, strict);
export const EnterpriseIdParams = Type.Object({ enterpriseId: Type.Integer({ minimum: 1 }) }, strict);

const Education = Type.Object(
  {
    school: text(60, 1),
    major: text(60),
    degree: Type.String({ maxLength: 20, description: 'An education level code from /api/taxonomy' }),
    start: Month,
    end: Nullable(Month),
  },
  strict,
);
const Experience = Type.Object(
  {
    company: text(80, 1),
    title: text(60, 1),
    start: Month,
    end: Nullable(Month),
    monthlySalary: Nullable(Money),
    description: text(2000),
    internship: Type.Boolean(),
  },
  strict,
);
const Project = Type.Object({ name: text(80, 1), role: text(60), start: Month, end: Nullable(Month), description: text(2000) }, strict);
const Certificate = Type.Object({ name: text(60, 1), issuedOn: Nullable(Month) }, strict);
const Intentions = Type.Object(
  {
    positions: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 5, uniqueItems: true, description: 'Position codes from /api/taxonomy' }),
    cities: Type.Array(text(30, 1), { maxItems: 5, uniqueItems: true }),
    jobTypes: Type.Array(JobTypeSchema, { maxItems: 3, uniqueItems: true }),
    salaryMin: Nullable(Money),
    salaryMax: Nullable(Money),
  },
  strict,
);

/** The whole editable resume: saving replaces every section. Text is stored as written and shown escaped. */
export const ResumeInput = Type.Object(
  {
    title: text(40, 1, 'For the seeker to tell resumes apart; recruiters do not see it'),
    realName: text(30),
    gender: Nullable(GenderSchema),
    birthDate: Nullable(Day),
    city: text(30),
    educationLevel: Nullable(Type.String({ maxLength: 20 })),
    yearsOfWork: Nullable(Type.Integer({ minimum: 0, maximum: 60 })),
    jobStatus: Nullable(JobStatusSchema),
    introduction: text(2000),
    intentions: Intentions,
    education: Type.Array(Education, { maxItems: 10 }),
    experience: Type.Array(Experience, { maxItems: 20 }),
    projects: Type.Array(Project, { maxItems: 20 }),
    skills: Type.Array(text(30, 1), { maxItems: 30, uniqueItems: true }),
    certificates: Type.Array(Certificate, { maxItems: 20 }),
  },
  strict,
);
export type ResumeInput = Static<typeof ResumeInput>;

export const CreateResumeBody = Type.Object({ title: text(40, 1) }, strict);
export const VisibilityBody = Type.Object({ visibility: VisibilitySchema }, strict);
export const BlockBody = Type.Object({ enterpriseId: Type.Integer({ minimum: 1 }) }, strict);

const Completeness = Type.Object(
  {
    score: Type.Integer({ minimum: 0, maximum: 100 }),
    missing: Type.Array(
      Type.Union([
        Type.Literal('basics'),
        Type.Literal('avatar'),
        Type.Literal('introduction'),
        Type.Literal('intentions'),
        Type.Literal('education'),
        Type.Literal('experience'),
        Type.Literal('projects'),
        Type.Literal('skills'),
        Type.Literal('certificates'),
      ]),
      { description: 'Sections still to fill in, the most valuable first' },
    ),
  },
  strict,
);
const FileInfo = Type.Object({ kind: Type.String(), sizeBytes: Type.Integer(), uploadedAt: Type.String({ format: 'date-time' }) }, strict);

export const ResumeSummary = Type.Object(
  {
    id: Type.Integer(),
    title: Type.String(),
    visibility: VisibilitySchema,
    completeness: Completeness,
    attachment: Nullable(FileInfo),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  strict,
);
export const ResumeList = Type.Object({ items: Type.Array(ResumeSummary) }, strict);

export const Resume = Type.Object(
  {
    ...ResumeInput.properties,
    id: Type.Integer(),
    visibility: VisibilitySchema,
    hasAvatar: Type.Boolean(),
    attachment: Nullable(FileInfo),
    completeness: Completeness,
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  strict,
);

/** A resume as a recruiter sees it: no birth date (the age instead), name and phone masked until disclosure. */
export const CandidateView = Type.Object(
  {
    resumeId: Type.Integer(),
    displayName: Type.String({ description: 'The real name after disclosure, 张先生 / 李女士 before' }),
    phone: Type.String({ description: 'The full number after disclosure, 138****5678 before' }),
    disclosed: Type.Boolean(),
    gender: Nullable(GenderSchema),
    age: Nullable(Type.Integer()),
    city: Type.String(),
    educationLevel: Nullable(Type.String()),
    yearsOfWork: Nullable(Type.Integer()),
    experienceLevel: Nullable(Type.String()),
    jobStatus: Nullable(JobStatusSchema),
    introduction: Type.String(),
    intentions: Intentions,
    education: Type.Array(Education),
    experience: Type.Array(Experience),
    projects: Type.Array(Project),
    skills: Type.Array(Type.String()),
    certificates: Type.Array(Certificate),
    hasAvatar: Type.Boolean({ description: 'Only after disclosure' }),
    attachment: Nullable(FileInfo),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  strict,
);

export const CandidateCardSchema = Type.Object(
  {
    resumeId: Type.Integer(),
    displayName: Type.String(),
    phone: Type.String(),
    disclosed: Type.Boolean(),
    city: Type.String(),
    educationLevel: Nullable(Type.String()),
    experience: Nullable(Type.String({ description: 'Experience level code' })),
    intentions: Type.Array(Type.String(), { description: 'Position codes' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  strict,
);
export const CandidateList = Type.Object(
  { items: Type.Array(CandidateCardSchema), next: Nullable(Type.String({ description: 'Cursor of the next page' })) },
  strict,
);
export const CandidateQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })), after: Type.Optional(Type.String({ maxLength: 80, pattern: '^[A-Za-z0-9_-]+$' })) },
  strict,
);

export const BlockList = Type.Object(
  {
    items: Type.Array(
      Type.Object({ enterpriseId: Type.Integer(), name: Type.String(), city: Type.String(), blockedAt: Type.String({ format: 'date-time' }) }, strict),
    ),
  },
  strict,
);

export const FileDownload = {
  description: 'The file, with the content type of the kind it was judged to be at upload',
  content: { 'application/octet-stream': { schema: Type.String({ format: 'binary' }) } },
};

export const AttachmentUpload: UploadSpec = {
  files: { file: { required: true, kinds: ['pdf', 'doc', 'docx'], description: 'The resume as a document' } },
  maxFileBytes: 10 * MB,
};
export const AvatarUpload: UploadSpec = {
  files: { file: { required: true, kinds: ['jpeg', 'png', 'webp'], description: 'A photo for the resume' } },
  maxFileBytes: 2 * MB,
};
