export { disclosuresInventory } from './data.js';
export { disclosuresErrors } from './errors.js';
export { amongDisclosedTo, disclosedTo, type NewDisclosure } from './repository.js';
export { disclosuresRoutes } from './routes.js';
export { createDisclosuresService, DISCLOSED_FIELDS, DISCLOSURE_PURPOSE, type DisclosuresService } from './service.js';
export type { DisclosureVia } from './tables.js';
