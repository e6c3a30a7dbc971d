import type { ResumesService } from './service.js';

/**
 * The resumes service of this process, for the free functions index.ts offers other modules
 * (candidateCards needs the cipher and the access door). Set when the service is created.
 */
export const bound: { service: ResumesService | undefined } = { service: undefined };
