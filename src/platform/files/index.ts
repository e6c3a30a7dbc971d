export { filesInventory } from './data.js';
export { DEFAULT_MAX_FILE_BYTES, type FilePartSpec, MB, multipartBody, readUploads, type UploadSpec } from './multipart.js';
export { createFileService, type FileService, type StoredFile, type Upload } from './service.js';
export { type FileKind, fileKinds, mimeTypes, sniffFileKind } from './sniff.js';
export { createLocalFileStore, type FileStore } from './store.js';
export type { FilesTables } from './tables.js';
