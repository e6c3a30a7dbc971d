import { Type } from 'typebox';

const strict = { additionalProperties: false } as const;
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Kind = Type.Union([Type.Literal('job'), Type.Literal('enterprise'), Type.Literal('candidate')], {
  description: 'job and enterprise: seekers; candidate (a resume id): recruiters',
});

export const NoQuery = Type.Object({}, strict);
export const FavouriteParams = Type.Object({ kind: Kind, id: Type.Integer({ minimum: 1, maximum: 2147483647 }) }, strict);
export const FavouriteState = Type.Object({ kind: Kind, id: Type.Integer(), saved: Type.Boolean() }, { ...strict, title: 'FavouriteState' });

export const MyFavourites = Type.Object(
  {
    jobs: Type.Array(
      Type.Object(
        {
          id: Type.Integer(),
          title: Type.String(),
          city: Type.String(),
          status: Type.String({ description: 'open, or closed / expired / pending when it can no longer be applied to' }),
          enterprise: Type.Object({ id: Type.Integer(), name: Type.String(), verified: Type.Boolean() }, strict),
          savedAt: DateTime,
        },
        strict,
      ),
    ),
    enterprises: Type.Array(
      Type.Object(
        {
          id: Type.Integer(),
          name: Type.String(),
          city: Type.String(),
          industry: Type.String(),
          size: Type.String(),
          verified: Type.Boolean(),
          savedAt: DateTime,
        },
        strict,
      ),
    ),
  },
  { ...strict, title: 'MyFavourites' },
);

export const SavedCandidates = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          resumeId: Type.Integer(),
          displayName: Type.String({ description: 'Masked (张先生) until the seeker disclosed to the enterprise' }),
          phone: Type.String({ description: 'Masked (138****5678) until disclosure' }),
          disclosed: Type.Boolean(),
          city: Type.String(),
          educationLevel: Nullable(Type.String()),
          experience: Nullable(Type.String({ description: 'Experience level code' })),
          intentions: Type.Array(Type.String(), { description: 'Position codes' }),
          updatedAt: DateTime,
          savedAt: DateTime,
        },
        strict,
      ),
    ),
  },
  { ...strict, title: 'SavedCandidates' },
);
