import type { Generated } from 'kysely';
import type { TimestampDefault, TimestampNullable } from '../../platform/db/column-types.js';

/** How a seeker's identity reached an enterprise: by applying, or by accepting its contact request. */
export type DisclosureVia = 'application' | 'contact_request';

export interface DisclosuresTable {
  id: Generated<number>;
  seeker_id: string;
  enterprise_id: number;
  /** The resume the enterprise received (an application names one; a contact request the one it was sent from). */
  resume_id: number | null;
  via: DisclosureVia;
  /** The application or contact request that made the disclosure. */
  source_id: number | null;
  created_at: TimestampDefault;
  /** Set when the seeker takes it back: from then on the enterprise sees the masked name and contact again. */
  revoked_at: TimestampNullable;
}

export interface DisclosuresTables {
  disclosures: DisclosuresTable;
}
