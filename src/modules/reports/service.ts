import type { CoreServices } from '../../platform/services.js';

export function createReportsService(_deps: CoreServices) {
  return {};
}

export type ReportsService = ReturnType<typeof createReportsService>;
