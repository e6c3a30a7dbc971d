import { declareTables } from '../../privacy/inventory.js';

export const resumesInventory = declareTables('resumes', []);
