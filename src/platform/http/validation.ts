import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

function makeAjv(coerceTypes: boolean) {
  // removeAdditional is off on purpose: an unknown field is refused with UNKNOWN_FIELD instead of
  // being dropped silently, so a client never believes a field it sent was stored.
  const ajv = new Ajv({ coerceTypes: coerceTypes ? 'array' : false, useDefaults: true, removeAdditional: false, allErrors: false, strict: false });
  // ajv-formats is CommonJS; its default export arrives wrapped under ESM.
  const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv;
}

const bodyAjv = makeAjv(false);
const paramsAjv = makeAjv(true);

/** JSON bodies are checked strictly (no type coercion); query strings and params are coerced. */
export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  // A multipart body is documented by its schema but read and checked part by part (platform/files readUploads).
  if (httpPart === 'body' && (schema as Record<string, unknown>)['x-multipart'] === true) return () => true;
  const ajv = httpPart === 'body' ? bodyAjv : paramsAjv;
  return ajv.compile(schema) as ReturnType<FastifySchemaCompiler<object>>;
};

export function describeValidationErrors(errors: ErrorObject[] | readonly { instancePath?: string; keyword?: string; params?: Record<string, unknown> }[]) {
  return errors.map((e) => {
    const path = (e.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    if (e.keyword === 'additionalProperties') {
      return { field: [path, String(e.params?.additionalProperty ?? '')].filter(Boolean).join('.'), rule: 'unknown' };
    }
    if (e.keyword === 'required') {
      return { field: [path, String(e.params?.missingProperty ?? '')].filter(Boolean).join('.'), rule: 'required' };
    }
    return { field: path, rule: e.keyword ?? 'invalid' };
  });
}
