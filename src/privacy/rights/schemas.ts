import { Type } from 'typebox';

const strict = { additionalProperties: false } as const;
const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD (mainland China calendar)' });
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const TextPair = Type.Object({ zh: Type.String(), en: Type.String() }, strict);

export const NoQuery = Type.Object({}, strict);
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, strict);

export const RequestKind = Type.Union([
  Type.Literal('export'),
  Type.Literal('cancellation'),
  Type.Literal('correction'),
  Type.Literal('deletion'),
  Type.Literal('restriction'),
  Type.Literal('complaint'),
]);
export const RequestStatus = Type.Union([
  Type.Literal('received'),
  Type.Literal('in_progress'),
  Type.Literal('completed'),
  Type.Literal('refused'),
  Type.Literal('withdrawn'),
]);

export const RequestItem = Type.Object(
  {
    id: Type.String(),
    kind: RequestKind,
    status: RequestStatus,
    details: Nullable(Type.String({ description: 'What the person wrote, with numbers and e-mail addresses masked' })),
    items: Type.Array(Type.String(), { description: 'Deletion requests: the `table.column` items to delete' }),
    refusalReason: Nullable(Type.String({ description: 'Why the request was refused' })),
    createdAt: DateTime,
    dueOn: Type.String({ format: 'date', description: 'Deadline: 15 working days after the request (mainland China calendar)' }),
    effectiveAt: Nullable(Type.String({ format: 'date-time', description: 'Cancellation: when the account is erased' })),
    completedAt: Nullable(Type.String({ format: 'date-time', description: 'When the request was closed' })),
  },
  { ...strict, title: 'DataRequest' },
);
export const RequestList = Type.Object({ requests: Type.Array(RequestItem) }, strict);

export const FileRequestBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('complaint'), Type.Literal('deletion'), Type.Literal('restriction')]),
    details: Type.Optional(
      Type.String({ maxLength: 1000, description: 'Required for a complaint; phone numbers and e-mail addresses are masked before storing' }),
    ),
    items: Type.Optional(
      Type.Array(Type.String({ maxLength: 120, pattern: '^[a-z0-9_]+\\.[a-z0-9_]+$' }), {
        minItems: 1,
        maxItems: 50,
        description: 'Deletion only: inventory items as `table.column` (see the collected-information list)',
      }),
    ),
  },
  strict,
);

const ExportedColumn = Type.Union([
  Type.Object(
    {
      pi: Type.Literal(true),
      exported: Type.Union([Type.Literal('value'), Type.Literal('decrypted'), Type.Literal('withheld')]),
      category: Type.String(),
      categoryLabel: TextPair,
      sensitive: Type.Boolean(),
      purposes: Type.Array(TextPair),
      legalBasis: Type.String(),
      feature: TextPair,
      necessary: Type.Boolean(),
      retention: Type.Object({ duration: Type.String(), trigger: Type.String(), action: Type.String() }, strict),
      visibleTo: Type.Array(Type.String()),
      encrypted: Type.Boolean(),
      thirdParties: Type.Array(Type.String()),
    },
    strict,
  ),
  Type.Object(
    {
      pi: Type.Literal(false),
      exported: Type.Literal('value'),
      role: Type.Union([Type.Literal('id'), Type.Literal('subject'), Type.Literal('time')]),
    },
    strict,
  ),
]);

const ExportedTable = Type.Object(
  {
    module: Type.String(),
    table: Type.String(),
    subjectColumn: Type.String(),
    columns: Type.Record(Type.String(), ExportedColumn),
    // Exactly the columns described in `columns` (minus withheld ones), chosen from the inventory.
    rows: Type.Array(Type.Record(Type.String(), Type.Unknown())),
  },
  strict,
);

export const ExportDocument = Type.Object(
  {
    format: Type.Literal('renhe-export/1'),
    generatedAt: DateTime,
    subjectId: Type.String(),
    modules: Type.Record(Type.String(), Type.Record(Type.String(), ExportedTable), { description: 'module → table → your rows and what each column is' }),
  },
  { ...strict, title: 'PersonalDataExport' },
);

export const ExportReply = Type.Object({ request: RequestItem, export: ExportDocument }, strict);

export const ZipDownload = {
  description: 'A ZIP archive with data.json (machine-readable) and index.html (readable, in Chinese and English)',
  content: { 'application/zip': { schema: Type.String({ format: 'binary' }) } },
};

export const CancellationReply = Type.Object(
  {
    status: Type.Union([Type.Literal('none'), Type.Literal('pending')], { description: 'pending: in the cooling-off period; the account still works' }),
    coolingOffDays: Type.Integer(),
    requestId: Type.Optional(Type.String()),
    requestedAt: Type.Optional(DateTime),
    erasesAt: Type.Optional(Type.String({ format: 'date-time', description: 'When the account and its data are erased' })),
    erasesOn: Type.Optional(DateOnly),
    dueOn: Type.Optional(DateOnly),
  },
  strict,
);

export const QueueQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })) }, strict);

export const QueueItem = Type.Object(
  {
    id: Type.String(),
    subjectId: Type.String(),
    kind: RequestKind,
    status: RequestStatus,
    items: Type.Array(Type.String()),
    hasDetails: Type.Boolean({ description: 'The person wrote something; open the request to read it (audited)' }),
    createdAt: DateTime,
    dueOn: DateOnly,
    workingDaysLeft: Type.Integer({ description: 'Negative when overdue' }),
    effectiveAt: Nullable(Type.String({ format: 'date-time' })),
    automatic: Type.Boolean({ description: 'Exports and cancellations are carried out by the system' }),
  },
  strict,
);
export const QueueReply = Type.Object({ requests: Type.Array(QueueItem) }, strict);

export const AdminRequestView = Type.Object(
  {
    id: Type.String(),
    subjectId: Type.String(),
    kind: RequestKind,
    status: RequestStatus,
    details: Nullable(Type.String()),
    items: Type.Array(Type.String()),
    refusalReason: Nullable(Type.String()),
    createdAt: DateTime,
    dueOn: DateOnly,
    effectiveAt: Nullable(Type.String({ format: 'date-time' })),
    completedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  strict,
);

export const UpdateRequestBody = Type.Object(
  {
    status: Type.Union([Type.Literal('in_progress'), Type.Literal('completed'), Type.Literal('refused')]),
    refusalReason: Type.Optional(Type.String({ maxLength: 1000, description: 'Required when refusing; the person sees it' })),
  },
  strict,
);
