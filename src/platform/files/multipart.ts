import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { type TObject, type TProperties, Type } from 'typebox';
import { AppError } from '../errors.js';
import { describeValidationErrors, validatorCompiler } from '../http/validation.js';
import type { Upload } from './service.js';
import { type FileKind, sniffFileKind } from './sniff.js';

export const MB = 1024 * 1024;
/** The default size limit of one uploaded file. */
export const DEFAULT_MAX_FILE_BYTES = 10 * MB;

export interface FilePartSpec {
  required: boolean;
  kinds: readonly FileKind[];
  description: string;
}

/**
 * What a multipart route accepts: named file parts (each at most one file, of the listed kinds),
 * text fields (checked against a TypeBox schema, like JSON bodies) and a size limit per file.
 * The same spec documents the body in OpenAPI (multipartBody) and checks it (readUploads).
 */
export interface UploadSpec<F extends TProperties = TProperties> {
  files: Record<string, FilePartSpec>;
  fields?: TObject<F>;
  maxFileBytes?: number;
}

/** The request body schema for OpenAPI; marked so the JSON validator leaves it to readUploads. */
export function multipartBody(spec: UploadSpec) {
  const props: TProperties = { ...(spec.fields?.properties ?? {}) };
  for (const [name, f] of Object.entries(spec.files)) {
    const max = Math.round((spec.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES) / MB);
    const file = Type.String({ format: 'binary', description: `${f.description} (${f.kinds.join(', ')}; at most ${max} MB; judged by content)` });
    props[name] = f.required ? file : Type.Optional(file);
  }
  return Type.Object(props, { additionalProperties: false, 'x-multipart': true });
}

function mapParserError(err: unknown): never {
  if (err instanceof AppError) throw err;
  const code = (err as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('FILE_TOO_LARGE');
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw new AppError('PAYLOAD_TOO_LARGE');
  if (code === 'FST_PROTO_VIOLATION') throw new AppError('UNKNOWN_FIELD');
  throw new AppError('MALFORMED_BODY');
}

/**
 * Reads a multipart request as the spec says. Every file is read into memory up to the limit and
 * its kind sniffed from the bytes; nothing is stored here, so a refusal leaves nothing behind.
 */
export async function readUploads<F extends TProperties>(
  req: FastifyRequest,
  spec: UploadSpec<F>,
): Promise<{ files: Record<string, Upload>; fields: Record<string, string> }> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const fileNames = Object.keys(spec.files);
  const fieldNames = Object.keys(spec.fields?.properties ?? {});
  const maxFileBytes = spec.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const raw: Record<string, Buffer> = {};
  const fields: Record<string, string> = {};
  const unknown: string[] = [];
  const repeated: string[] = [];
  try {
    const parts = req.parts({
      limits: { fileSize: maxFileBytes, files: fileNames.length + 2, fields: fieldNames.length + 4, parts: fileNames.length + fieldNames.length + 6 },
    });
    for await (const part of parts as AsyncIterableIterator<MultipartFile | MultipartValue<unknown>>) {
      const name = part.fieldname;
      if (part.type === 'file') {
        // Read (and so drain) every file part, also the ones refused below, within the size limit.
        const bytes = await part.toBuffer();
        if (!fileNames.includes(name)) unknown.push(name);
        else if (raw[name]) repeated.push(name);
        else raw[name] = bytes;
      } else if (!fieldNames.includes(name)) {
        unknown.push(name);
      } else if (name in fields) {
        repeated.push(name);
      } else {
        fields[name] = typeof part.value === 'string' ? part.value : String(part.value);
      }
    }
  } catch (err) {
    mapParserError(err);
  }
  if (unknown.length) throw new AppError('UNKNOWN_FIELD', { fields: unknown.map((field) => ({ field, rule: 'unknown' })) });
  if (repeated.length) throw new AppError('VALIDATION_FAILED', { fields: repeated.map((field) => ({ field, rule: 'maxItems' })) });
  if (spec.fields) {
    const validate = validatorCompiler({ schema: spec.fields, httpPart: 'body', method: 'POST', url: req.url }) as ((v: unknown) => boolean) & {
      errors?: Parameters<typeof describeValidationErrors>[0] | null;
    };
    if (!validate(fields)) throw new AppError('VALIDATION_FAILED', { fields: describeValidationErrors(validate.errors ?? []) });
  }
  const files: Record<string, Upload> = {};
  for (const [name, f] of Object.entries(spec.files)) {
    const bytes = raw[name];
    if (!bytes) {
      if (f.required) throw new AppError('FILE_REQUIRED', { field: name });
      continue;
    }
    const kind = sniffFileKind(bytes);
    if (!kind || !f.kinds.includes(kind)) throw new AppError('FILE_TYPE_NOT_ALLOWED', { field: name, allowed: f.kinds });
    files[name] = { field: name, kind, bytes };
  }
  return { files, fields };
}
