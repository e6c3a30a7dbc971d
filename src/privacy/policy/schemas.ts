import { Type } from 'typebox';

const strict = { additionalProperties: false } as const;

const lang = (description: string) => Type.Union([Type.Literal('zh-CN'), Type.Literal('en')], { description });
const hash = (description: string) => Type.String({ pattern: '^[0-9a-f]{16}$', description });

export const PolicyQuery = Type.Object(
  { lang: Type.Optional(lang('Language of the documents; defaults to the x-renhe-locale header, then Accept-Language, then zh-CN')) },
  strict,
);

export const PolicyVersionReply = Type.Object(
  {
    locale: lang('Language of the documents'),
    version: Type.Object(
      {
        policy: hash('Version of the privacy policy: first 16 hex digits of the SHA-256 of its content'),
        collected: hash('Version of the list of personal information collected (个人信息收集清单)'),
        sharing: hash('Version of the third-party sharing list (第三方共享清单)'),
      },
      strict,
    ),
    publishedAt: Type.String({ format: 'date-time', description: 'When the newest of the three documents was first published' }),
  },
  { ...strict, title: 'PrivacyPolicyVersion' },
);
