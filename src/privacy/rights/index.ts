export { CANCELLED_DISPLAY_NAME, type ErasureReport, type ErasureStep, erasurePlan } from './erasure.js';
export { collectExport, EXPORT_FORMAT, type ExportDocument, renderExportHtml, zipExport } from './export.js';
export { holidaysCn } from './holidays-cn.js';
export { purposeSurvivesRestriction, subjectIsRestricted } from './restriction.js';
export { rightsRoutes } from './routes.js';
export { type CancellationView, createRightsService, type RequestView, type RightsService, type RightsSettings, type SweepResult } from './service.js';
export type { RequestKind, RequestStatus, RightsTables } from './tables.js';
export { addWorkingDays, chinaDate, isWorkingDay, REQUEST_DEADLINE_WORKING_DAYS, requestDueOn, workingDaysBetween } from './workdays.js';
