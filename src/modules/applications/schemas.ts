import { Type } from 'typebox';

const strict = { additionalProperties: false } as const;
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });

const L = Type.Literal;

export const ApplicationStatus = Type.Union([L('new'), L('viewed'), L('interview'), L('offer'), L('not_suitable'), L('withdrawn')]);
export const PipelineStatus = Type.Union([L('new'), L('viewed'), L('interview'), L('offer'), L('not_suitable')]);
const InterviewStatus = Type.Union([L('invited'), L('accepted'), L('declined'), L('proposed'), L('cancelled')]);
const ContactStatus = Type.Union([L('pending'), L('accepted'), L('declined'), L('revoked'), L('expired')]);
const InterviewMode = Type.Union([L('onsite'), L('online')]);

export const NoQuery = Type.Object({}, strict);
export const IdParams = Type.Object({ id: Id }, strict);

const JobRef = Type.Object(
  { id: Type.Integer(), title: Type.String(), city: Type.String(), open: Type.Boolean({ description: 'Whether the job is still open' }) },
  { ...strict, title: 'ApplicationJobRef' },
);
const EnterpriseRef = Type.Object({ id: Type.Integer(), name: Type.String() }, strict);

export const Candidate = Type.Object(
  {
    resumeId: Type.Integer(),
    visible: Type.Boolean({ description: 'False when the enterprise may no longer see the resume; then the other fields are empty' }),
    name: Type.String({ description: 'The real name once the seeker disclosed to this enterprise, else 张先生 / 李女士' }),
    phone: Nullable(Type.String({ description: 'The number once disclosed, else masked as 138****5678' })),
    disclosed: Type.Boolean(),
    city: Nullable(Type.String()),
    educationLevel: Nullable(Type.String({ description: 'Education level code (taxonomy)' })),
    experience: Nullable(Type.String({ description: 'Experience level code (taxonomy)' })),
    intentions: Type.Array(Type.String(), { description: 'Position codes the seeker is looking for' }),
  },
  { ...strict, title: 'Candidate' },
);

const Event = Type.Object(
  {
    status: ApplicationStatus,
    from: Nullable(ApplicationStatus),
    by: Type.Union([L('seeker'), L('recruiter')]),
    at: DateTime,
  },
  { ...strict, title: 'ApplicationEvent' },
);

const interviewFields = {
  id: Type.Integer(),
  applicationId: Type.Integer(),
  scheduledAt: DateTime,
  day: Type.String({ description: 'Calendar day of the interview in China time (YYYY-MM-DD)' }),
  mode: InterviewMode,
  location: Type.String({ description: 'Address, or the meeting link of an online interview' }),
  contactPerson: Type.String(),
  note: Type.String(),
  status: InterviewStatus,
  proposedAt: Nullable(DateTime),
  responseNote: Nullable(Type.String()),
  createdAt: DateTime,
  updatedAt: DateTime,
};
export const Interview = Type.Object(interviewFields, { ...strict, title: 'Interview' });

export const MyApplication = Type.Object(
  {
    id: Type.Integer(),
    job: JobRef,
    enterprise: EnterpriseRef,
    resumeId: Type.Integer(),
    status: ApplicationStatus,
    appliedAt: DateTime,
    updatedAt: DateTime,
    events: Type.Array(Event),
    interviews: Type.Array(Interview),
  },
  { ...strict, title: 'MyApplication' },
);
export const MyApplicationList = Type.Object({ items: Type.Array(MyApplication) }, strict);
export const MyApplicationsQuery = Type.Object({ jobId: Type.Optional(Id) }, strict);

export const ApplyBody = Type.Object({ jobId: Id, resumeId: Id }, strict);

export const PipelineQuery = Type.Object(
  {
    jobId: Type.Optional(Id),
    status: Type.Optional(PipelineStatus),
    before: Type.Optional(Type.Integer({ minimum: 1, description: 'Keyset cursor: nextBefore of the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  },
  strict,
);

const PipelineFields = {
  id: Type.Integer(),
  job: JobRef,
  status: PipelineStatus,
  appliedAt: DateTime,
  updatedAt: DateTime,
  candidate: Candidate,
};
export const PipelineItem = Type.Object(PipelineFields, { ...strict, title: 'PipelineItem' });
export const Pipeline = Type.Object(
  {
    items: Type.Array(PipelineItem),
    counts: Type.Object(
      {
        new: Type.Integer(),
        viewed: Type.Integer(),
        interview: Type.Integer(),
        offer: Type.Integer(),
        not_suitable: Type.Integer(),
      },
      strict,
    ),
    jobs: Type.Array(
      Type.Object({ id: Type.Integer(), title: Type.String(), city: Type.String(), open: Type.Boolean(), applications: Type.Integer() }, strict),
    ),
    nextBefore: Nullable(Type.Integer()),
  },
  strict,
);
export const ApplicationDetail = Type.Object(
  { ...PipelineFields, events: Type.Array(Event), interviews: Type.Array(Interview) },
  { ...strict, title: 'ApplicationDetail' },
);

export const MoveBody = Type.Object(
  {
    ids: Type.Array(Id, { minItems: 1, maxItems: 100 }),
    status: Type.Union([L('viewed'), L('interview'), L('offer'), L('not_suitable')]),
  },
  strict,
);
export const Moved = Type.Object({ ok: Type.Literal(true), moved: Type.Integer() }, strict);

export const InviteBody = Type.Object(
  {
    scheduledAt: Type.String({ format: 'date-time', description: 'When the interview starts; must be in the future' }),
    mode: InterviewMode,
    location: Type.String({ minLength: 1, maxLength: 300 }),
    contactPerson: Type.String({ minLength: 1, maxLength: 60 }),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  strict,
);

export const AnswerInterviewBody = Type.Object(
  {
    answer: Type.Union([L('accept'), L('decline'), L('propose')]),
    proposedAt: Type.Optional(Type.String({ format: 'date-time', description: 'Required when proposing another time' })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  strict,
);

export const ChangeInterviewBody = Type.Object({ action: Type.Union([L('accept_proposal'), L('cancel')]) }, strict);

export const MyInterview = Type.Object({ ...interviewFields, job: JobRef, enterprise: EnterpriseRef }, { ...strict, title: 'MyInterview' });
export const MyInterviewList = Type.Object({ items: Type.Array(MyInterview) }, strict);
export const EnterpriseInterview = Type.Object({ ...interviewFields, job: JobRef, candidate: Candidate }, { ...strict, title: 'EnterpriseInterview' });
export const EnterpriseInterviewList = Type.Object({ items: Type.Array(EnterpriseInterview) }, strict);

export const ContactBody = Type.Object(
  {
    resumeId: Id,
    jobId: Id,
    message: Type.String({ minLength: 1, maxLength: 300 }),
  },
  strict,
);
export const ContactAnswerBody = Type.Object({ answer: Type.Union([L('accept'), L('decline')]) }, strict);
export const EligibilityQuery = Type.Object({ resumeId: Id }, strict);
export const Eligibility = Type.Object(
  {
    status: Type.Union([L('ok'), L('unverified'), L('not_found'), L('not_accepted'), L('shared'), L('pending')]),
    remainingToday: Type.Integer(),
  },
  strict,
);

export const MyContactRequest = Type.Object(
  {
    id: Type.Integer(),
    enterprise: Type.Object({ id: Type.Integer(), name: Type.String(), verified: Type.Boolean() }, strict),
    job: JobRef,
    resumeId: Type.Integer(),
    message: Type.String(),
    status: ContactStatus,
    sentAt: DateTime,
    expiresAt: DateTime,
    answeredAt: Nullable(DateTime),
  },
  { ...strict, title: 'MyContactRequest' },
);
export const MyContactRequestList = Type.Object({ items: Type.Array(MyContactRequest) }, strict);

export const SentContactRequest = Type.Object(
  {
    id: Type.Integer(),
    job: JobRef,
    candidate: Candidate,
    message: Type.String(),
    status: ContactStatus,
    sentAt: DateTime,
    expiresAt: DateTime,
    answeredAt: Nullable(DateTime),
  },
  { ...strict, title: 'SentContactRequest' },
);
export const SentContactRequestList = Type.Object({ items: Type.Array(SentContactRequest) }, strict);
