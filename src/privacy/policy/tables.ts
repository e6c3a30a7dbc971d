import type { Generated } from 'kysely';
import type { TimestampDefault } from '../../platform/db/column-types.js';
import type { Locale } from '../../platform/errors.js';

export type PolicyDocument = 'policy' | 'collected' | 'sharing';

export interface PolicyVersionsTable {
  id: Generated<string>;
  document: PolicyDocument;
  locale: Locale;
  hash: string;
  body: string;
  published_at: TimestampDefault;
}

export interface PolicyTables {
  policy_versions: PolicyVersionsTable;
}
