import { onChange } from '../../platform/changes.js';
import { reindexEnterprises, reindexJobs, reindexResumes } from './indexer.js';

export { type CandidateFilters, type CandidateScope, findCandidates } from './candidates.js';
export { searchInventory } from './data.js';
export { searchErrors } from './errors.js';
export { rebuildJobIndex, rebuildResumeIndex, reindexJobs, reindexResumes } from './indexer.js';
export { countJobs, findJobs, type JobFilters, TOTAL_CAP } from './jobs.js';
export { forgetStats } from './planner.js';
export { recentJobs } from './recent.js';
export { searchRoutes } from './routes.js';
export { createSearchService, type JobHit, jobHit, type SearchService } from './service.js';

// The indexes follow their sources in the writers' own transactions.
onChange('job', 'search.jobs', (db, e) => reindexJobs(db, e.ids));
onChange('enterprise', 'search.enterprises', (db, e) => reindexEnterprises(db, e.ids));
onChange('resume', 'search.resumes', (db, e) => reindexResumes(db, e.ids));
