export { reportsInventory } from './data.js';
export { reportsErrors } from './errors.js';
export { reportsRoutes } from './routes.js';
export { createReportsService, enterpriseFlags, HELD_BY_REPORTS, HOLD_AFTER_REPORTERS, type ReportsService } from './service.js';
export { REPORT_REASONS, type ReportReason } from './tables.js';
