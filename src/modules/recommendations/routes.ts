import { errorResponses, Ok } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import type { Services } from '../../platform/services.js';
import * as S from './schemas.js';

export async function recommendationsRoutes(app: App, { recommendations }: Services) {
  const tags = ['recommendations'];

  app.get(
    '/recommendations/jobs',
    {
      config: { public: true },
      schema: {
        operationId: 'recommendJobs',
        tags,
        summary: 'Recommended jobs: personal for a seeker who turned personalisation on, otherwise the same for everyone',
        querystring: S.RecommendJobsQuery,
        response: { 200: S.RecommendedJobs, ...errorResponses },
      },
    },
    async (req) => recommendations.recommendJobs(req.ctx, req.query),
  );

  app.get(
    '/recommendations/candidates',
    {
      config: { roles: ['recruiter' as const] },
      schema: {
        operationId: 'recommendCandidates',
        tags,
        summary: 'Candidates for one of your jobs, within every rule of candidate search',
        querystring: S.RecommendCandidatesQuery,
        response: { 200: S.RecommendedCandidates, ...errorResponses },
      },
    },
    async (req) => recommendations.recommendCandidates(req.ctx, req.query.jobId),
  );

  app.get(
    '/me/interest-tags',
    {
      schema: {
        operationId: 'listMyInterestTags',
        tags,
        summary: 'The interest tags behind my recommendations',
        querystring: S.NoQuery,
        response: { 200: S.InterestTags, ...errorResponses },
      },
    },
    async (req) => recommendations.myTags(req.ctx),
  );

  app.delete(
    '/me/interest-tags/:id',
    {
      schema: {
        operationId: 'deleteMyInterestTag',
        tags,
        summary: 'Delete one interest tag; the next recommendations no longer use it',
        params: S.TagParams,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => recommendations.deleteTag(req.ctx, req.params.id),
  );

  app.post(
    '/me/job-views/:jobId',
    {
      schema: {
        operationId: 'recordJobView',
        tags,
        summary: 'Note that I viewed a job (stored only while personalisation is on)',
        params: S.JobParams,
        response: { 200: S.ViewRecorded, ...errorResponses },
      },
    },
    async (req) => recommendations.recordView(req.ctx, req.params.jobId),
  );
}
