import type { Generated } from 'kysely';
import type { Timestamp, TimestampDefault, TimestampNullable } from '../../platform/db/column-types.js';

/** Where an application stands. `withdrawn` takes it out of the enterprise's pipeline. */
export type ApplicationStatus = 'new' | 'viewed' | 'interview' | 'offer' | 'not_suitable' | 'withdrawn';
export type InterviewMode = 'onsite' | 'online';
export type InterviewStatus = 'invited' | 'accepted' | 'declined' | 'proposed' | 'cancelled';
export type ContactRequestStatus = 'pending' | 'accepted' | 'declined' | 'revoked' | 'expired';

export interface ApplicationsTable {
  id: Generated<number>;
  job_id: number;
  /** The job's enterprise when the seeker applied: whose recruiters see the application. */
  enterprise_id: number;
  seeker_id: string;
  resume_id: number;
  status: Generated<ApplicationStatus>;
  created_at: TimestampDefault;
  /** Last change of status; the retention period is counted from here. */
  updated_at: TimestampDefault;
}

export interface ApplicationEventsTable {
  id: Generated<number>;
  application_id: number;
  seeker_id: string;
  actor_role: 'seeker' | 'recruiter';
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  created_at: TimestampDefault;
}

export interface InterviewsTable {
  id: Generated<number>;
  application_id: number;
  enterprise_id: number;
  seeker_id: string;
  created_by: string;
  scheduled_at: Timestamp;
  mode: InterviewMode;
  /** The address for an on-site interview, the meeting link for an online one. */
  location: string;
  contact_person: string;
  note: Generated<string>;
  status: Generated<InterviewStatus>;
  /** The other time the seeker proposed. */
  proposed_at: TimestampNullable;
  /** What the seeker wrote when declining or proposing another time. */
  response_note: string | null;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
}

export interface ContactRequestsTable {
  id: Generated<number>;
  enterprise_id: number;
  recruiter_id: string;
  seeker_id: string;
  /** The resume the recruiter found the seeker through. */
  resume_id: number;
  /** The enterprise's job the request is about. */
  job_id: number;
  message: string;
  status: Generated<ContactRequestStatus>;
  created_at: TimestampDefault;
  expires_at: Timestamp;
  answered_at: TimestampNullable;
  updated_at: TimestampDefault;
}

/** The applications module's tables as Kysely sees them. */
export interface ApplicationsTables {
  applications: ApplicationsTable;
  application_events: ApplicationEventsTable;
  interviews: InterviewsTable;
  contact_requests: ContactRequestsTable;
}
