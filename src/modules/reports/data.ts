import { declareTables } from '../../privacy/inventory.js';

export const reportsInventory = declareTables('reports', []);
