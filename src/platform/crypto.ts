import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Keyed hash for lookups and throttling keys; `purpose` separates the uses of one secret. */
export function keyedHash(secret: Buffer, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(purpose).update('\u0000').update(value).digest('base64url');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
