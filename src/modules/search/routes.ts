import { errorResponses } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import type { Services } from '../../platform/services.js';
import * as S from './schemas.js';

export async function searchRoutes(app: App, { search }: Services) {
  const tags = ['search'];

  app.get(
    '/search/jobs',
    {
      config: { public: true },
      schema: {
        operationId: 'searchJobs',
        tags,
        summary: 'Search open jobs by keyword and filters (no sign-in)',
        querystring: S.JobSearchQuery,
        response: { 200: S.JobSearchResult, ...errorResponses },
      },
    },
    async (req) => search.searchJobs(req.ctx, req.query),
  );

  app.get(
    '/search/candidates',
    {
      config: { roles: ['recruiter' as const] },
      schema: {
        operationId: 'searchCandidates',
        tags,
        summary: 'Search the resumes your verified enterprise may see; names and numbers stay masked until disclosure',
        querystring: S.CandidateSearchQuery,
        response: { 200: S.CandidateSearchResult, ...errorResponses },
      },
    },
    async (req) => search.searchCandidates(req.ctx, req.query),
  );
}
