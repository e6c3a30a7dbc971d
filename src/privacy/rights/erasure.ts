import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { AuditLog } from '../audit.js';
import type { FieldCipher } from '../cipher.js';
import type { PiColumn, TableDeclaration } from '../inventory.js';
import { type LiveColumn, rightsRepository as repo } from './repository.js';

/**
 * Erasure of a cancelled account, planned from the inventory. For every table with a subject
 * column:
 *
 * - the person's own record (a table whose subject column is its `id`, e.g. users) stays as a
 *   tombstone, so that ids elsewhere still resolve, with every personal-information column
 *   replaced by a neutral value (null where the column allows it; a placeholder such as
 *   '已注销用户' or `erased:<id>` where it does not, never a value a real number or hash can have);
 * - in other tables, rows whose personal information is to be deleted are deleted (sessions);
 *   rows with a column to be anonymised stay and lose every personal-information value
 *   (data_requests: the record that a request was made and answered is kept, its text is not);
 *   rows whose personal information is only encrypted (`shred`) become unreadable with the key;
 * - then the person's data key is destroyed (`cipher.shred`), so every encrypted copy, in backups
 *   too, can no longer be read.
 *
 * What is kept, and why:
 * - audit_log entries about the person: ids, roles, purposes and field names only; the
 *   Cybersecurity Law (Art. 21) asks for access logs to be kept at least six months, and the
 *   hash chain must stay verifiable. They go with the audit log's own retention.
 * - other tables without personal-information columns (they hold ids only: consent records, the
 *   tombstone's role and dates), for the same reason of accountability (PIPL Art. 54–56).
 * - data_requests rows without their text, three years after they closed, as the record that the
 *   person's requests (this cancellation among them) were answered in time.
 */
export interface ErasureStep {
  module: string;
  table: string;
  subjectColumn: string;
  mode: 'tombstone' | 'delete_rows' | 'clear_columns' | 'shred_only' | 'keep';
  /** Personal-information columns the step removes. */
  columns: string[];
}

export interface ErasureReport {
  subjectId: string;
  alreadyErased: boolean;
  steps: { table: string; mode: ErasureStep['mode']; rows: number }[];
  /** `table.column` of every personal-information column erased. */
  fields: string[];
  keyShredded: boolean;
}

export const CANCELLED_DISPLAY_NAME = '已注销用户';

/** The plan for the given inventory; throws on a declaration erasure cannot honour yet. */
export function erasurePlan(inventory: readonly TableDeclaration[]): ErasureStep[] {
  const problems: string[] = [];
  const steps: ErasureStep[] = [];
  for (const t of inventory) {
    if (!t.subjectColumn) continue;
    const pi = Object.entries(t.columns).filter((e): e is [string, PiColumn] => e[1].pi);
    for (const [name, col] of pi) {
      // "Kept N after cancellation" needs a delayed erasure that is not built yet: refuse loudly
      // rather than erase too early or keep silently.
      if (col.retention.trigger === 'account_cancelled' && col.retention.duration !== 'P0D') {
        problems.push(`${t.table}.${name}: kept ${col.retention.duration} after cancellation is not supported yet`);
      }
    }
    const columns = pi.map(([name]) => name);
    const actions = new Set(pi.map(([, c]) => c.retention.action));
    let mode: ErasureStep['mode'];
    if (t.subjectColumn === 'id') mode = 'tombstone';
    else if (!pi.length) mode = 'keep';
    else if (actions.has('anonymise')) mode = 'clear_columns';
    else if (actions.has('delete')) mode = 'delete_rows';
    else mode = 'shred_only';
    steps.push({ module: t.module, table: t.table, subjectColumn: t.subjectColumn, mode, columns });
  }
  if (problems.length) throw new Error(`erasure cannot follow the inventory: ${problems.join('; ')}`);
  // The tombstones last: rows pointing at them go first.
  return [...steps.filter((s) => s.mode !== 'tombstone'), ...steps.filter((s) => s.mode === 'tombstone')];
}

function neutralValue(live: LiveColumn | undefined, col: PiColumn, subjectId: string, where: string): RawBuilder<unknown> {
  if (!live) throw new Error(`${where} is declared but does not exist`);
  if (live.nullable) return sql`null`;
  if (live.dataType === 'text' || live.dataType === 'character varying') {
    return col.category === 'identity.name' ? sql`${CANCELLED_DISPLAY_NAME}` : sql`${`erased:${subjectId}`}`;
  }
  if (live.dataType === 'ARRAY') return sql`'{}'`;
  if (live.dataType === 'jsonb' || live.dataType === 'json') return sql`'{}'`;
  throw new Error(`${where} is NOT NULL ${live.dataType}: no neutral value; make it nullable or give it a text type`);
}

export interface ErasureDeps {
  inventory: readonly TableDeclaration[];
  cipher: FieldCipher;
  audit: AuditLog;
}

/**
 * Erases one person as the plan says, shreds their key and records the erasure in the audit log
 * (action 'erase', purpose 'rights.cancellation', no actor: the system does it). Must run inside a
 * transaction (everything or nothing). An account already cancelled is left as it is.
 */
export async function eraseSubjectIn(trx: Db, deps: ErasureDeps, subjectId: string): Promise<ErasureReport> {
  const account = await repo.findAccount(trx, subjectId);
  if (!account) throw new Error(`no account ${subjectId}`);
  if (account.status === 'cancelled') return { subjectId, alreadyErased: true, steps: [], fields: [], keyShredded: false };
  const plan = erasurePlan(deps.inventory);
  const byTable = new Map(deps.inventory.map((t) => [t.table, t]));
  const live = new Map(
    (
      await repo.liveColumns(
        trx,
        plan.map((s) => s.table),
      )
    ).map((c) => [`${c.table}.${c.column}`, c]),
  );
  const report: ErasureReport = { subjectId, alreadyErased: false, steps: [], fields: [], keyShredded: false };
  for (const step of plan) {
    const decl = byTable.get(step.table) as TableDeclaration;
    let rows = 0;
    if (step.mode === 'delete_rows') {
      rows = await repo.deleteSubjectRows(trx, step.table, step.subjectColumn, subjectId);
    } else if (step.mode === 'tombstone' || step.mode === 'clear_columns') {
      const values: Record<string, RawBuilder<unknown>> = {};
      for (const name of step.columns) {
        const where = `${step.table}.${name}`;
        values[name] = neutralValue(live.get(where), decl.columns[name] as PiColumn, subjectId, where);
      }
      rows = await repo.updateSubjectRows(trx, step.table, step.subjectColumn, subjectId, values);
    }
    if (step.mode !== 'keep') report.fields.push(...step.columns.map((c) => `${step.table}.${c}`));
    report.steps.push({ table: step.table, mode: step.mode, rows });
  }
  await repo.markCancelled(trx, subjectId);
  report.keyShredded = await deps.cipher.shred(trx, subjectId);
  await deps.audit.append(trx, {
    actorId: null,
    actorRole: 'system',
    subjectId,
    action: 'erase',
    purpose: 'rights.cancellation',
    fields: report.fields,
  });
  return report;
}
