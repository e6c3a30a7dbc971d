import type { Db } from '../db/index.js';
import type { FileKind } from './sniff.js';

export const filesRepository = {
  insert(db: Db, row: { id: string; owner_id: string; kind: FileKind; size_bytes: number; sha256: string; storage_key: string }) {
    return db.insertInto('files').values(row).execute();
  },
  findById(db: Db, id: string) {
    return db
      .selectFrom('files')
      .select(['id', 'owner_id', 'kind', 'size_bytes', 'sha256', 'storage_key', 'created_at'])
      .where('id', '=', id)
      .executeTakeFirst();
  },
  findMany(db: Db, ids: string[]) {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('files').select(['id', 'kind', 'size_bytes', 'created_at']).where('id', 'in', ids).execute();
  },
  delete(db: Db, ids: string[]) {
    if (!ids.length) return Promise.resolve([]);
    return db.deleteFrom('files').where('id', 'in', ids).returning(['storage_key']).execute();
  },
  existingKeys(db: Db, keys: string[]) {
    if (!keys.length) return Promise.resolve([]);
    return db.selectFrom('files').select('storage_key').where('storage_key', 'in', keys).execute();
  },
};
