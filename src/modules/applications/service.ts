import type { CoreServices } from '../../platform/services.js';

export function createApplicationsService(_deps: CoreServices) {
  return {};
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
