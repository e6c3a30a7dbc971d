/**
 * The generated types describe file parts as strings (OpenAPI `format: binary`); in the browser
 * they are Blobs. This builds the multipart body the client sends as it is (openapi-fetch leaves
 * a FormData alone, so the browser writes the boundary), with the part names checked against the
 * operation's schema.
 */
// Mapping over the body's own keys keeps which parts are optional.
export type MultipartParts<Body> = { [Part in keyof Body]: Blob | string };

export function multipart<Body>(parts: MultipartParts<Body>): Body {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts as Record<string, Blob | string | undefined>)) {
    if (value !== undefined) form.append(name, value);
  }
  return form as unknown as Body;
}
