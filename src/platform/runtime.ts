import fs from 'node:fs';
import path from 'node:path';
import { inventory } from '../modules/index.js';
import { loadKeyRing } from '../privacy/index.js';
import { scheduleRetention } from '../privacy/retention/index.js';
import { type Config, settings } from './config.js';
import { type DatabaseHandle, openDatabase } from './db/index.js';
import { migrateToLatest } from './db/migrate.js';
import { buildApp } from './http/app.js';
import type { App } from './http/types.js';
import type { Logger } from './logger.js';
import { loadServerSecret } from './secrets.js';
import { createServices, type Services } from './services.js';

/** Days the access audit log is kept: six months and a margin. */
export const AUDIT_KEEP_DAYS = 190;

export function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Services with the server secret and encryption keys from configuration or the data folder. */
export function loadServices(config: Config, log?: Logger): Services {
  const warn = (msg: string) => log?.warn(msg);
  const secret = loadServerSecret(config.secretKey, config.dataDir, log);
  return createServices(config, secret, loadKeyRing(config.encryptionKeys, config.dataDir, warn));
}

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite on disk. */
export function openConfiguredDatabase(config: Config, log?: Logger): Promise<DatabaseHandle> {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: path.join(config.dataDir, 'pglite'),
    poolSize: config.databasePoolSize,
    onConnectionError: (err) => log?.warn({ code: (err as { code?: string }).code }, 'an idle database connection failed and is replaced'),
  });
}

export interface Running {
  app: App;
  handle: DatabaseHandle;
  stop(): Promise<void>;
}

/** Migrates, loads demo data on an empty database when enabled, and starts listening. */
export async function startPlatform(config: Config, log: Logger): Promise<Running> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const handle = await openConfiguredDatabase(config, log);
  const applied = await migrateToLatest(handle.db);
  log.info({ database: handle.kind, migrationsApplied: applied.length }, 'database ready');
  const services = loadServices(config, log);
  if (config.demoData) {
    const { seedDemoData } = await import('../demo/seed.js');
    const seeded = await seedDemoData(handle.db, services.accounts);
    if (seeded) log.info(seeded, 'demo data loaded');
  }
  const published = await services.policy.publish(handle.db);
  if (published) log.info({ versions: published }, 'privacy policy versions published');
  if (config.siteOperator === settings.siteOperator.default) log.warn('SITE_OPERATOR is not set: the privacy policy names a placeholder operator');
  if (!fs.existsSync(path.join(config.webDist, 'index.html'))) log.warn('web app not built: run `npm run build:web`; the API still works');
  const app = await buildApp({ config, db: handle.db, log, services, version: packageVersion() });
  await app.listen({ host: config.host, port: config.port });
  const retention = scheduleRetention(handle, {
    tables: inventory,
    intervalMinutes: config.retentionIntervalMinutes,
    log,
    tasks: [
      // Access logs are kept at least six months (Cybersecurity Law Art. 21), then purged.
      { name: 'audit_log.purge', run: () => services.audit.purgeBefore(handle.db, new Date(Date.now() - AUDIT_KEEP_DAYS * 86_400_000)) },
      { name: 'cancellations.complete', run: async () => (await services.rights.completeDueCancellations(handle.db)).erased.length },
      // Bytes of files whose rows erasure (or a crash) removed.
      { name: 'files.orphans', run: () => services.files.sweepOrphans(handle.db) },
    ],
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      log.info('shutting down');
      await retention.stop();
      await app.close();
      await handle.close();
    })();
    return stopping;
  };
  return { app, handle, stop };
}
