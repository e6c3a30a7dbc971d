import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../platform/config.js';
import type { DatabaseHandle } from '../platform/db/index.js';
import { buildApp } from '../platform/http/app.js';
import type { App } from '../platform/http/types.js';
import { createLogger } from '../platform/logger.js';
import { createServices, type Services } from '../platform/services.js';
import { parseKeyRing } from '../privacy/index.js';
import { createTestDatabase } from './db.js';

export interface TestApp {
  app: App;
  handle: DatabaseHandle;
  db: DatabaseHandle['db'];
  config: Config;
  services: Services;
  close(): Promise<void>;
}

export const TEST_SECRET = Buffer.from('test-secret-test-secret-test-secret!', 'utf8');
export const TEST_KEYS = parseKeyRing(`ktest1:${Buffer.alloc(32, 7).toString('base64')}`);

/** The real application on a fresh database, driven through app.inject. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const handle = await createTestDatabase();
  // Uploaded files go to a folder of their own per test app, removed on close.
  const filesDir = overrides.filesDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'renhe-files-'));
  const config = loadConfig({}, { demoData: false, logLevel: 'silent', smsDailyPerIp: 1000, filesDir, ...overrides });
  const services = createServices(config, TEST_SECRET, TEST_KEYS);
  const app = await buildApp({ config, db: handle.db, log: createLogger('silent'), services });
  await app.ready();
  return {
    app,
    handle,
    db: handle.db,
    config,
    services,
    close: async () => {
      await app.close();
      await handle.close();
      if (!overrides.filesDir) fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
