import fs from 'node:fs';
import { generateOpenApi } from '../src/platform/http/openapi.js';

const { document, client } = await generateOpenApi();
fs.writeFileSync('docs/openapi.json', document);
fs.mkdirSync('web/src/api', { recursive: true });
fs.writeFileSync('web/src/api/schema.d.ts', client);
console.log('wrote docs/openapi.json and web/src/api/schema.d.ts');
