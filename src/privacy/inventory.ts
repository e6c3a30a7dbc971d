/**
 * The personal-information inventory. Each module declares, in its own data.ts, every column of
 * every table it owns: either what personal information (PI) the column holds and how Renhe
 * treats it, or that it holds none. A test compares these declarations with the live schema.
 * The privacy policy, the export and retention are built from this one source.
 */
export type LegalBasis = 'consent' | 'contract' | 'legal_obligation' | 'vital_interest' | 'public_interest' | 'published_by_subject';
export type RetentionAction = 'delete' | 'anonymise' | 'shred';
export type RetentionTrigger = 'created' | 'last_used' | 'expired' | 'account_cancelled' | 'purpose_fulfilled';
/** enterprise_admin: the admins of the enterprise the row is about (e.g. its business licence, its join requests). */
export type Viewer = 'self' | 'operator' | 'enterprise_after_disclosure' | 'enterprise_admin' | 'public';

export interface Text {
  zh: string;
  en: string;
}

export interface Retention {
  /** ISO-8601 duration counted from the trigger, e.g. P1D, PT5M, P6M. */
  duration: string;
  trigger: RetentionTrigger;
  action: RetentionAction;
}

export interface PiColumn {
  pi: true;
  /** Dotted category, e.g. contact.phone, identity.birth_date, device.user_agent. */
  category: string;
  /** Sensitive personal information in the sense of PIPL Art. 28. */
  sensitive: boolean;
  purposes: Text[];
  legalBasis: LegalBasis;
  /** The feature the column serves, and whether that feature's basic function needs it (必要). */
  feature: Text;
  necessary: boolean;
  retention: Retention;
  visibleTo: Viewer[];
  encrypted: boolean;
  /** Third parties the value is provided to; empty when none. */
  thirdParties: string[];
}

export interface NonPiColumn {
  pi: false;
}

/**
 * When a whole row expires. The retention engine (src/privacy/retention) applies every rule on a
 * schedule and records each run. The period is counted from a timestamptz column of the row; a
 * row whose column is null never matches (a session that was never revoked, an account that was
 * never cancelled).
 */
export interface RowRetention {
  /** Stable name, `<table>.<reason>`: recorded in retention_runs and printed by `renhe retention run`. */
  rule: string;
  /** The timestamptz column the period is counted from. */
  column: string;
  /** ISO-8601 duration after the column's time, e.g. PT15M, P1D, P6M; P0D: as soon as that time has passed. */
  after: string;
  /**
   * delete: the row goes. anonymise: the row stays (others still count on it) and each of its
   * personal-information columns is treated as that column's own retention action says: delete
   * empties it, shred destroys its subject's data key, anonymise replaces it. Meant for cancelled
   * accounts; the engine refuses anonymise rules until that plan is built.
   */
  action: 'delete' | 'anonymise';
  /** What the rule does and why, for the published policy and the operator. */
  description: Text;
}

export interface TableDeclaration {
  table: string;
  module: string;
  /** Column naming the person a row belongs to (for export and erasure); null for tables about no one. */
  subjectColumn: string | null;
  columns: Record<string, PiColumn | NonPiColumn>;
  /** Rules that remove (or anonymise) whole rows; a table without one keeps its rows until something else removes them. */
  rowRetention?: RowRetention[];
}

export const noPi: NonPiColumn = { pi: false };

/**
 * A personal-information column with the common defaults: provided under the contract, to no third
 * party, not encrypted. Declarations override whichever of these differ.
 */
export function piColumn(p: Omit<PiColumn, 'pi' | 'legalBasis' | 'thirdParties' | 'encrypted'> & Partial<PiColumn>): PiColumn {
  return { pi: true, legalBasis: 'contract', thirdParties: [], encrypted: false, ...p };
}

export function declareTables(module: string, tables: Omit<TableDeclaration, 'module'>[]): TableDeclaration[] {
  return tables.map((t) => ({ ...t, module }));
}
