/**
 * Masks personal information inside free text. The logger runs every line through this as a
 * safety net: code should log ids, never personal data, but a slip must not reach the output.
 */
const patterns: [RegExp, string][] = [
  // 18-digit resident ID numbers (last character may be X)
  [/(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g, '[id-number]'],
  // mainland mobile numbers, optionally with +86 / 86 prefix
  [/(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g, '[phone]'],
  // e-mail addresses
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
];

// Long opaque strings (session tokens, secrets). UUIDs are ids, not secrets, and stay readable.
const tokenPattern = /(?:Bearer\s+)?[A-Za-z0-9_-]{32,}/g;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function redactText(text: string): string {
  let out = text;
  for (const [re, replacement] of patterns) out = out.replace(re, replacement);
  return out.replace(tokenPattern, (m) => (uuidPattern.test(m) ? m : '[token]'));
}

/** Keys whose values are always removed, whatever they contain. */
const secretKeys = new Set([
  'password',
  'newpassword',
  'currentpassword',
  'code',
  'token',
  'cookie',
  'set-cookie',
  'authorization',
  'x-csrf-token',
  'phone',
  'idnumber',
  'email',
  'secret',
]);

export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[depth]';
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if (value instanceof Error) {
      return { type: value.name, message: redactText(value.message), stack: value.stack ? redactText(value.stack) : undefined };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = secretKeys.has(k.toLowerCase()) ? '[redacted]' : redactValue(v, depth + 1);
    }
    return out;
  }
  return value;
}
