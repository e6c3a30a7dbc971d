import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../platform/db/index.js';
import type { KeyRing } from './keyring.js';

/**
 * Envelope encryption of personal information. Each person (subject) has a random 256-bit data
 * key, stored only wrapped (AES-256-GCM) by a key-encryption key from the key ring. Field values
 * are encrypted with the subject's data key (AES-256-GCM, the subject id as associated data).
 * Destroying the subject's data key ("shredding") makes every copy of their ciphertext unreadable,
 * including copies in database backups.
 */
const PREFIX = 'e1.';

function seal(key: Buffer, plaintext: Buffer, aad: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([c.update(plaintext), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64url');
}

function open(key: Buffer, sealed: string, aad: string): Buffer {
  const raw = Buffer.from(sealed, 'base64url');
  const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  d.setAAD(Buffer.from(aad));
  d.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([d.update(raw.subarray(28)), d.final()]);
}

export class ShreddedError extends Error {
  constructor() {
    super('the data key of this person has been destroyed');
  }
}

export function createFieldCipher(ring: KeyRing) {
  const kek = (id: string) => {
    const k = ring.keys.get(id);
    if (!k) throw new Error(`encryption key ${id} is not in the key ring`);
    return k;
  };

  async function loadKeys(db: Db, subjectIds: string[]): Promise<Map<string, Buffer>> {
    const ids = [...new Set(subjectIds)];
    if (!ids.length) return new Map();
    const rows = await db.selectFrom('subject_keys').select(['subject_id', 'kek_id', 'wrapped_key']).where('subject_id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.subject_id, open(kek(r.kek_id), r.wrapped_key, `dek:${r.subject_id}`)]));
  }

  async function keyFor(db: Db, subjectId: string): Promise<Buffer> {
    const existing = (await loadKeys(db, [subjectId])).get(subjectId);
    if (existing) return existing;
    const dek = randomBytes(32);
    await db
      .insertInto('subject_keys')
      .values({ subject_id: subjectId, kek_id: ring.currentId, wrapped_key: seal(kek(ring.currentId), dek, `dek:${subjectId}`) })
      .onConflict((oc) => oc.column('subject_id').doNothing())
      .execute();
    // Another request may have created it first: read back whichever key won.
    const stored = (await loadKeys(db, [subjectId])).get(subjectId);
    if (!stored) throw new Error('data key could not be stored');
    return stored;
  }

  return {
    isCiphertext: (value: string) => value.startsWith(PREFIX),

    async encrypt(db: Db, subjectId: string, plaintext: string): Promise<string> {
      return PREFIX + seal(await keyFor(db, subjectId), Buffer.from(plaintext, 'utf8'), subjectId);
    },

    /** Encrypts one value for each of many subjects, creating missing data keys in one statement. */
    async encryptMany(db: Db, items: { subjectId: string; plaintext: string }[]): Promise<string[]> {
      const ids = [...new Set(items.map((i) => i.subjectId))];
      const existing = await loadKeys(db, ids);
      const missing = ids.filter((id) => !existing.has(id));
      if (missing.length) {
        await db
          .insertInto('subject_keys')
          .values(missing.map((id) => ({ subject_id: id, kek_id: ring.currentId, wrapped_key: seal(kek(ring.currentId), randomBytes(32), `dek:${id}`) })))
          .onConflict((oc) => oc.column('subject_id').doNothing())
          .execute();
      }
      const keys = missing.length ? await loadKeys(db, ids) : existing;
      return items.map((i) => PREFIX + seal(keys.get(i.subjectId) as Buffer, Buffer.from(i.plaintext, 'utf8'), i.subjectId));
    },

    /** Decrypts one value; throws ShreddedError when the subject's key is gone. */
    async decrypt(db: Db, subjectId: string, ciphertext: string): Promise<string> {
      const key = (await loadKeys(db, [subjectId])).get(subjectId);
      if (!key) throw new ShreddedError();
      return open(key, ciphertext.slice(PREFIX.length), subjectId).toString('utf8');
    },

    /** Decrypts many values with one key lookup; values of shredded subjects come back null. */
    async decryptMany(db: Db, items: { subjectId: string; ciphertext: string }[]): Promise<(string | null)[]> {
      const keys = await loadKeys(
        db,
        items.map((i) => i.subjectId),
      );
      return items.map((i) => {
        const key = keys.get(i.subjectId);
        return key ? open(key, i.ciphertext.slice(PREFIX.length), i.subjectId).toString('utf8') : null;
      });
    },

    /** Destroys a subject's data key. */
    async shred(db: Db, subjectId: string): Promise<boolean> {
      const res = await db.deleteFrom('subject_keys').where('subject_id', '=', subjectId).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    /** Re-wraps every data key not yet under the current key-encryption key; returns how many. */
    async rotate(db: Db, batchSize = 500): Promise<number> {
      let done = 0;
      for (;;) {
        const rows = await db
          .selectFrom('subject_keys')
          .select(['subject_id', 'kek_id', 'wrapped_key'])
          .where('kek_id', '<>', ring.currentId)
          .orderBy('subject_id')
          .limit(batchSize)
          .execute();
        if (!rows.length) return done;
        await db.transaction().execute(async (trx) => {
          for (const r of rows) {
            const dek = open(kek(r.kek_id), r.wrapped_key, `dek:${r.subject_id}`);
            await trx
              .updateTable('subject_keys')
              .set({ kek_id: ring.currentId, wrapped_key: seal(kek(ring.currentId), dek, `dek:${r.subject_id}`), rewrapped_at: sql`now()` })
              .where('subject_id', '=', r.subject_id)
              .execute();
          }
        });
        done += rows.length;
      }
    },
  };
}

export type FieldCipher = ReturnType<typeof createFieldCipher>;
