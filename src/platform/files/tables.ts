import type { TimestampDefault } from '../db/column-types.js';
import type { FileKind } from './sniff.js';

export interface FilesTable {
  id: string;
  owner_id: string;
  kind: FileKind;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  created_at: TimestampDefault;
}

export interface FilesTables {
  files: FilesTable;
}
