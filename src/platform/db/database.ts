import type { AccountsTables } from '../../modules/accounts/tables.js';
import type { ApplicationsTables } from '../../modules/applications/tables.js';
import type { DisclosuresTables } from '../../modules/disclosures/tables.js';
import type { EnterprisesTables } from '../../modules/enterprises/tables.js';
import type { FavouritesTables } from '../../modules/favourites/tables.js';
import type { JobsTables } from '../../modules/jobs/tables.js';
import type { RecommendationsTables } from '../../modules/recommendations/tables.js';
import type { ReportsTables } from '../../modules/reports/tables.js';
import type { ResumesTables } from '../../modules/resumes/tables.js';
import type { SearchTables } from '../../modules/search/tables.js';
import type { PolicyTables } from '../../privacy/policy/tables.js';
import type { RetentionTables } from '../../privacy/retention/tables.js';
import type { RightsTables } from '../../privacy/rights/tables.js';
import type { PrivacyTables } from '../../privacy/tables.js';
import type { FilesTables } from '../files/tables.js';

/** The whole schema as Kysely sees it: the union of every module's own tables. */
export type Database = AccountsTables &
  EnterprisesTables &
  JobsTables &
  ResumesTables &
  DisclosuresTables &
  ApplicationsTables &
  ReportsTables &
  FavouritesTables &
  SearchTables &
  RecommendationsTables &
  PrivacyTables &
  PolicyTables &
  RetentionTables &
  RightsTables &
  FilesTables;
