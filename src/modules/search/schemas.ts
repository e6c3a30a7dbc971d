import { Type } from 'typebox';
import { CandidateCardSchema } from '../resumes/schemas.js';

const strict = { additionalProperties: false } as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Code = (description: string) => Type.String({ maxLength: 200, pattern: '^[a-z0-9_.,+-]*$', description });

export const JobSearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 50, description: 'Keywords (Chinese or Latin); every word must match' })),
    city: Type.Optional(Type.String({ maxLength: 20 })),
    district: Type.Optional(Type.String({ maxLength: 20 })),
    category: Type.Optional(Code('Position category code')),
    position: Type.Optional(Code('Position code')),
    salaryMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: 'Thousands of yuan a month: the job pays at least this' })),
    salaryMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: 'Thousands of yuan a month: the job starts at most at this' })),
    experience: Type.Optional(Code('Experience level codes, comma-separated (any of them)')),
    education: Type.Optional(Code('Education level codes, comma-separated (any of them)')),
    jobType: Type.Optional(Type.Union([Type.Literal('full_time'), Type.Literal('part_time'), Type.Literal('internship')])),
    tags: Type.Optional(Code('Welfare tag codes, comma-separated (all of them)')),
    verified: Type.Optional(Type.Boolean({ description: 'Only verified enterprises' })),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, description: 'Posted or refreshed within this many days' })),
    sort: Type.Optional(Type.Union([Type.Literal('relevance'), Type.Literal('newest'), Type.Literal('salary')])),
    cursor: Type.Optional(Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    total: Type.Optional(Type.Boolean({ description: 'Also count the matches (exactly up to 1000; above that, capped)' })),
  },
  strict,
);

export const JobHit = Type.Object(
  {
    id: Type.Integer(),
    title: Type.String(),
    enterprise: Type.Object({ id: Type.Integer(), name: Type.String(), verified: Type.Boolean() }, strict),
    category: Type.String(),
    position: Type.String(),
    city: Type.String(),
    district: Nullable(Type.String()),
    salaryMin: Type.Integer(),
    salaryMax: Type.Integer(),
    salaryMonths: Type.Integer(),
    experience: Type.String(),
    education: Type.String(),
    jobType: Type.Union([Type.Literal('full_time'), Type.Literal('part_time'), Type.Literal('internship')]),
    tags: Type.Array(Type.String()),
    refreshedAt: Type.String({ format: 'date-time' }),
    snippet: Nullable(Type.String({ description: 'Part of the description around the first keyword' })),
  },
  { ...strict, title: 'JobHit' },
);

export const Suggestion = Type.Object(
  {
    kind: Type.Union([Type.Literal('without_filters'), Type.Literal('word'), Type.Literal('popular')]),
    q: Nullable(Type.String()),
    label: Type.String(),
    count: Nullable(Type.Integer()),
  },
  strict,
);

export const JobSearchResult = Type.Object(
  {
    items: Type.Array(JobHit),
    nextCursor: Nullable(Type.String()),
    total: Nullable(Type.Object({ count: Type.Integer(), capped: Type.Boolean({ description: 'More than `count` match' }) }, strict)),
    words: Type.Array(Type.String(), { description: 'The keywords as understood, for highlighting' }),
    suggestions: Type.Array(Suggestion, { description: 'Other searches to try when nothing matched' }),
  },
  strict,
);

export const CandidateSearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 50, description: 'Keywords over resume content (not names or numbers)' })),
    city: Type.Optional(Type.String({ maxLength: 20, description: 'Lives in or wants to work in this city' })),
    position: Type.Optional(Code('Intended position code')),
    yearsMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
    yearsMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
    education: Type.Optional(Code('At least this education level')),
    salaryMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'Expects at most this (yuan a month)' })),
    activeDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, description: 'Resume updated within this many days' })),
    cursor: Type.Optional(Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  strict,
);

export const CandidateSearchResult = Type.Object(
  { items: Type.Array(CandidateCardSchema), next: Nullable(Type.String()), words: Type.Array(Type.String()) },
  strict,
);
