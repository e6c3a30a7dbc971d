import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/index.js';
import { createTestDatabase } from '../test/db.js';
import { createFieldCipher, ShreddedError } from './cipher.js';
import { newKeyEntry, parseKeyRing } from './keyring.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe('field encryption', () => {
  const oldEntry = newKeyEntry();
  const cipher = createFieldCipher(parseKeyRing(oldEntry));

  it('round-trips a value and never stores it or the data key in the clear', async () => {
    const subject = randomUUID();
    const sealed = await cipher.encrypt(handle.db, subject, '13812345678');
    expect(sealed).toMatch(/^e1\./);
    expect(sealed).not.toContain('13812345678');
    expect(await cipher.decrypt(handle.db, subject, sealed)).toBe('13812345678');
    const again = await cipher.encrypt(handle.db, subject, '13812345678');
    expect(again).not.toBe(sealed);
    const keys = await handle.db.selectFrom('subject_keys').select(['subject_id']).where('subject_id', '=', subject).execute();
    expect(keys).toHaveLength(1);
  });

  it('binds a ciphertext to its person', async () => {
    const a = randomUUID();
    const b = randomUUID();
    const sealed = await cipher.encrypt(handle.db, a, '110105199001011234');
    await cipher.encrypt(handle.db, b, 'x');
    await expect(cipher.decrypt(handle.db, b, sealed)).rejects.toThrow();
  });

  it('makes every copy unreadable once the person’s key is shredded', async () => {
    const subject = randomUUID();
    const sealed = await cipher.encrypt(handle.db, subject, '13900001111');
    expect(await cipher.shred(handle.db, subject)).toBe(true);
    await expect(cipher.decrypt(handle.db, subject, sealed)).rejects.toBeInstanceOf(ShreddedError);
    expect(await cipher.decryptMany(handle.db, [{ subjectId: subject, ciphertext: sealed }])).toEqual([null]);
  });

  it('re-wraps every data key under a new key-encryption key, after which the old one can go', async () => {
    const subject = randomUUID();
    const sealed = await cipher.encrypt(handle.db, subject, '13700002222');
    const newEntry = newKeyEntry();
    const both = createFieldCipher(parseKeyRing(`${newEntry},${oldEntry}`));
    const rewrapped = await both.rotate(handle.db, 2);
    expect(rewrapped).toBeGreaterThanOrEqual(1);
    expect(await both.rotate(handle.db)).toBe(0);
    const onlyNew = createFieldCipher(parseKeyRing(newEntry));
    expect(await onlyNew.decrypt(handle.db, subject, sealed)).toBe('13700002222');
    await expect(cipher.decrypt(handle.db, subject, sealed)).rejects.toThrow(/not in the key ring/);
  });
});
