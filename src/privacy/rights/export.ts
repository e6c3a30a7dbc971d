import { strToU8, zipSync } from 'fflate';
import type { Db } from '../../platform/db/index.js';
import type { FieldCipher } from '../cipher.js';
import type { PiColumn, TableDeclaration, Text } from '../inventory.js';
import { categoryLabels, escapeHtml, formatRetention } from '../policy/index.js';
import { type LiveColumn, rightsRepository as repo } from './repository.js';

/**
 * The copy of a person's data (PIPL Art. 45): for every inventory table with a subject column,
 * that person's rows. Generic over the inventory: a module's new table is exported as soon as it is
 * declared. Per row: every personal-information column (encrypted ones decrypted with the person's
 * key), plus the row's id, the subject column and its timestamps and dates, so the rows can be
 * told apart and placed in time. Other non-personal columns (keyed hashes, key material, internal
 * codes) are left out. A personal-information column the inventory shows to nobody, not even the
 * person (`visibleTo` without 'self': password hashes, blind indexes), is listed with its
 * declaration but its value is withheld: it is a one-way hash that tells the person nothing and
 * would only help someone who got hold of the file to attack the account.
 */
export const EXPORT_FORMAT = 'renhe-export/1';

export type ExportedAs = 'value' | 'decrypted' | 'withheld';

export interface ExportedPiColumn extends PiColumn {
  exported: ExportedAs;
  categoryLabel: Text;
}

export interface ExportedPlainColumn {
  pi: false;
  exported: 'value';
  /** Why a non-personal column is in the copy. */
  role: 'id' | 'subject' | 'time';
}

export interface ExportedTable {
  module: string;
  table: string;
  subjectColumn: string;
  columns: Record<string, ExportedPiColumn | ExportedPlainColumn>;
  rows: Record<string, unknown>[];
}

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  generatedAt: string;
  subjectId: string;
  /** module → table → the person's rows with the declaration of each column. */
  modules: Record<string, Record<string, ExportedTable>>;
}

const TIME_TYPES = new Set(['timestamp with time zone', 'timestamp without time zone', 'date']);

function plainRole(decl: TableDeclaration, name: string, live: LiveColumn | undefined): ExportedPlainColumn['role'] | null {
  if (name === decl.subjectColumn) return 'subject';
  if (name === 'id') return 'id';
  if (live && TIME_TYPES.has(live.dataType)) return 'time';
  return null;
}

function describePi(col: PiColumn): ExportedPiColumn {
  const exported: ExportedAs = !col.visibleTo.includes('self') ? 'withheld' : col.encrypted ? 'decrypted' : 'value';
  return {
    pi: true,
    exported,
    category: col.category,
    categoryLabel: categoryLabels[col.category] ?? { zh: col.category, en: col.category },
    sensitive: col.sensitive,
    purposes: col.purposes,
    legalBasis: col.legalBasis,
    feature: col.feature,
    necessary: col.necessary,
    retention: col.retention,
    visibleTo: col.visibleTo,
    encrypted: col.encrypted,
    thirdParties: col.thirdParties,
  };
}

function jsonValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'bigint') return Number(v);
  return v;
}

/** Reads everything the inventory lists for one person. Runs in the caller's transaction. */
export async function collectExport(db: Db, deps: { inventory: readonly TableDeclaration[]; cipher: FieldCipher }, subjectId: string): Promise<ExportDocument> {
  const tables = deps.inventory.filter((t): t is TableDeclaration & { subjectColumn: string } => Boolean(t.subjectColumn));
  const live = new Map(
    (
      await repo.liveColumns(
        db,
        tables.map((t) => t.table),
      )
    ).map((c) => [`${c.table}.${c.column}`, c]),
  );
  const doc: ExportDocument = { format: EXPORT_FORMAT, generatedAt: new Date().toISOString(), subjectId, modules: {} };
  for (const decl of tables) {
    const columns: ExportedTable['columns'] = {};
    for (const [name, col] of Object.entries(decl.columns)) {
      if (col.pi) {
        columns[name] = describePi(col);
        continue;
      }
      const role = plainRole(decl, name, live.get(`${decl.table}.${name}`));
      if (role) columns[name] = { pi: false, exported: 'value', role };
    }
    const selected = Object.entries(columns)
      .filter(([, c]) => c.exported !== 'withheld')
      .map(([name]) => name);
    const orderBy = ['created_at', 'occurred_at', 'id'].find((c) => selected.includes(c)) ?? null;
    const raw = selected.length ? await repo.selectSubjectRows(db, decl.table, decl.subjectColumn, selected, subjectId, orderBy) : [];
    const rows = raw.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, jsonValue(v)])));
    // Encrypted values are sealed with the data key of the row's subject: this person.
    for (const [name, c] of Object.entries(columns)) {
      if (c.exported !== 'decrypted') continue;
      const at = rows.map((r, i) => ({ i, v: r[name] })).filter((x): x is { i: number; v: string } => typeof x.v === 'string' && deps.cipher.isCiphertext(x.v));
      const plain = await deps.cipher.decryptMany(
        db,
        at.map((x) => ({ subjectId, ciphertext: x.v })),
      );
      at.forEach((x, k) => {
        const row = rows[x.i];
        if (row) row[name] = plain[k] ?? null;
      });
    }
    doc.modules[decl.module] ??= {};
    const byTable = doc.modules[decl.module] as Record<string, ExportedTable>;
    byTable[decl.table] = { module: decl.module, table: decl.table, subjectColumn: decl.subjectColumn, columns, rows };
  }
  return doc;
}

/** The `table.column` names of the personal information a copy holds, for the audit entry. */
export function exportedFields(doc: ExportDocument): string[] {
  return Object.values(doc.modules)
    .flatMap((tables) => Object.values(tables))
    .flatMap((t) =>
      Object.entries(t.columns)
        .filter(([, c]) => c.pi && c.exported !== 'withheld')
        .map(([name]) => `${t.table}.${name}`),
    );
}

// --- the human-readable copy ---------------------------------------------------------------------

const e = (v: unknown) => escapeHtml(v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
const both = (t: Text) => `${e(t.zh)}<br><span lang="en">${e(t.en)}</span>`;

const exportedWords: Record<ExportedAs, Text> = {
  value: { zh: '原样提供', en: 'as stored' },
  decrypted: { zh: '已用您的密钥解密', en: 'decrypted with your key' },
  withheld: { zh: '不提供（单向散列，无法还原，也不向任何人展示）', en: 'withheld (a one-way hash that cannot be reversed and is shown to no one)' },
};
const roleWords: Record<ExportedPlainColumn['role'], Text> = {
  id: { zh: '记录编号', en: 'record id' },
  subject: { zh: '您的账号编号', en: 'your account id' },
  time: { zh: '时间', en: 'time' },
};

/** index.html of the download: the same content for people, headings in Chinese and English, no scripts. */
export function renderExportHtml(doc: ExportDocument): string {
  const sections: string[] = [];
  for (const [module, tables] of Object.entries(doc.modules)) {
    for (const [table, t] of Object.entries(tables)) {
      const declared = Object.entries(t.columns).map(([name, c]) => {
        if (!c.pi) return `<tr><td><code>${e(name)}</code></td><td>${both(roleWords[c.role])}</td><td colspan="3">—</td></tr>`;
        const purposes = c.purposes.map(both).join('<br>');
        const retention = `${e(formatRetention(c.retention, 'zh-CN'))}<br><span lang="en">${e(formatRetention(c.retention, 'en'))}</span>`;
        return `<tr><td><code>${e(name)}</code></td><td>${both(c.categoryLabel)}</td><td>${purposes}</td><td>${retention}</td><td>${both(exportedWords[c.exported])}</td></tr>`;
      });
      const shown = Object.entries(t.columns)
        .filter(([, c]) => c.exported !== 'withheld')
        .map(([name]) => name);
      const rows = t.rows.length
        ? `<table><thead><tr>${shown.map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead><tbody>${t.rows
            .map((r) => `<tr>${shown.map((c) => `<td>${e(r[c])}</td>`).join('')}</tr>`)
            .join('\n')}</tbody></table>`
        : '<p>没有记录 <span lang="en">No records</span></p>';
      sections.push(`<section>
<h2>${e(module)} / ${e(table)} <small>（${t.rows.length} 条 <span lang="en">rows: ${t.rows.length}</span>）</small></h2>
<h3>字段说明 <span lang="en">What each field is</span></h3>
<table><thead><tr><th>字段<br><span lang="en">Field</span></th><th>类别<br><span lang="en">Category</span></th><th>用途<br><span lang="en">Purposes</span></th><th>保存期限<br><span lang="en">Kept</span></th><th>本副本中<br><span lang="en">In this copy</span></th></tr></thead>
<tbody>${declared.join('\n')}</tbody></table>
<h3>您的数据 <span lang="en">Your data</span></h3>
${rows}
</section>`);
    }
  }
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>个人信息副本 · Copy of your personal information</title>
<style>
body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem; color: #1f1f1f; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
th, td { border: 1px solid #d9d9d9; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #fafafa; }
[lang="en"] { color: #595959; }
section { margin-bottom: 2.5rem; }
</style>
</head>
<body>
<h1>个人信息副本 <span lang="en">Copy of your personal information</span></h1>
<p>账号编号 <span lang="en">Account id</span>: <code>${e(doc.subjectId)}</code><br>
生成时间 <span lang="en">Generated</span>: ${e(doc.generatedAt)}<br>
机器可读的同一内容见 <code>data.json</code>。 <span lang="en">The same content, machine-readable, is in <code>data.json</code>.</span></p>
${sections.join('\n')}
</body>
</html>
`;
}

/** The download: data.json and index.html in one ZIP archive. */
export function zipExport(doc: ExportDocument): Uint8Array {
  return zipSync(
    {
      'data.json': strToU8(JSON.stringify(doc, null, 2)),
      'index.html': strToU8(renderExportHtml(doc)),
    },
    { level: 6, mtime: new Date(doc.generatedAt) },
  );
}
