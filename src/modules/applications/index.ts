export { applicationsInventory } from './data.js';
export { applicationsErrors } from './errors.js';
export { applicationsRoutes } from './routes.js';
export { type ApplicationsService, createApplicationsService } from './service.js';
