import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOpenApi } from './openapi.js';

describe('committed API contract', () => {
  it('docs/openapi.json and the web client match the server (run `npm run openapi` after changing a route)', async () => {
    const { document, client } = await generateOpenApi();
    expect(fs.readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8')).toBe(document);
    expect(fs.readFileSync(new URL('../../../web/src/api/schema.d.ts', import.meta.url), 'utf8')).toBe(client);
  });

  it('gives every API route an operation id, a response schema and the error shape', async () => {
    const spec = JSON.parse((await generateOpenApi()).document) as {
      paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
    };
    for (const [path, ops] of Object.entries(spec.paths)) {
      if (!path.startsWith('/api/')) continue;
      for (const [method, op] of Object.entries(ops)) {
        expect(op.operationId, `${method} ${path}`).toBeTruthy();
        expect(Object.keys(op.responses ?? {}), `${method} ${path}`).toEqual(expect.arrayContaining(['200', '4XX']));
      }
    }
  });
});
