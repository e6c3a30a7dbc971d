import { declareTables } from '../../privacy/inventory.js';

export const favouritesInventory = declareTables('favourites', []);
