import type { Db } from '../../platform/db/index.js';
import { jobsInventory } from './data.js';
import { jobsRepository } from './repository.js';

export { jobsRoutes } from './routes.js';
export { jobsInventory };

export async function countJobs(db: Db): Promise<number> {
  return (await jobsRepository.count(db)).n;
}

export const insertJobs = jobsRepository.insertMany;
