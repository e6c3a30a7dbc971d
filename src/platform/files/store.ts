import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where the bytes of uploaded files live. The database holds each file's row (owner, kind, size,
 * hash, key); a store holds the bytes under the key. Local disk is the default; an
 * S3-compatible object store can implement the same three calls (not built yet).
 */
export interface FileStore {
  readonly name: string;
  /** Writes the bytes under a new key; the key must not exist yet. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under the key, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the key; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored key with its last change, for the sweep that removes bytes no row names. */
  list(): AsyncIterable<{ key: string; modifiedAt: Date }>;
}

const KEY = /^[a-z0-9][a-z0-9/-]{0,200}$/;

/** Files under one folder (FILES_DIR), written to a temporary name and renamed, readable only by the server's user. */
export function createLocalFileStore(root: string): FileStore {
  const resolve = (key: string) => {
    if (!KEY.test(key) || key.includes('..') || key.includes('//')) throw new Error(`invalid file key ${key}`);
    return path.join(root, key);
  };
  return {
    name: 'local',
    async put(key, bytes) {
      const target = resolve(key);
      await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await fs.writeFile(temp, bytes, { flag: 'wx', mode: 0o600 });
        await fs.rename(temp, target);
      } catch (err) {
        await fs.rm(temp, { force: true });
        throw err;
      }
    },
    async get(key) {
      try {
        return await fs.readFile(resolve(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async delete(key) {
      await fs.rm(resolve(key), { force: true });
    },
    async *list() {
      const walk = async function* (dir: string): AsyncGenerator<{ key: string; modifiedAt: Date }> {
        let entries: import('node:fs').Dirent[];
        try {
          entries = await fs.readdir(dir, { withFileTypes: true });
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
          throw err;
        }
        for (const e of entries) {
          const full = path.join(dir, e.name);
          if (e.isDirectory()) yield* walk(full);
          else if (e.isFile()) {
            const key = path.relative(root, full).split(path.sep).join('/');
            // Temporary names of writes in progress are not keys.
            if (KEY.test(key)) yield { key, modifiedAt: (await fs.stat(full)).mtime };
          }
        }
      };
      yield* walk(root);
    },
  };
}
