import type { DatabaseHandle } from '../../platform/db/index.js';
import type { Logger } from '../../platform/logger.js';
import type { TableDeclaration } from '../inventory.js';
import { runRetention } from './engine.js';

export interface RetentionSchedule {
  /** Clears the timer and waits for a running sweep, which stops after its current batch. */
  stop(): Promise<void>;
}

export interface ScheduleOptions {
  tables: readonly TableDeclaration[];
  /** Minutes between the end of one sweep and the start of the next; 0 turns the schedule off. */
  intervalMinutes: number;
  log: Logger;
  /**
   * Delay before the first sweep. Short, so that a server restarted more often than the
   * interval still sweeps; not zero, so start-up is not slowed by it.
   */
  firstRunDelayMs?: number;
  batchSize?: number;
  /**
   * Retention work that is more than deleting rows (purging the audit chain behind a checkpoint,
   * erasing accounts whose cooling-off ended); each returns how many items it handled.
   */
  tasks?: { name: string; run: () => Promise<number> }[];
}

/**
 * Runs the retention sweep periodically in this process. The timers never keep the process alive,
 * and a failed sweep is logged and retried at the next interval, never thrown.
 */
export function scheduleRetention(handle: Pick<DatabaseHandle, 'db' | 'kind'>, opts: ScheduleOptions): RetentionSchedule {
  if (opts.intervalMinutes <= 0) {
    opts.log.info('retention schedule off (RETENTION_INTERVAL_MINUTES=0)');
    return { stop: async () => {} };
  }
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const plan = (ms: number) => {
    if (abort.signal.aborted) return;
    timer = setTimeout(tick, ms);
    timer.unref();
  };

  const sweep = async () => {
    try {
      const report = await runRetention(handle, {
        tables: opts.tables,
        signal: abort.signal,
        ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
      });
      if (report.status === 'skipped') {
        opts.log.info({ reason: report.reason }, 'retention sweep skipped');
        return;
      }
      const rows = report.outcomes.reduce((sum, o) => sum + o.rows, 0);
      const failed = report.outcomes.filter((o) => o.error).map((o) => o.rule);
      if (failed.length) opts.log.error({ rows, failed }, 'retention sweep finished with failed rules');
      else opts.log.info({ rows, rules: report.outcomes.length }, 'retention sweep finished');
    } catch (err) {
      opts.log.error({ error: err instanceof Error ? err.message : String(err) }, 'retention sweep failed');
    }
    for (const task of opts.tasks ?? []) {
      if (abort.signal.aborted) return;
      try {
        const handled = await task.run();
        opts.log.info({ task: task.name, handled }, 'retention task finished');
      } catch (err) {
        opts.log.error({ task: task.name, error: err instanceof Error ? err.message : String(err) }, 'retention task failed');
      }
    }
  };

  const tick = () => {
    timer = undefined;
    running = sweep().finally(() => {
      running = undefined;
      plan(opts.intervalMinutes * 60_000);
    });
  };

  plan(opts.firstRunDelayMs ?? 60_000);
  return {
    async stop() {
      abort.abort();
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
