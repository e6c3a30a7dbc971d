import { filesInventory } from '../platform/files/data.js';
import { privacyInventory } from '../privacy/data.js';
import type { TableDeclaration } from '../privacy/inventory.js';
import { accountsInventory } from './accounts/index.js';
import { enterprisesInventory } from './enterprises/index.js';
import { jobsInventory } from './jobs/index.js';

/** Every module's personal-information declarations, in one list for the privacy core. */
export const inventory: TableDeclaration[] = [...privacyInventory, ...filesInventory, ...accountsInventory, ...enterprisesInventory, ...jobsInventory];
