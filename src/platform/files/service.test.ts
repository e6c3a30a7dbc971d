import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { buildUser } from '../../test/factories.js';
import { filesUnder, sample } from '../../test/uploads.js';
import type { Ctx } from '../context.js';
import { createLogger } from '../logger.js';
import { createFileService } from './service.js';
import { createLocalFileStore, type FileStore } from './store.js';

let t: TestApp;
let ownerId: string;
beforeAll(async () => {
  t = await createTestApp();
  ownerId = (await buildUser(t.app, { role: 'recruiter' })).userId;
});
afterAll(async () => {
  await t?.close();
});

const ctx = (): Ctx => ({
  actor: { userId: ownerId, role: 'recruiter', sessionId: 's' },
  requestId: 'test',
  log: createLogger('silent'),
  db: t.db,
  locale: 'zh-CN',
  ip: '127.0.0.1',
  userAgent: undefined,
});
const fileRows = async () => (await sql<{ n: number }>`select count(*)::int as n from files`.execute(t.db)).rows[0]?.n;

describe('file service', () => {
  it('stores the bytes and the row together, and reads them back', async () => {
    const files = createFileService(createLocalFileStore(t.config.filesDir));
    const bytes = sample.png();
    const [stored] = await files.storeWith(ctx(), ownerId, [{ field: 'file', kind: 'png', bytes }], async (_tx, s) => s);
    const read = await files.read(t.db, stored?.id as string);
    expect(read?.bytes.equals(bytes)).toBe(true);
    expect(read?.kind).toBe('png');
    expect(stored?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves no row and no file when the work after the upload fails', async () => {
    const files = createFileService(createLocalFileStore(t.config.filesDir));
    const [rowsBefore, diskBefore] = [await fileRows(), filesUnder(t.config.filesDir).length];
    await expect(
      files.storeWith(
        ctx(),
        ownerId,
        [
          { field: 'a', kind: 'pdf', bytes: sample.pdf() },
          { field: 'b', kind: 'jpeg', bytes: sample.jpeg() },
        ],
        async () => {
          throw new Error('refused after writing');
        },
      ),
    ).rejects.toThrow('refused after writing');
    expect(await fileRows()).toBe(rowsBefore);
    expect(filesUnder(t.config.filesDir)).toHaveLength(diskBefore);
  });

  it('leaves no row and no file when the store fails part-way', async () => {
    const disk = createLocalFileStore(t.config.filesDir);
    let puts = 0;
    const flaky: FileStore = {
      ...disk,
      put: async (key, bytes) => {
        puts += 1;
        if (puts === 2) throw new Error('disk full');
        await disk.put(key, bytes);
      },
    };
    const files = createFileService(flaky);
    const [rowsBefore, diskBefore] = [await fileRows(), filesUnder(t.config.filesDir).length];
    await expect(
      files.storeWith(
        ctx(),
        ownerId,
        [
          { field: 'a', kind: 'pdf', bytes: sample.pdf() },
          { field: 'b', kind: 'jpeg', bytes: sample.jpeg() },
        ],
        async (_tx, s) => s,
      ),
    ).rejects.toThrow('disk full');
    expect(await fileRows()).toBe(rowsBefore);
    expect(filesUnder(t.config.filesDir)).toHaveLength(diskBefore);
  });

  it('refuses keys that could leave the folder', async () => {
    const store = createLocalFileStore(t.config.filesDir);
    await expect(store.put('../outside', Buffer.from('x'))).rejects.toThrow(/invalid file key/);
    await expect(store.get('/etc/passwd')).rejects.toThrow(/invalid file key/);
  });

  it('sweeps away bytes whose row is gone once they are old enough, and keeps every other file', async () => {
    const files = createFileService(createLocalFileStore(t.config.filesDir));
    const keep = (kind: 'pdf' | 'png', bytes: Buffer) => files.storeWith(ctx(), ownerId, [{ field: 'f', kind, bytes }], async (_tx, s) => s[0]!);
    const kept = await keep('pdf', sample.pdf());
    const erased = await keep('png', sample.png());
    const inFlight = await keep('png', sample.png());
    const keyOf = async (id: string) => (await sql<{ k: string }>`select storage_key as k from files where id = ${id}`.execute(t.db)).rows[0]!.k;
    const [keptKey, erasedKey, inFlightKey] = [await keyOf(kept.id), await keyOf(erased.id), await keyOf(inFlight.id)];
    // As erasure does: the rows go inside a transaction that cannot reach the store.
    await sql`delete from files where id in (${erased.id}, ${inFlight.id})`.execute(t.db);
    const hourAndMinuteAgo = new Date(Date.now() - 61 * 60_000);
    for (const key of [keptKey, erasedKey]) await fs.utimes(path.join(t.config.filesDir, key), hourAndMinuteAgo, hourAndMinuteAgo);

    expect(await files.sweepOrphans(t.db)).toBe(1);
    const onDisk = filesUnder(t.config.filesDir).map((f) => path.relative(t.config.filesDir, f).split(path.sep).join('/'));
    expect(onDisk).toContain(keptKey);
    expect(onDisk).not.toContain(erasedKey);
    // Too young to judge: its row may simply not be committed yet.
    expect(onDisk).toContain(inFlightKey);
    expect((await files.read(t.db, kept.id))?.bytes.equals(sample.pdf())).toBe(true);
  });
});
