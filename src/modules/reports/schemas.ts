import { Type } from 'typebox';

const strict = { additionalProperties: false } as const;
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const Reason = Type.Union(
  [Type.Literal('fraud'), Type.Literal('discrimination'), Type.Literal('false_information'), Type.Literal('harassment'), Type.Literal('other')],
  { description: 'fraud (收费、押金、培训贷…), discrimination, false_information, harassment, other' },
);
const Status = Type.Union([Type.Literal('open'), Type.Literal('upheld'), Type.Literal('dismissed')]);
const TargetKind = Type.Union([Type.Literal('job'), Type.Literal('enterprise')]);

export const NoQuery = Type.Object({}, strict);
export const ReportParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, strict);

export const NewReportBody = Type.Object(
  {
    target: TargetKind,
    targetId: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    reason: Reason,
    description: Type.String({ minLength: 1, maxLength: 1000, description: 'What happened; stored and shown as plain text' }),
  },
  strict,
);

const Target = Type.Object(
  {
    kind: TargetKind,
    id: Nullable(Type.Integer()),
    name: Nullable(Type.String({ description: 'The job title or enterprise name; null when it no longer exists' })),
    jobStatus: Nullable(Type.String()),
    enterprise: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() }, strict)),
  },
  strict,
);

export const MyReport = Type.Object(
  {
    id: Type.String(),
    target: Target,
    reason: Nullable(Reason),
    description: Nullable(Type.String()),
    status: Status,
    outcome: Nullable(Type.String({ description: "The operator's answer, once decided" })),
    createdAt: DateTime,
    decidedAt: Nullable(DateTime),
  },
  { ...strict, title: 'MyReport' },
);
export const MyReportList = Type.Object({ items: Type.Array(MyReport) }, strict);

export const QueueQuery = Type.Object(
  {
    status: Type.Optional(Status),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  },
  strict,
);
export const ReportQueue = Type.Object(
  {
    counts: Type.Object({ open: Type.Integer(), upheld: Type.Integer(), dismissed: Type.Integer() }, strict),
    items: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          target: Target,
          reason: Nullable(Reason),
          status: Status,
          openReportsOnTarget: Type.Integer({ description: 'Open reports on the same job or enterprise' }),
          createdAt: DateTime,
          decidedAt: Nullable(DateTime),
        },
        strict,
      ),
    ),
  },
  { ...strict, title: 'ReportQueue' },
);

export const ReportReview = Type.Object(
  {
    id: Type.String(),
    target: Target,
    reason: Nullable(Reason),
    description: Nullable(Type.String({ description: "The reporter's words (reading them is recorded in the audit log)" })),
    status: Status,
    outcome: Nullable(Type.String()),
    openReportsOnTarget: Type.Integer(),
    createdAt: DateTime,
    decidedAt: Nullable(DateTime),
  },
  { ...strict, title: 'ReportReview' },
);
export const DecisionBody = Type.Object(
  {
    decision: Type.Union([Type.Literal('uphold'), Type.Literal('dismiss')], {
      description: 'uphold: the job is taken down or the enterprise flagged; dismiss: nothing changes',
    }),
    outcome: Type.String({ minLength: 1, maxLength: 1000, description: 'The answer every reporter of this job or enterprise sees' }),
  },
  strict,
);
export const Decided = Type.Object(
  { ...ReportReview.properties, decidedReports: Type.Integer({ description: 'Open reports on the same target decided with this one' }) },
  strict,
);

export const EnterpriseStandingParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, strict);
export const EnterpriseStanding = Type.Object(
  {
    enterpriseId: Type.Integer(),
    flagged: Type.Boolean({ description: 'An operator upheld a report against this enterprise' }),
    reason: Nullable(Reason),
    flaggedAt: Nullable(DateTime),
  },
  { ...strict, title: 'EnterpriseStanding' },
);
