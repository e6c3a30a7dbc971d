import { declareTables } from '../../privacy/inventory.js';

export const applicationsInventory = declareTables('applications', []);
