import type { Generated } from 'kysely';
import type { Timestamp, TimestampDefault, TimestampNullable } from '../../platform/db/column-types.js';

export type Role = 'seeker' | 'recruiter' | 'operator';
export type Gender = 'female' | 'male' | 'other';

export interface UsersTable {
  id: Generated<string>;
  phone_enc: string;
  phone_index: string;
  role: Role;
  display_name: string;
  birth_date: string | null;
  gender: Gender | null;
  city: string | null;
  password_hash: string | null;
  status: Generated<'active' | 'disabled' | 'cancelled'>;
  /** Set while the person has restricted the processing of their data; see src/privacy/rights. */
  restricted_at: TimestampNullable;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
}

export interface SessionsTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  user_agent: string | null;
  created_at: TimestampDefault;
  last_seen_at: TimestampDefault;
  expires_at: Timestamp;
  revoked_at: TimestampNullable;
}

export interface SmsCodesTable {
  id: Generated<string>;
  phone_hash: string;
  ip_hash: string;
  code_hash: string;
  attempts: Generated<number>;
  created_at: TimestampDefault;
  expires_at: Timestamp;
  used_at: TimestampNullable;
}

export interface SmsOutboxTable {
  id: Generated<string>;
  phone_hash: string;
  body: string;
  created_at: TimestampDefault;
}

export interface AuthFailuresTable {
  id: Generated<string>;
  key_hash: string;
  created_at: TimestampDefault;
}

export interface AccountsTables {
  users: UsersTable;
  sessions: SessionsTable;
  sms_codes: SmsCodesTable;
  sms_outbox: SmsOutboxTable;
  auth_failures: AuthFailuresTable;
}
