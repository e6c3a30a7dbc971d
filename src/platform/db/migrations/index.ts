import type { Migration } from 'kysely/migration';
import * as accounts from './20261122T2100-accounts.js';
import * as enterprisesJobs from './20261122T2110-enterprises-jobs.js';
import * as privacyKeys from './20261122T2200-privacy-keys.js';
import * as auditLog from './20261122T2210-audit-log.js';
import * as consentLedger from './20261122T2215-consent-ledger.js';
import * as policyVersions from './20261122T2300-policy-versions.js';
import * as retentionRuns from './20261122T2310-retention-runs.js';
import * as rights from './20261122T2320-rights.js';
import * as files from './20261123T0050-files.js';
import * as enterprisesMembership from './20261123T0100-enterprises-membership.js';
import * as jobsManagement from './20261123T0200-jobs-management.js';
import * as resumes from './20261123T0210-resumes.js';
import * as disclosures from './20261123T0220-disclosures.js';
import * as applications from './20261123T0230-applications.js';
import * as reports from './20261123T0240-reports.js';
import * as favourites from './20261123T0250-favourites.js';
import * as search from './20261205T1100-search.js';
import * as recommendations from './20261205T1110-recommendations.js';

/** Every migration, by timestamped name. Kysely applies them in name order. */
export const migrations: Record<string, Migration> = {
  '20261122T2100-accounts': accounts,
  '20261122T2110-enterprises-jobs': enterprisesJobs,
  '20261122T2200-privacy-keys': privacyKeys,
  '20261122T2210-audit-log': auditLog,
  '20261122T2215-consent-ledger': consentLedger,
  '20261122T2300-policy-versions': policyVersions,
  '20261122T2310-retention-runs': retentionRuns,
  '20261122T2320-rights': rights,
  '20261123T0050-files': files,
  '20261123T0100-enterprises-membership': enterprisesMembership,
  '20261123T0200-jobs-management': jobsManagement,
  '20261123T0210-resumes': resumes,
  '20261123T0220-disclosures': disclosures,
  '20261123T0230-applications': applications,
  '20261123T0240-reports': reports,
  '20261123T0250-favourites': favourites,
  '20261205T1100-search': search,
  '20261205T1110-recommendations': recommendations,
};
