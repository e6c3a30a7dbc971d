import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Key-encryption keys (KEKs). The first key is current: new data keys are wrapped with it. Older
 * keys stay listed until `renhe keys rotate` has re-wrapped every data key with the current one.
 *
 * Source: ENCRYPTION_KEYS (`id:base64,id:base64`, newest first) or, for the embedded default,
 * DATA_DIR/encryption.keys (one `id:base64` per line, newest first, mode 0600).
 */
export interface KeyRing {
  currentId: string;
  keys: Map<string, Buffer>;
}

export class KeyRingError extends Error {}

function parseEntry(entry: string): [string, Buffer] {
  const [id, b64] = entry.trim().split(':');
  if (!id || !b64 || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new KeyRingError('each key must look like id:base64');
  const key = Buffer.from(b64, 'base64');
  if (key.length !== 32) throw new KeyRingError(`key ${id} must be 32 bytes (AES-256)`);
  return [id, key];
}

export function parseKeyRing(text: string): KeyRing {
  const entries = text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parseEntry);
  if (!entries.length) throw new KeyRingError('no encryption key');
  return { currentId: entries[0]![0], keys: new Map(entries) };
}

export function newKeyEntry(): string {
  const key = randomBytes(32);
  const id = `k${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
  return `${id}:${key.toString('base64')}`;
}

export function keyFile(dataDir: string): string {
  return path.join(dataDir, 'encryption.keys');
}

/** Loads the ring; for the embedded default creates the key file on first use. */
export function loadKeyRing(configured: string | undefined, dataDir: string, warn?: (msg: string) => void): KeyRing {
  if (configured) return parseKeyRing(configured);
  const file = keyFile(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, `${newKeyEntry()}\n`, { mode: 0o600, flag: 'wx' });
  warn?.(
    'ENCRYPTION_KEYS is not set: using the key file generated in the data folder. Keep it out of backups of the database, and set ENCRYPTION_KEYS on a real site.',
  );
  return parseKeyRing(fs.readFileSync(file, 'utf8'));
}

/** Embedded default only: puts a new current key at the top of the key file. */
export function addKeyToFile(dataDir: string): string {
  const file = keyFile(dataDir);
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const entry = newKeyEntry();
  fs.writeFileSync(file, `${entry}\n${existing}`, { mode: 0o600 });
  return entry.split(':')[0]!;
}
