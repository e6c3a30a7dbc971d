export { applicationsInventory } from './data.js';
export { applicationsErrors } from './errors.js';
export { applicationsRoutes } from './routes.js';
export { APPLICATION_PURPOSE, type ApplicationsService, createApplicationsService } from './service.js';
