import { filesInventory } from '../platform/files/data.js';
import { privacyInventory } from '../privacy/data.js';
import type { TableDeclaration } from '../privacy/inventory.js';
import { accountsInventory } from './accounts/index.js';
import { applicationsInventory } from './applications/data.js';
import { disclosuresInventory } from './disclosures/data.js';
import { enterprisesInventory } from './enterprises/index.js';
import { favouritesInventory } from './favourites/data.js';
import { jobsInventory } from './jobs/index.js';
import { recommendationsInventory } from './recommendations/data.js';
import { reportsInventory } from './reports/data.js';
import { resumesInventory } from './resumes/data.js';
import { searchInventory } from './search/index.js';

/** Every module's personal-information declarations, in one list for the privacy core. */
export const inventory: TableDeclaration[] = [
  ...privacyInventory,
  ...filesInventory,
  ...accountsInventory,
  ...enterprisesInventory,
  ...jobsInventory,
  ...resumesInventory,
  ...disclosuresInventory,
  ...applicationsInventory,
  ...reportsInventory,
  ...favouritesInventory,
  ...searchInventory,
  ...recommendationsInventory,
];
