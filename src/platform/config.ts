import path from 'node:path';

/**
 * Every setting Renhe reads from the environment, with its description and default.
 * docs/CONFIG.md is generated from this list (npm run docs:config), so the two cannot drift.
 */
interface Setting<T> {
  env: string;
  description: string;
  default: string | undefined;
  parse: (raw: string) => T;
}

const str = (raw: string) => raw;
const nonEmpty = (raw: string) => {
  if (!raw.trim()) throw new Error('must not be blank');
  return raw.trim();
};
const int = (min: number, max: number) => (raw: string) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`must be an integer between ${min} and ${max}`);
  return n;
};
const bool = (raw: string) => {
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new Error('must be true or false');
};
const oneOf =
  <T extends string>(...values: T[]) =>
  (raw: string): T => {
    if (!(values as string[]).includes(raw)) throw new Error(`must be one of ${values.join(', ')}`);
    return raw as T;
  };

function setting<T>(env: string, description: string, def: string | undefined, parse: (raw: string) => T): Setting<T> {
  return { env, description, default: def, parse };
}

export const settings = {
  env: setting(
    'NODE_ENV',
    'Run mode. `production` hides stack traces and requires secure cookies behind HTTPS.',
    'development',
    oneOf('development', 'production', 'test'),
  ),
  host: setting('HOST', 'Interface the HTTP server listens on.', '0.0.0.0', str),
  port: setting('PORT', 'TCP port of the HTTP server.', '3000', int(0, 65535)),
  dataDir: setting('DATA_DIR', 'Folder for the embedded database, generated keys and uploaded files.', './data', str),
  filesDir: setting(
    'FILES_DIR',
    'Folder for uploaded files (business licences, logos …) on local disk. When empty, `DATA_DIR/files`. Files are never served from it directly: every download goes through a check of who may read it.',
    undefined,
    str,
  ),
  databaseUrl: setting(
    'DATABASE_URL',
    'PostgreSQL connection string (`postgres://user@host:5432/db`). When empty, the embedded PGlite database in `DATA_DIR/pglite` is used.',
    undefined,
    str,
  ),
  databasePoolSize: setting('DATABASE_POOL_SIZE', 'Connections in the PostgreSQL pool (ignored for PGlite).', '10', int(1, 200)),
  secretKey: setting(
    'SECRET_KEY',
    'Server secret (at least 32 characters) used to hash SMS codes, session tokens and rate-limit keys. When empty, one is generated into `DATA_DIR/secret.key` (mode 0600) and a warning is logged.',
    undefined,
    (raw) => {
      if (raw.length < 32) throw new Error('must be at least 32 characters');
      return raw;
    },
  ),
  encryptionKeys: setting(
    'ENCRYPTION_KEYS',
    'Key-encryption keys for personal data, `id:base64` (32 random bytes) separated by commas, newest first. New data keys are wrapped with the first; `renhe keys rotate` re-wraps the rest. When empty, a key file is generated at `DATA_DIR/encryption.keys` (mode 0600) and a warning is logged.',
    undefined,
    (raw) => {
      for (const entry of raw.split(',')) {
        const [id, b64] = entry.trim().split(':');
        if (!id || !b64 || Buffer.from(b64, 'base64').length !== 32) throw new Error('must be id:base64 entries of 32-byte keys');
      }
      return raw;
    },
  ),
  logLevel: setting(
    'LOG_LEVEL',
    'pino log level: fatal, error, warn, info, debug, trace or silent.',
    'info',
    oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
  ),
  cookieSecure: setting('COOKIE_SECURE', 'Mark session cookies `Secure` (HTTPS only). Defaults to true in production.', undefined, bool),
  sessionDays: setting('SESSION_DAYS', 'Days a session stays valid without use.', '30', int(1, 365)),
  smsAdapter: setting(
    'SMS_ADAPTER',
    'How SMS codes are sent. `outbox` stores them in the database and shows them in the web UI (for trying Renhe locally; never use it on a public site).',
    'outbox',
    oneOf('outbox'),
  ),
  smsCodeTtlSeconds: setting('SMS_CODE_TTL_SECONDS', 'Seconds an SMS code stays valid.', '300', int(30, 3600)),
  smsResendSeconds: setting('SMS_RESEND_SECONDS', 'Minimum seconds between two codes to the same number.', '60', int(0, 3600)),
  smsDailyPerPhone: setting('SMS_DAILY_PER_PHONE', 'Most codes sent to one number in 24 hours.', '10', int(1, 10000)),
  smsDailyPerIp: setting('SMS_DAILY_PER_IP', 'Most codes requested from one IP address in 24 hours.', '10', int(1, 100000)),
  smsMaxAttempts: setting('SMS_MAX_ATTEMPTS', 'Wrong entries after which a code stops working.', '5', int(1, 20)),
  contactRequestsPerDay: setting(
    'CONTACT_REQUESTS_PER_DAY',
    'Most contact requests one recruiter may send to job seekers in a day (China time).',
    '20',
    int(1, 10000),
  ),
  passwordMaxFailures: setting(
    'PASSWORD_MAX_FAILURES',
    'Wrong passwords for one number within 15 minutes before password sign-in is paused for it.',
    '5',
    int(1, 100),
  ),
  retentionIntervalMinutes: setting(
    'RETENTION_INTERVAL_MINUTES',
    'Minutes between two retention sweeps, which delete the rows the privacy inventory says have expired (old SMS codes, ended sessions …); the first runs a minute after start. Only one process sweeps at a time. 0 turns the schedule off (then run `renhe retention run` from cron).',
    '60',
    int(0, 10080),
  ),
  cancellationCoolingOffDays: setting(
    'CANCELLATION_COOLING_OFF_DAYS',
    'Days between a request to cancel an account and its erasure, during which the person can still sign in and undo it. At most 15: calendar days, so erasure always happens within the 15 working days the rules allow. 0 erases at the next sweep (`renhe rights complete-cancellations`).',
    '7',
    int(0, 15),
  ),
  jobExpiryDays: setting(
    'JOB_EXPIRY_DAYS',
    'Days a published job stays open before it expires and leaves the public lists; the recruiter can reopen it for as long again.',
    '30',
    int(1, 365),
  ),
  demoData: setting('DEMO_DATA', 'Load the deterministic demo data set on first start when the database is empty.', 'true', bool),
  webDist: setting('WEB_DIST', 'Folder of the built web app served at `/`.', './web/dist', str),
  trustProxy: setting('TRUST_PROXY', 'Trust `X-Forwarded-*` headers (set when running behind a reverse proxy).', 'false', bool),
  siteOperator: setting(
    'SITE_OPERATOR',
    'Legal name of the organisation that runs this site, shown as the personal-information handler in the published privacy policy. The default is a placeholder: every real deployment must set it.',
    '人和人才服务平台运营方（示例）',
    nonEmpty,
  ),
  privacyContactEmail: setting(
    'PRIVACY_CONTACT_EMAIL',
    'E-mail address for privacy questions, rights requests and complaints, published in the privacy policy. Must be set for a real deployment.',
    'privacy@renhe.example',
    (raw) => {
      if (!/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(raw)) throw new Error('must be an e-mail address');
      return raw;
    },
  ),
  privacyContactAddress: setting(
    'PRIVACY_CONTACT_ADDRESS',
    'Postal address of the operator, published in the privacy policy. The default is an example address: every real deployment must set it.',
    '示例省示例市示例区示例路 1 号（示例地址，请替换）',
    nonEmpty,
  ),
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof settings;
type OptionalKeys = 'databaseUrl' | 'secretKey' | 'cookieSecure' | 'encryptionKeys';
export type Config = { [K in Exclude<keyof Settings, OptionalKeys>]: ReturnType<Settings[K]['parse']> } & {
  [K in OptionalKeys]?: ReturnType<Settings[K]['parse']>;
};

export class ConfigError extends Error {}

/** Reads and validates the whole configuration; throws one error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, s] of Object.entries(settings) as [string, Setting<unknown>][]) {
    const raw = env[s.env];
    const value = raw === undefined || raw === '' ? s.default : raw;
    if (value === undefined) {
      out[key] = undefined;
      continue;
    }
    try {
      out[key] = s.parse(value);
    } catch (err) {
      problems.push(`${s.env} ${(err as Error).message}`);
    }
  }
  // The development outbox shows every code to anyone who asks: never on a production site.
  if (out.env === 'production' && out.smsAdapter === 'outbox') {
    problems.push('SMS_ADAPTER=outbox shows verification codes in the web page and must not be used with NODE_ENV=production');
  }
  if (problems.length) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  const config = { ...out, ...overrides } as Config;
  config.dataDir = path.resolve(config.dataDir);
  config.webDist = path.resolve(config.webDist);
  config.filesDir = path.resolve(config.filesDir ?? path.join(config.dataDir, 'files'));
  return config;
}

/** Markdown reference of every variable, written to docs/CONFIG.md. */
export function renderConfigReference(): string {
  const rows = Object.values(settings as Record<string, Setting<unknown>>).map(
    (s) => `| \`${s.env}\` | ${s.default === undefined ? '—' : `\`${s.default}\``} | ${s.description} |`,
  );
  return [
    '# Configuration',
    '',
    'Renhe reads its settings from environment variables, validates all of them at start-up and refuses to start when one is invalid.',
    'This page is generated from `src/platform/config.ts` by `npm run docs:config`; a test fails when it is stale.',
    '',
    '| variable | default | meaning |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
