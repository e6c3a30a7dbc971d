import { declareTables, noPi } from '../../privacy/inventory.js';

/**
 * A row per uploaded file: who uploaded it and what it is, never its name. The content can be
 * personal information (a business licence, later a résumé attachment), so it is declared on the
 * column that refers to the file, by the module that asked for it (e.g.
 * enterprise_reviews.licence_file_id); a file no declaration refers to is public (a logo).
 */
export const filesInventory = declareTables('files', [
  {
    table: 'files',
    subjectColumn: 'owner_id',
    columns: { id: noPi, owner_id: noPi, kind: noPi, size_bytes: noPi, sha256: noPi, storage_key: noPi, created_at: noPi },
  },
]);
