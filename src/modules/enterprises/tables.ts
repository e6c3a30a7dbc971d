import type { Generated } from 'kysely';
import type { Timestamp, TimestampDefault, TimestampNullable } from '../../platform/db/column-types.js';

export type MemberRole = 'admin' | 'recruiter';
export type ReviewKind = 'certification' | 'claim';
export type ReviewStatus = 'pending' | 'approved' | 'rejected';

export interface EnterprisesTable {
  id: Generated<number>;
  name: string;
  city: string;
  industry: string;
  size: string;
  description: Generated<string>;
  verified: Generated<boolean>;
  created_at: TimestampDefault;
  /** Unified social credit code (GB 32100-2015); null for listings nobody has registered or claimed. */
  credit_code: string | null;
  address: Generated<string>;
  logo_file_id: string | null;
}

export interface EnterprisePhotosTable {
  enterprise_id: number;
  file_id: string;
  created_at: TimestampDefault;
}

export interface EnterpriseMembersTable {
  enterprise_id: number;
  user_id: string;
  role: MemberRole;
  created_at: TimestampDefault;
}

export interface EnterpriseJoinRequestsTable {
  id: Generated<string>;
  enterprise_id: number;
  user_id: string;
  status: Generated<'pending' | 'approved' | 'rejected'>;
  created_at: TimestampDefault;
  decided_at: TimestampNullable;
  decided_by: string | null;
}

export interface EnterpriseInvitationsTable {
  id: Generated<string>;
  enterprise_id: number;
  phone_index: string;
  phone_masked: string;
  role: MemberRole;
  invited_by: string;
  status: Generated<'pending' | 'accepted' | 'declined' | 'revoked'>;
  created_at: TimestampDefault;
  expires_at: Timestamp;
  answered_at: TimestampNullable;
}

export interface EnterpriseReviewsTable {
  id: Generated<string>;
  enterprise_id: number;
  kind: ReviewKind;
  submitted_by: string;
  credit_code: string | null;
  licence_file_id: string;
  authorisation_file_id: string | null;
  status: Generated<ReviewStatus>;
  reason: string | null;
  decided_by: string | null;
  created_at: TimestampDefault;
  decided_at: TimestampNullable;
}

export interface EnterprisesTables {
  enterprises: EnterprisesTable;
  enterprise_photos: EnterprisePhotosTable;
  enterprise_members: EnterpriseMembersTable;
  enterprise_join_requests: EnterpriseJoinRequestsTable;
  enterprise_invitations: EnterpriseInvitationsTable;
  enterprise_reviews: EnterpriseReviewsTable;
}
