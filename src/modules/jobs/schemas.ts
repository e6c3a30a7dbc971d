import { Type } from 'typebox';

const strict = { additionalProperties: false } as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

export const JobTypeCode = Type.Union([Type.Literal('full_time'), Type.Literal('part_time'), Type.Literal('internship')]);
export const JobStatus = Type.Union(
  [Type.Literal('draft'), Type.Literal('pending'), Type.Literal('open'), Type.Literal('rejected'), Type.Literal('closed'), Type.Literal('expired')],
  { description: 'draft; pending: waiting for operator review; open; rejected (see reviewNote); closed; expired (past expiresAt)' },
);

export const EnterpriseBrief = Type.Object(
  { id: Type.Integer(), name: Type.String(), industry: Type.String(), size: Type.String(), verified: Type.Boolean() },
  { ...strict, title: 'EnterpriseBrief' },
);

const salary = {
  salaryMin: Type.Integer({ description: 'Thousands of yuan a month' }),
  salaryMax: Type.Integer({ description: 'Thousands of yuan a month' }),
  salaryMonths: Type.Integer({ description: 'Months of salary a year, e.g. 13' }),
};

export const JobSummary = Type.Object(
  {
    id: Type.Integer(),
    title: Type.String(),
    category: Type.String({ description: 'Position category code (taxonomy)' }),
    position: Type.String({ description: 'Position code (taxonomy)' }),
    city: Type.String(),
    district: Nullable(Type.String()),
    ...salary,
    experience: Type.String({ description: 'Experience level code (taxonomy)' }),
    education: Type.String({ description: 'Education level code (taxonomy)' }),
    jobType: JobTypeCode,
    tags: Type.Array(Type.String(), { description: 'Welfare tag codes (taxonomy)' }),
    publishedAt: DateTime,
    refreshedAt: DateTime,
    expiresAt: DateTime,
    enterprise: EnterpriseBrief,
  },
  { ...strict, title: 'JobSummary' },
);

export const JobDetail = Type.Object(
  {
    ...JobSummary.properties,
    address: Type.String(),
    headcount: Type.Integer(),
    description: Type.String(),
    requirements: Type.String(),
    enterprise: Type.Object({ ...EnterpriseBrief.properties, city: Type.String(), description: Type.String() }, strict),
  },
  { ...strict, title: 'JobDetail' },
);

const MonetaryAmount = Type.Object(
  {
    '@type': Type.Literal('MonetaryAmount'),
    currency: Type.Literal('CNY'),
    value: Type.Object(
      { '@type': Type.Literal('QuantitativeValue'), minValue: Type.Integer(), maxValue: Type.Integer(), unitText: Type.Literal('MONTH') },
      strict,
    ),
  },
  strict,
);

/** schema.org JobPosting, as search engines read it. */
export const JobPostingLd = Type.Object(
  {
    '@context': Type.Literal('https://schema.org'),
    '@type': Type.Literal('JobPosting'),
    title: Type.String(),
    description: Type.String(),
    datePosted: DateTime,
    validThrough: DateTime,
    employmentType: Type.String(),
    totalJobOpenings: Type.Integer(),
    occupationalCategory: Type.String(),
    hiringOrganization: Type.Object({ '@type': Type.Literal('Organization'), name: Type.String() }, strict),
    jobLocation: Type.Object(
      {
        '@type': Type.Literal('Place'),
        address: Type.Object(
          {
            '@type': Type.Literal('PostalAddress'),
            addressCountry: Type.Literal('CN'),
            addressLocality: Type.String(),
            addressRegion: Type.Optional(Type.String()),
            streetAddress: Type.Optional(Type.String()),
          },
          strict,
        ),
      },
      strict,
    ),
    baseSalary: MonetaryAmount,
  },
  { ...strict, title: 'JobPostingLd' },
);

export const JobListQuery = Type.Object(
  {
    city: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
    enterpriseId: Type.Optional(Type.Integer({ minimum: 1, description: "Only this enterprise's jobs" })),
    cursor: Type.Optional(Type.String({ maxLength: 64, description: 'Opaque cursor from the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  },
  strict,
);

export const JobList = Type.Object({ items: Type.Array(JobSummary), nextCursor: Nullable(Type.String()) }, strict);
export const JobParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, strict);
export const CityList = Type.Object({ cities: Type.Array(Type.Object({ city: Type.String(), jobs: Type.Integer() }, strict)) }, strict);

export const NoQuery = Type.Object({}, strict);

// --- recruiters -------------------------------------------------------------------------------

export const JobInput = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 40 }),
    position: Type.String({ minLength: 1, maxLength: 40, description: 'Position code (taxonomy)' }),
    city: Type.String({ minLength: 1, maxLength: 20 }),
    district: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    address: Type.Optional(Type.String({ maxLength: 120 })),
    salaryMin: Type.Integer({ minimum: 1, maximum: 1000, description: 'Thousands of yuan a month' }),
    salaryMax: Type.Integer({ minimum: 1, maximum: 1000, description: 'Thousands of yuan a month; not below salaryMin' }),
    salaryMonths: Type.Integer({ minimum: 12, maximum: 24 }),
    experience: Type.String({ maxLength: 20 }),
    education: Type.String({ maxLength: 20 }),
    jobType: JobTypeCode,
    headcount: Type.Integer({ minimum: 1, maximum: 9999 }),
    tags: Type.Array(Type.String({ maxLength: 30 }), { maxItems: 14, uniqueItems: true }),
    description: Type.String({ minLength: 1, maxLength: 5000, description: 'Plain text; shown as text, never as HTML' }),
    requirements: Type.Optional(Type.String({ maxLength: 5000 })),
  },
  { ...strict, title: 'JobInput' },
);

export const JobWrite = Type.Object(
  {
    ...JobInput.properties,
    submit: Type.Optional(Type.Boolean({ description: 'Publish (or send to review) rather than keep a draft' })),
  },
  { ...strict, title: 'JobWrite' },
);

export const ManagedJob = Type.Object(
  {
    id: Type.Integer(),
    enterpriseId: Type.Integer(),
    title: Type.String(),
    category: Type.String(),
    position: Type.String(),
    city: Type.String(),
    district: Nullable(Type.String()),
    address: Type.String(),
    ...salary,
    experience: Type.String(),
    education: Type.String(),
    jobType: JobTypeCode,
    headcount: Type.Integer(),
    tags: Type.Array(Type.String()),
    description: Type.String(),
    requirements: Type.String(),
    status: JobStatus,
    reviewNote: Nullable(Type.String({ description: "The operator's reason for a rejection" })),
    flags: Type.Array(Type.String(), { description: 'Why the job waits for review: anti-fraud rule names or a reason given by the platform' }),
    publishedAt: Nullable(DateTime),
    refreshedAt: Nullable(DateTime),
    expiresAt: Nullable(DateTime),
    canRefreshAt: Nullable(DateTime),
    createdAt: DateTime,
    updatedAt: DateTime,
  },
  { ...strict, title: 'ManagedJob' },
);

export const Workspace = Type.Object(
  {
    enterprise: Nullable(Type.Object({ id: Type.Integer(), name: Type.String(), verified: Type.Boolean() }, strict)),
    jobs: Type.Array(ManagedJob),
  },
  { ...strict, title: 'JobsWorkspace' },
);

export const JobAction = Type.Object(
  { id: Type.Integer({ minimum: 1 }), action: Type.Union([Type.Literal('submit'), Type.Literal('close'), Type.Literal('reopen'), Type.Literal('refresh')]) },
  strict,
);

// --- operators --------------------------------------------------------------------------------

export const JobReview = Type.Object(
  {
    job: ManagedJob,
    enterprise: Type.Object({ id: Type.Integer(), name: Type.String(), verified: Type.Boolean() }, strict),
  },
  { ...strict, title: 'JobReview' },
);
export const JobReviewList = Type.Object({ reviews: Type.Array(JobReview) }, strict);
export const JobReviewDecision = Type.Object(
  {
    decision: Type.Union([Type.Literal('approve'), Type.Literal('reject')]),
    reason: Type.Optional(Type.String({ maxLength: 500, description: 'Required to reject; the recruiters see it' })),
  },
  strict,
);
