import type { RetentionReport } from './engine.js';

/** A sweep's outcome as a plain-text table for the command line: rule → rows. */
export function formatReport(report: RetentionReport): string {
  if (report.status === 'skipped') return `skipped: ${report.reason}`;
  const withErrors = report.outcomes.some((o) => o.error);
  const head = ['rule', 'table', report.dryRun ? 'would remove' : 'removed', 'ms', ...(withErrors ? ['error'] : [])];
  const body = report.outcomes.map((o) => [o.rule, o.table, String(o.rows), String(o.durationMs), ...(withErrors ? [o.error ?? ''] : [])]);
  const numeric = [false, false, true, true, false];
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const total = report.outcomes.reduce((sum, o) => sum + o.rows, 0);
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    report.dryRun ? `dry run: ${total} rows would be removed; nothing was changed` : `${total} rows removed`,
  ].join('\n');
}
