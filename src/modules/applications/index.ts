import type { Db } from '../../platform/db/index.js';
import { applicationsRepository } from './repository.js';

export { applicationsInventory } from './data.js';
export { applicationsErrors } from './errors.js';
export { applicationsRoutes } from './routes.js';
export { APPLICATION_PURPOSE, type ApplicationsService, createApplicationsService } from './service.js';

/** How many applications each job received (jobs without any are absent). */
export async function applicationCounts(db: Db, jobIds: number[]): Promise<Map<number, number>> {
  const rows = await applicationsRepository.countsByJob(db, jobIds);
  return new Map(rows.map((r) => [r.job_id, Number(r.n)]));
}

/** The jobs a seeker applied to, most recent first (at most 500). */
export async function appliedJobIds(db: Db, seekerId: string): Promise<number[]> {
  return (await applicationsRepository.appliedJobIds(db, seekerId)).map((r) => r.job_id);
}
