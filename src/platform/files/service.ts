import { createHash, randomUUID } from 'node:crypto';
import type { Ctx } from '../context.js';
import type { Db } from '../db/index.js';
import { filesRepository as repo } from './repository.js';
import type { FileKind } from './sniff.js';
import type { FileStore } from './store.js';

/** A file received and checked (its kind sniffed from the bytes), not stored yet. */
export interface Upload {
  field: string;
  kind: FileKind;
  bytes: Buffer;
}

export interface StoredFile {
  id: string;
  field: string;
  kind: FileKind;
  sizeBytes: number;
  sha256: string;
}

/**
 * Stores uploads and hands them back only to callers that have decided who may read them: no
 * route serves files by key. Writes are all-or-nothing across the database and the store.
 */
export function createFileService(store: FileStore) {
  return {
    storeName: store.name,

    /**
     * Stores the uploads as `ownerId`'s and runs `fn` with them in one transaction. If anything
     * fails (a write, `fn`, the commit) the rows roll back and every byte written is removed, so a
     * refused or failed upload leaves nothing behind. Must not be called inside a transaction:
     * the files can only be cleaned up if this call owns the commit.
     */
    async storeWith<T>(ctx: Ctx, ownerId: string, uploads: Upload[], fn: (tx: Ctx, files: StoredFile[]) => Promise<T>): Promise<T> {
      if (ctx.db.isTransaction) throw new Error('files.storeWith must own its transaction');
      const written: string[] = [];
      try {
        return await ctx.db.transaction().execute(async (trx) => {
          const tx = { ...ctx, db: trx };
          const stored: StoredFile[] = [];
          for (const u of uploads) {
            const id = randomUUID();
            const now = new Date();
            const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
            const sha256 = createHash('sha256').update(u.bytes).digest('hex');
            await repo.insert(trx, { id, owner_id: ownerId, kind: u.kind, size_bytes: u.bytes.length, sha256, storage_key: key });
            await store.put(key, u.bytes);
            written.push(key);
            stored.push({ id, field: u.field, kind: u.kind, sizeBytes: u.bytes.length, sha256 });
          }
          return fn(tx, stored);
        });
      } catch (err) {
        await Promise.allSettled(written.map((key) => store.delete(key)));
        throw err;
      }
    },

    /** Metadata of files, for listings (never the bytes). */
    describe(db: Db, ids: string[]) {
      return repo.findMany(db, ids);
    },

    /** The bytes of one file; the caller has already checked that the reader may have them. */
    async read(db: Db, id: string): Promise<{ id: string; ownerId: string; kind: FileKind; bytes: Buffer } | null> {
      const row = await repo.findById(db, id);
      if (!row) return null;
      const bytes = await store.get(row.storage_key);
      if (!bytes) throw new Error(`file ${id} has a row but no bytes in the ${store.name} store`);
      return { id: row.id, ownerId: row.owner_id, kind: row.kind, bytes };
    },

    /** Deletes the rows (inside the caller's transaction) and returns the keys to discard once it has committed. */
    async remove(db: Db, ids: string[]): Promise<string[]> {
      return (await repo.delete(db, ids)).map((r) => r.storage_key);
    },

    /** Removes the bytes of files whose rows are gone. */
    async discard(keys: string[]): Promise<void> {
      await Promise.allSettled(keys.map((key) => store.delete(key)));
    },

    /**
     * Removes bytes that no row names any more: erasure deletes file rows inside its own
     * transaction (cascades, triggers) and cannot touch the store, and a crash between a commit and
     * its clean-up can leave bytes behind. Only files older than `graceMs` are considered, so an
     * upload whose row is not committed yet is never touched. Answers how many were removed.
     */
    async sweepOrphans(db: Db, now: Date = new Date(), graceMs = 3_600_000): Promise<number> {
      let removed = 0;
      let batch: string[] = [];
      const flush = async () => {
        const known = new Set((await repo.existingKeys(db, batch)).map((r) => r.storage_key));
        for (const key of batch) {
          if (known.has(key)) continue;
          await store.delete(key);
          removed += 1;
        }
        batch = [];
      };
      for await (const f of store.list()) {
        if (now.getTime() - f.modifiedAt.getTime() < graceMs) continue;
        batch.push(f.key);
        if (batch.length >= 500) await flush();
      }
      if (batch.length) await flush();
      return removed;
    },
  };
}

export type FileService = ReturnType<typeof createFileService>;
