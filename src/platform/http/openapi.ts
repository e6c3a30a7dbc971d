import openapiTS, { astToString } from 'openapi-typescript';
import { newKeyEntry, parseKeyRing } from '../../privacy/keyring.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/index.js';
import { createLogger } from '../logger.js';
import { createServices } from '../services.js';
import { buildApp } from './app.js';

/** The OpenAPI document as the running server describes it, formatted for committing. */
export async function generateOpenApi(): Promise<{ document: string; client: string }> {
  const handle = await openDatabase({});
  try {
    const config = loadConfig({}, { smsAdapter: 'outbox', demoData: false });
    const services = createServices(config, Buffer.alloc(32), parseKeyRing(newKeyEntry()));
    const app = await buildApp({ config, db: handle.db, log: createLogger('silent'), services, version: '0.1.0' });
    await app.ready();
    const spec = app.swagger();
    await app.close();
    const document = `${JSON.stringify(spec, null, 2)}\n`;
    const ast = await openapiTS(JSON.parse(document));
    const client = `// Generated from docs/openapi.json by \`npm run openapi\`. Do not edit.\n${astToString(ast)}`;
    return { document, client };
  } finally {
    await handle.close();
  }
}
