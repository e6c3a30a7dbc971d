import { Type } from 'typebox';
import { MB, type UploadSpec } from '../../platform/files/index.js';

const strict = { additionalProperties: false } as const;
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Uuid = Type.String({ format: 'uuid' });
const Role = Type.Union([Type.Literal('admin'), Type.Literal('recruiter')]);
const Decision = Type.Union([Type.Literal('approve'), Type.Literal('reject')]);

export const NoQuery = Type.Object({}, strict);
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, strict);
export const FileParams = Type.Object({ id: Type.Integer({ minimum: 1 }), fileId: Uuid }, strict);
export const JoinRequestParams = Type.Object({ id: Type.Integer({ minimum: 1 }), requestId: Uuid }, strict);
export const InvitationParams = Type.Object({ id: Type.Integer({ minimum: 1 }), invitationId: Uuid }, strict);
export const MemberParams = Type.Object({ id: Type.Integer({ minimum: 1 }), userId: Uuid }, strict);
export const UuidParams = Type.Object({ id: Uuid }, strict);
export const ReviewFileParams = Type.Object({ id: Uuid, fileId: Uuid }, strict);

export const SearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 50, description: 'Part of the enterprise name' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  },
  strict,
);

export const EnterpriseListItem = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    city: Type.String(),
    industry: Type.String(),
    size: Type.String(),
    verified: Type.Boolean(),
    logoFileId: Nullable(Type.String()),
  },
  { ...strict, title: 'EnterpriseListItem' },
);
export const EnterpriseList = Type.Object({ items: Type.Array(EnterpriseListItem) }, strict);

export const EnterpriseProfile = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    creditCode: Nullable(Type.String({ description: 'Unified social credit code (public business registration)' })),
    industry: Type.String(),
    size: Type.String(),
    city: Type.String(),
    address: Type.String(),
    introduction: Type.String(),
    verified: Type.Boolean(),
    logoFileId: Nullable(Type.String({ description: 'GET /api/enterprises/{id}/media/{fileId}' })),
    photoFileIds: Type.Array(Type.String()),
    createdAt: DateTime,
  },
  { ...strict, title: 'EnterpriseProfile' },
);

export const CreateEnterpriseBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 60 }),
    creditCode: Type.String({ minLength: 1, maxLength: 30, description: '18 characters; the check character is verified (GB 32100-2015)' }),
    industry: Type.String({ minLength: 1, maxLength: 40 }),
    size: Type.String({ minLength: 1, maxLength: 20, description: 'e.g. 20-99人' }),
    city: Type.String({ minLength: 1, maxLength: 20 }),
    address: Type.String({ maxLength: 200 }),
    introduction: Type.String({ maxLength: 5000 }),
  },
  strict,
);

const EnterpriseRef = Type.Object({ id: Type.Integer(), name: Type.String() }, strict);

export const EnterpriseClaim = Type.Object(
  {
    id: Type.String(),
    enterprise: EnterpriseRef,
    status: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected')]),
    reason: Nullable(Type.String({ description: 'Why the claim was rejected' })),
    createdAt: DateTime,
    decidedAt: Nullable(DateTime),
  },
  { ...strict, title: 'EnterpriseClaim' },
);

export const MyEnterprise = Type.Object(
  {
    membership: Nullable(
      Type.Object(
        { enterprise: Type.Object({ id: Type.Integer(), name: Type.String(), verified: Type.Boolean() }, strict), role: Role, joinedAt: DateTime },
        strict,
      ),
    ),
    invitations: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          enterprise: Type.Object({ id: Type.Integer(), name: Type.String(), verified: Type.Boolean() }, strict),
          role: Role,
          createdAt: DateTime,
          expiresAt: DateTime,
        },
        strict,
      ),
      { description: 'Invitations addressed to the number I signed in with' },
    ),
    joinRequests: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          enterprise: EnterpriseRef,
          status: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected')]),
          createdAt: DateTime,
          decidedAt: Nullable(DateTime),
        },
        strict,
      ),
    ),
    claims: Type.Array(EnterpriseClaim),
  },
  { ...strict, title: 'MyEnterprise' },
);

export const JoinRequestCreated = Type.Object(
  { id: Type.String(), enterpriseId: Type.Integer(), status: Type.Literal('pending'), createdAt: DateTime },
  strict,
);
export const JoinRequestList = Type.Object(
  {
    requests: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          userId: Type.String(),
          displayName: Nullable(Type.String({ description: 'Withheld (null) while the person has restricted processing of their data' })),
          createdAt: DateTime,
        },
        strict,
      ),
    ),
  },
  strict,
);
export const DecisionBody = Type.Object({ decision: Decision }, strict);

export const InviteBody = Type.Object(
  { phone: Type.String({ minLength: 1, maxLength: 20, description: 'Mainland China mobile number of the recruiter to invite' }), role: Role },
  strict,
);
export const Invitation = Type.Object(
  { id: Type.String(), phoneMasked: Type.String({ description: 'e.g. 138****5678' }), role: Role, createdAt: DateTime, expiresAt: DateTime },
  { ...strict, title: 'EnterpriseInvitation' },
);
export const InvitationList = Type.Object({ invitations: Type.Array(Invitation) }, strict);
export const AnswerBody = Type.Object({ answer: Type.Union([Type.Literal('accept'), Type.Literal('decline')]) }, strict);

export const MemberList = Type.Object(
  {
    members: Type.Array(
      Type.Object(
        {
          userId: Type.String(),
          displayName: Nullable(Type.String({ description: 'Withheld (null) while the person has restricted processing of their data' })),
          role: Role,
          joinedAt: DateTime,
          you: Type.Boolean(),
        },
        strict,
      ),
    ),
  },
  strict,
);
export const RoleBody = Type.Object({ role: Role }, strict);

const ReviewFile = Type.Object(
  {
    id: Type.String(),
    document: Type.Union([Type.Literal('licence'), Type.Literal('authorisation')]),
    kind: Type.String({ description: 'pdf, jpeg, png or webp, as judged from the content' }),
    sizeBytes: Type.Integer(),
  },
  strict,
);

export const Certification = Type.Object(
  {
    enterpriseId: Type.Integer(),
    status: Type.Union([Type.Literal('none'), Type.Literal('pending'), Type.Literal('verified'), Type.Literal('rejected')]),
    reason: Nullable(Type.String({ description: 'Why the last request was rejected' })),
    submittedAt: Nullable(DateTime),
    decidedAt: Nullable(DateTime),
    files: Type.Array(ReviewFile),
  },
  { ...strict, title: 'EnterpriseCertification' },
);

export const ReviewQueueQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })) }, strict);
export const ReviewQueue = Type.Object(
  {
    reviews: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          kind: Type.Union([Type.Literal('certification'), Type.Literal('claim')]),
          enterprise: Type.Object({ id: Type.Integer(), name: Type.String(), creditCode: Nullable(Type.String()) }, strict),
          claimedCreditCode: Nullable(Type.String({ description: 'Claims: the code the claimant gave' })),
          files: Type.Array(ReviewFile),
          submittedAt: DateTime,
        },
        strict,
      ),
    ),
  },
  strict,
);
export const ReviewDecisionBody = Type.Object(
  {
    decision: Decision,
    reason: Type.Optional(Type.String({ maxLength: 500, description: 'Required when rejecting; the applicant sees it' })),
  },
  strict,
);
export const ReviewDecided = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union([Type.Literal('certification'), Type.Literal('claim')]),
    enterpriseId: Type.Integer(),
    status: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected')]),
    reason: Nullable(Type.String()),
    decidedAt: Nullable(DateTime),
  },
  strict,
);

/** A file sent back as bytes; the content type is the kind sniffed at upload. */
export const FileDownload = {
  description: 'The file, with the content type of the kind it was judged to be at upload',
  content: { 'application/octet-stream': { schema: Type.String({ format: 'binary' }) } },
};

const images = ['jpeg', 'png', 'webp'] as const;
const documents = ['pdf', 'jpeg', 'png', 'webp'] as const;

export const LogoUpload: UploadSpec = {
  files: { file: { required: true, kinds: images, description: 'The logo' } },
  maxFileBytes: 2 * MB,
};
export const PhotoUpload: UploadSpec = {
  files: { file: { required: true, kinds: images, description: 'A photo of the workplace or team' } },
  maxFileBytes: 5 * MB,
};
export const CertificationUpload: UploadSpec = {
  files: {
    licence: { required: true, kinds: documents, description: 'Business licence (营业执照), a scan or photo' },
    authorisation: { required: false, kinds: documents, description: 'Letter of authorisation (授权书), when the applicant is not the legal representative' },
  },
  maxFileBytes: 10 * MB,
};
export const ClaimUpload = {
  files: CertificationUpload.files,
  fields: Type.Object({ creditCode: Type.String({ minLength: 1, maxLength: 30, description: 'The credit code on the licence' }) }, strict),
  maxFileBytes: 10 * MB,
} satisfies UploadSpec;
