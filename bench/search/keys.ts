/**
 * The fixed secret and key ring of the benchmark's Renhe instance, shared by the loader (which
 * writes phone numbers, data keys and sessions directly) and the server child process.
 * Never used outside the benchmark.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import { keyedHash, randomToken } from '../../src/platform/crypto.js';
import { parseKeyRing } from '../../src/privacy/index.js';

export const BENCH_SECRET = Buffer.from('search-bench-secret-search-bench-secret!', 'utf8');
export const BENCH_KEYS = parseKeyRing(`kbench1:${Buffer.alloc(32, 11).toString('base64')}`);

const kek = BENCH_KEYS.keys.get(BENCH_KEYS.currentId) as Buffer;

/** AES-256-GCM sealed value in the field cipher's format: base64url(iv | tag | ciphertext). */
function seal(key: Buffer, plaintext: Buffer, aad: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([c.update(plaintext), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64url');
}

/** A new data key for a person (wrapped by the key ring's current key) and their number encrypted with it. */
export function encryptPhone(subjectId: string, phone: string): { kekId: string; wrappedKey: string; phoneEnc: string } {
  const dek = randomBytes(32);
  return {
    kekId: BENCH_KEYS.currentId,
    wrappedKey: seal(kek, dek, `dek:${subjectId}`),
    phoneEnc: `e1.${seal(dek, Buffer.from(phone, 'utf8'), subjectId)}`,
  };
}

export const phoneIndex = (phone: string) => keyedHash(BENCH_SECRET, 'phone', phone);

/** A session token with the hash the database keeps and the CSRF token writes must carry. */
export function newSession(): { token: string; tokenHash: string; csrf: string } {
  const token = randomToken();
  return { token, tokenHash: keyedHash(BENCH_SECRET, 'session', token), csrf: keyedHash(BENCH_SECRET, 'csrf', token) };
}
