import { type AccountsService, createAccountsService, outboxSender } from '../modules/accounts/index.js';
import { type ApplicationsService, createApplicationsService } from '../modules/applications/index.js';
import { createDisclosuresService, type DisclosuresService } from '../modules/disclosures/index.js';
import { createEnterprisesService, type EnterprisesService } from '../modules/enterprises/index.js';
import { createFavouritesService, type FavouritesService } from '../modules/favourites/index.js';
import { inventory } from '../modules/index.js';
import { createRecommendationsService, type RecommendationsService } from '../modules/recommendations/index.js';
import { createReportsService, type ReportsService } from '../modules/reports/index.js';
import { createResumesService, type ResumesService } from '../modules/resumes/index.js';
import { createSearchService, type SearchService } from '../modules/search/index.js';
import { type ConsentService, createConsentService, type PolicyVersion } from '../privacy/consent.js';
import { type AccessDoor, type AuditLog, createAccessDoor, createAuditLog, createFieldCipher, type FieldCipher, type KeyRing } from '../privacy/index.js';
import { createPolicyService, type PolicyService, policySiteFacts } from '../privacy/policy/index.js';
import { policyVersionOf } from '../privacy/policy-version.js';
import { defineBaseConsents } from '../privacy/purposes.js';
import { createRightsService, type RightsService } from '../privacy/rights/index.js';
import type { Config } from './config.js';
import { createFileService, createLocalFileStore, type FileService } from './files/index.js';

/** The services every module may lean on, built before the modules' own. */
export interface CoreServices {
  config: Config;
  cipher: FieldCipher;
  audit: AuditLog;
  access: AccessDoor;
  consent: ConsentService;
  accounts: AccountsService;
  files: FileService;
  enterprises: EnterprisesService;
  disclosures: DisclosuresService;
  policy: PolicyService;
  rights: RightsService;
}

/** The long-lived services of one process, built once from configuration and keys. */
export interface Services extends CoreServices {
  resumes: ResumesService;
  applications: ApplicationsService;
  reports: ReportsService;
  favourites: FavouritesService;
  search: SearchService;
  recommendations: RecommendationsService;
}

export function createServices(config: Config, secret: Buffer, keyRing: KeyRing): Services {
  const cipher = createFieldCipher(keyRing);
  const audit = createAuditLog(secret);
  const access = createAccessDoor(audit);
  const policy = createPolicyService({ inventory, site: policySiteFacts(config) });
  let version: PolicyVersion | undefined;
  const consent = createConsentService(() => {
    // Consents refer to the published Chinese policy, the authoritative text.
    version ??= policyVersionOf(
      inventory,
      consent.purposes().map(([name]) => name),
      policy.rendering('policy', 'zh-CN').hash,
    );
    return version;
  });
  defineBaseConsents(consent);
  const accounts = createAccountsService({ settings: config, secret, sms: outboxSender, cipher, access, consent });
  const rights = createRightsService({ inventory, cipher, audit, access, settings: config });
  // Local disk only for now; an S3-compatible FileStore can be chosen here by config later.
  const files = createFileService(createLocalFileStore(config.filesDir));
  const enterprises = createEnterprisesService({ access, files, phoneHash: accounts.phoneHash });
  const disclosures = createDisclosuresService({ audit });
  const core: CoreServices = { config, cipher, audit, access, consent, accounts, files, enterprises, disclosures, policy, rights };
  const resumes = createResumesService(core);
  const applications = createApplicationsService(core);
  const reports = createReportsService(core);
  const favourites = createFavouritesService(core);
  const search = createSearchService(core);
  const recommendations = createRecommendationsService(core);
  return { ...core, resumes, applications, reports, favourites, search, recommendations };
}
