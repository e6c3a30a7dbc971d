export { reportsInventory } from './data.js';
export { reportsErrors } from './errors.js';
export { reportsRoutes } from './routes.js';
export { createReportsService, type ReportsService } from './service.js';
