import type { CoreServices } from '../../platform/services.js';

export function createResumesService(_deps: CoreServices) {
  return {};
}

export type ResumesService = ReturnType<typeof createResumesService>;
