import { Type } from 'typebox';
import { CandidateCardSchema } from '../resumes/schemas.js';
import { JobHit } from '../search/schemas.js';

const strict = { additionalProperties: false } as const;

export const RecommendJobsQuery = Type.Object({ city: Type.Optional(Type.String({ maxLength: 20, description: 'The city to recommend for' })) }, strict);
export const RecommendedJobs = Type.Object(
  {
    personalised: Type.Boolean({ description: 'False: the same list everyone sees (personalisation off, or signed out)' }),
    items: Type.Array(Type.Object({ ...JobHit.properties, reason: Type.String({ description: 'Why this job is recommended' }) }, strict)),
  },
  strict,
);
export const RecommendCandidatesQuery = Type.Object({ jobId: Type.Integer({ minimum: 1 }) }, strict);
export const RecommendedCandidates = Type.Object(
  { items: Type.Array(Type.Object({ ...CandidateCardSchema.properties, reason: Type.String() }, strict)) },
  strict,
);
export const InterestTags = Type.Object(
  {
    personalised: Type.Boolean(),
    tags: Type.Array(
      Type.Object(
        {
          id: Type.Integer(),
          kind: Type.Union([Type.Literal('position'), Type.Literal('city')]),
          value: Type.String(),
          label: Type.String(),
          weight: Type.Number(),
          updatedAt: Type.String({ format: 'date-time' }),
        },
        strict,
      ),
    ),
  },
  strict,
);
export const TagParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, strict);
export const JobParams = Type.Object({ jobId: Type.Integer({ minimum: 1 }) }, strict);
export const ViewRecorded = Type.Object({ recorded: Type.Boolean({ description: 'False when personalisation is off: nothing was stored' }) }, strict);
export const NoQuery = Type.Object({}, strict);
