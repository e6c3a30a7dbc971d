import { Type } from 'typebox';

const strict = { additionalProperties: false } as const;
const Phone = Type.String({ minLength: 1, maxLength: 20, description: 'Mainland China mobile number' });
const Code = Type.String({ minLength: 4, maxLength: 8, pattern: '^[0-9]+$', description: 'The 6-digit code from the text message' });
const DateString = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Gender = Type.Union([Type.Literal('female'), Type.Literal('male'), Type.Literal('other')]);

export const SendCodeBody = Type.Object({ phone: Phone }, strict);
export const SendCodeReply = Type.Object({ resendAfterSeconds: Type.Integer() }, strict);

export const CodeLoginBody = Type.Object({ phone: Phone, code: Code }, strict);
export const PasswordLoginBody = Type.Object({ phone: Phone, password: Type.String({ minLength: 1, maxLength: 128 }) }, strict);

export const RegisterBody = Type.Object(
  {
    phone: Phone,
    code: Code,
    role: Type.Union([Type.Literal('seeker'), Type.Literal('recruiter')]),
    displayName: Type.String({ minLength: 1, maxLength: 40 }),
    birthDate: Type.Optional(DateString),
    acceptTerms: Type.Boolean({ description: 'The user ticked "I have read and agree to the user agreement and privacy policy"' }),
  },
  strict,
);

export const Profile = Type.Object(
  {
    id: Type.String(),
    role: Type.Union([Type.Literal('seeker'), Type.Literal('recruiter'), Type.Literal('operator')]),
    displayName: Type.String(),
    phoneMasked: Type.String({ description: 'e.g. 138****5678' }),
    birthDate: Type.Union([DateString, Type.Null()]),
    gender: Type.Union([Gender, Type.Null()]),
    city: Type.Union([Type.String(), Type.Null()]),
    hasPassword: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { ...strict, title: 'Profile' },
);

export const AuthReply = Type.Object(
  {
    status: Type.Union([Type.Literal('signed_in'), Type.Literal('registration_required')]),
    user: Type.Optional(Profile),
    csrfToken: Type.Optional(Type.String()),
  },
  strict,
);

export const SessionView = Type.Object(
  {
    profile: Profile,
    csrfToken: Type.String({ description: 'Send back in the x-csrf-token header on every write' }),
  },
  strict,
);

export const ProfilePatch = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    birthDate: Type.Optional(Type.Union([DateString, Type.Null()])),
    gender: Type.Optional(Type.Union([Gender, Type.Null()])),
    city: Type.Optional(Type.Union([Type.String({ maxLength: 20 }), Type.Null()])),
  },
  strict,
);

export const PasswordBody = Type.Object(
  {
    currentPassword: Type.Optional(Type.String({ maxLength: 128 })),
    newPassword: Type.String({ minLength: 1, maxLength: 128 }),
  },
  strict,
);

export const SessionItem = Type.Object(
  {
    id: Type.String(),
    userAgent: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    lastSeenAt: Type.String({ format: 'date-time' }),
    current: Type.Boolean(),
  },
  strict,
);
export const SessionList = Type.Object({ sessions: Type.Array(SessionItem) }, strict);
export const SessionParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, strict);

export const OutboxQuery = Type.Object({ phone: Phone }, strict);
export const OutboxReply = Type.Object(
  { messages: Type.Array(Type.Object({ id: Type.String(), body: Type.String(), createdAt: Type.String({ format: 'date-time' }) }, strict)) },
  strict,
);

export const AdminViewParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, strict);
export const AdminViewBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, description: 'Why the operator needs to see this account; kept in the audit log' }) },
  strict,
);
export const AdminAccountView = Type.Object(
  {
    id: Type.String(),
    role: Type.Union([Type.Literal('seeker'), Type.Literal('recruiter'), Type.Literal('operator')]),
    status: Type.Union([Type.Literal('active'), Type.Literal('disabled'), Type.Literal('cancelled')]),
    displayName: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]),
    birthDate: Type.Union([DateString, Type.Null()]),
    gender: Type.Union([Gender, Type.Null()]),
    city: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  strict,
);
