import type { RowRetention, TableDeclaration } from '../inventory.js';

/** A row rule together with the table it belongs to. */
export interface RowRule extends RowRetention {
  table: string;
  module: string;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** True for the ISO-8601 durations PostgreSQL reads as an interval (P1D, PT15M, P1Y6M, P0D …). */
export function isDuration(value: string): boolean {
  return DURATION.test(value) && value !== 'P' && !value.endsWith('T');
}

/**
 * A duration in milliseconds, with months of 30 days and years of 365: only for comparing two
 * rules; the database computes the real cut-off.
 */
export function approximateMs(value: string): number {
  const m = DURATION.exec(value);
  if (!m || !isDuration(value)) throw new Error(`not an ISO-8601 duration: ${value}`);
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number, number];
  const day = 86_400_000;
  return y * 365 * day + mo * 30 * day + w * 7 * day + d * day + h * 3_600_000 + mi * 60_000 + s * 1000;
}

/**
 * Every row rule of the inventory, checked: unique names, a declared column, a valid duration and
 * an action the engine applies. Throws one error listing every problem.
 */
export function rowRules(tables: readonly TableDeclaration[]): RowRule[] {
  const rules: RowRule[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const t of tables) {
    for (const r of t.rowRetention ?? []) {
      if (seen.has(r.rule)) problems.push(`${r.rule}: declared twice`);
      seen.add(r.rule);
      if (!(r.column in t.columns)) problems.push(`${r.rule}: ${t.table}.${r.column} is not a declared column`);
      if (!isDuration(r.after)) problems.push(`${r.rule}: "${r.after}" is not an ISO-8601 duration`);
      if (r.action !== 'delete') problems.push(`${r.rule}: action ${r.action} is not applied yet`);
      rules.push({ ...r, table: t.table, module: t.module });
    }
  }
  if (problems.length) throw new Error(`invalid row retention rules: ${problems.join('; ')}`);
  return rules;
}
