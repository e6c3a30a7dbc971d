import { Command } from 'commander';
import { inventory } from '../modules/index.js';
import { rebuildJobIndex, rebuildResumeIndex } from '../modules/search/index.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { AppError, messageFor } from '../platform/errors.js';
import { createLogger } from '../platform/logger.js';
import { loadServices, openConfiguredDatabase, packageVersion, startPlatform } from '../platform/runtime.js';
import { addKeyToFile } from '../privacy/index.js';
import { formatReport, runRetention } from '../privacy/retention/index.js';

const program = new Command();
program.name('renhe').description('Renhe (人和) talent platform').version(packageVersion());

function config() {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

program
  .command('start')
  .description('migrate the database, load demo data when empty, and serve the platform')
  .action(async () => {
    const cfg = config();
    const log = createLogger(cfg.logLevel);
    const started = Date.now();
    const running = await startPlatform(cfg, log);
    log.info({ port: cfg.port, ms: Date.now() - started }, `Renhe is running at http://localhost:${cfg.port}`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        running.stop().then(
          () => process.exit(0),
          (err) => {
            log.error({ err }, 'shutdown failed');
            process.exit(1);
          },
        );
      });
    }
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => {
    const cfg = config();
    const handle = await openConfiguredDatabase(cfg);
    try {
      const applied = await migrateToLatest(handle.db);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
    } finally {
      await handle.close();
    }
  });

program
  .command('seed')
  .description('load the deterministic demo data set into an empty database')
  .action(async () => {
    const cfg = config();
    const handle = await openConfiguredDatabase(cfg);
    try {
      await migrateToLatest(handle.db);
      const { seedDemoData } = await import('../demo/seed.js');
      const result = await seedDemoData(handle.db, loadServices(cfg).accounts);
      console.log(
        result ? `loaded ${result.enterprises} enterprises, ${result.jobs} jobs, ${result.seekers} seekers` : 'database already has data; nothing loaded',
      );
    } finally {
      await handle.close();
    }
  });

const keys = program.command('keys').description('encryption keys of personal data');
keys
  .command('rotate')
  .description('re-wrap every data key with the current key-encryption key (embedded default: generate a new one first)')
  .action(async () => {
    const cfg = config();
    if (!cfg.encryptionKeys) {
      const id = addKeyToFile(cfg.dataDir);
      console.log(`new key-encryption key ${id} added to the data folder`);
    }
    const handle = await openConfiguredDatabase(cfg);
    try {
      await migrateToLatest(handle.db);
      const rewrapped = await loadServices(cfg).cipher.rotate(handle.db);
      console.log(`re-wrapped ${rewrapped} data keys`);
    } finally {
      await handle.close();
    }
  });

program
  .command('audit')
  .description('the access audit log')
  .command('verify')
  .description('check the hash chain and report the first modified, inserted or deleted entry')
  .action(async () => {
    const cfg = config();
    const handle = await openConfiguredDatabase(cfg);
    try {
      await migrateToLatest(handle.db);
      const result = await loadServices(cfg).audit.verify(handle.db);
      if (result.ok) {
        console.log(`audit log intact: ${result.entries} entries verified`);
      } else {
        console.error(`audit log broken at entry ${result.seq} (${result.problem}): ${result.detail}; ${result.entries} entries before it verified`);
        process.exitCode = 3;
      }
    } finally {
      await handle.close();
    }
  });

const retention = program.command('retention').description('removal of expired data, as the privacy inventory declares it');
retention
  .command('run')
  .description('apply every retention rule now (the server also does this every RETENTION_INTERVAL_MINUTES)')
  .option('--dry-run', 'count what would be removed and change nothing (the run is still recorded)')
  .action(async (opts: { dryRun?: boolean }) => {
    const cfg = config();
    const handle = await openConfiguredDatabase(cfg);
    try {
      await migrateToLatest(handle.db);
      const report = await runRetention(handle, { tables: inventory, dryRun: Boolean(opts.dryRun) });
      console.log(formatReport(report));
      if (report.status === 'done' && report.outcomes.some((o) => o.error)) process.exitCode = 1;
    } finally {
      await handle.close();
    }
  });

program
  .command('rights')
  .description('data-subject requests')
  .command('complete-cancellations')
  .description('erase every account whose cancellation cooling-off period has ended (run it daily, e.g. from cron)')
  .action(async () => {
    const cfg = config();
    const handle = await openConfiguredDatabase(cfg);
    try {
      await migrateToLatest(handle.db);
      const result = await loadServices(cfg).rights.completeDueCancellations(handle.db);
      console.log(`erased ${result.erased.length} cancelled accounts`);
      for (const f of result.failed) console.error(`not erased ${f.subjectId}: ${f.error}`);
      if (result.failed.length) process.exitCode = 1;
    } finally {
      await handle.close();
    }
  });

program
  .command('search')
  .description('search indexes')
  .command('reindex')
  .description('index every job and resume again and refresh the statistics search plans from (after a bulk import or a change to how text is indexed)')
  .action(async () => {
    const cfg = config();
    const handle = await openConfiguredDatabase(cfg);
    try {
      await migrateToLatest(handle.db);
      const started = Date.now();
      const jobs = await rebuildJobIndex(handle.db, { onProgress: (n) => process.stdout.write(`\rjobs ${n}`) });
      const resumes = await rebuildResumeIndex(handle.db, { onProgress: (n) => process.stdout.write(`\rresumes ${n}`) });
      console.log(`\rindexed ${jobs.jobs} jobs and ${resumes.resumes} resumes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await handle.close();
    }
  });

const admin = program.command('admin').description('operator accounts');
admin
  .command('create')
  .description('create an operator account')
  .requiredOption('--phone <phone>', 'mainland mobile number used to sign in')
  .requiredOption('--password <password>', 'at least 8 characters with letters and digits')
  .option('--name <name>', 'display name', '运营管理员')
  .action(async (opts: { phone: string; password: string; name: string }) => {
    const cfg = config();
    const handle = await openConfiguredDatabase(cfg);
    try {
      await migrateToLatest(handle.db);
      const id = await loadServices(cfg).accounts.createOperator(handle.db, { phone: opts.phone, password: opts.password, displayName: opts.name });
      console.log(`operator account created: ${id}`);
    } catch (err) {
      if (err instanceof AppError) {
        console.error(`${messageFor(err.code, 'zh-CN')} / ${messageFor(err.code, 'en')}`);
        process.exitCode = 1;
        return;
      }
      throw err;
    } finally {
      await handle.close();
    }
  });

await program.parseAsync(process.argv);
