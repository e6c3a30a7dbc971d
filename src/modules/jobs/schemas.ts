import { Type } from 'typebox';

const strict = { additionalProperties: false } as const;

export const EnterpriseBrief = Type.Object(
  { id: Type.Integer(), name: Type.String(), industry: Type.String(), size: Type.String(), verified: Type.Boolean() },
  { ...strict, title: 'EnterpriseBrief' },
);

export const JobSummary = Type.Object(
  {
    id: Type.Integer(),
    title: Type.String(),
    category: Type.String(),
    city: Type.String(),
    district: Type.Union([Type.String(), Type.Null()]),
    salaryMin: Type.Integer({ description: 'Monthly, in yuan' }),
    salaryMax: Type.Integer({ description: 'Monthly, in yuan' }),
    salaryMonths: Type.Integer({ description: 'Months of salary a year, e.g. 13' }),
    experience: Type.String(),
    education: Type.String(),
    jobType: Type.Union([Type.Literal('full_time'), Type.Literal('part_time'), Type.Literal('internship')]),
    tags: Type.Array(Type.String()),
    publishedAt: Type.String({ format: 'date-time' }),
    enterprise: EnterpriseBrief,
  },
  { ...strict, title: 'JobSummary' },
);

export const JobDetail = Type.Object(
  {
    ...JobSummary.properties,
    headcount: Type.Integer(),
    description: Type.String(),
    requirements: Type.String(),
    enterprise: Type.Object({ ...EnterpriseBrief.properties, city: Type.String(), description: Type.String() }, strict),
  },
  { ...strict, title: 'JobDetail' },
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

export const JobList = Type.Object({ items: Type.Array(JobSummary), nextCursor: Type.Union([Type.String(), Type.Null()]) }, strict);
export const JobParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, strict);
export const CityList = Type.Object({ cities: Type.Array(Type.Object({ city: Type.String(), jobs: Type.Integer() }, strict)) }, strict);

export const NoQuery = Type.Object({}, strict);
