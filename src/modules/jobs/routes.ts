import { errorResponses } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import type { Services } from '../../platform/services.js';
import * as S from './schemas.js';
import { createJobsService } from './service.js';

export async function jobsRoutes(app: App, services: Services) {
  const service = createJobsService(services);
  const tags = ['jobs'];
  app.get(
    '/jobs',
    {
      config: { public: true },
      schema: { operationId: 'listJobs', tags, summary: 'Most recent open jobs', querystring: S.JobListQuery, response: { 200: S.JobList, ...errorResponses } },
    },
    async (req) => service.listLatest(req.ctx, req.query),
  );
  app.get(
    '/jobs/:id',
    {
      config: { public: true },
      schema: { operationId: 'getJob', tags, summary: 'One open job', params: S.JobParams, response: { 200: S.JobDetail, ...errorResponses } },
    },
    async (req) => service.getJob(req.ctx, req.params.id),
  );
  app.get(
    '/jobs/:id/posting',
    {
      config: { public: true },
      schema: {
        operationId: 'getJobPosting',
        tags,
        summary: 'The schema.org JobPosting (JSON-LD) of one open job',
        params: S.JobParams,
        response: { 200: S.JobPostingLd, ...errorResponses },
      },
    },
    async (req, reply) => {
      reply.type('application/ld+json; charset=utf-8');
      return service.jobPosting(req.ctx, req.params.id);
    },
  );
  app.get(
    '/cities',
    {
      config: { public: true },
      schema: { operationId: 'listCities', tags, summary: 'Cities with open jobs', querystring: S.NoQuery, response: { 200: S.CityList, ...errorResponses } },
    },
    async (req) => service.cities(req.ctx),
  );

  // --- recruiters: their enterprise's jobs ------------------------------------------------------
  const recruiter = { roles: ['recruiter' as const] };
  app.get(
    '/workspace/jobs',
    {
      config: recruiter,
      schema: {
        operationId: 'listMyJobs',
        tags,
        summary: "My enterprise's jobs, every status",
        querystring: S.NoQuery,
        response: { 200: S.Workspace, ...errorResponses },
      },
    },
    async (req) => service.workspace(req.ctx),
  );
  app.post(
    '/workspace/jobs',
    {
      config: recruiter,
      schema: {
        operationId: 'createJob',
        tags,
        summary: 'Save a new job as a draft, or submit it (verified enterprises publish at once)',
        body: S.JobWrite,
        response: { 200: S.ManagedJob, ...errorResponses },
      },
    },
    async (req) => service.create(req.ctx, req.body),
  );
  app.get(
    '/workspace/jobs/:id',
    {
      config: recruiter,
      schema: {
        operationId: 'getMyJob',
        tags,
        summary: 'One job of my enterprise',
        params: S.JobParams,
        response: { 200: S.ManagedJob, ...errorResponses },
      },
    },
    async (req) => service.get(req.ctx, req.params.id),
  );
  app.put(
    '/workspace/jobs/:id',
    {
      config: recruiter,
      schema: {
        operationId: 'updateJob',
        tags,
        summary: 'Edit a job; an open or pending job is checked again',
        params: S.JobParams,
        body: S.JobWrite,
        response: { 200: S.ManagedJob, ...errorResponses },
      },
    },
    async (req) => service.update(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/workspace/jobs/:id/:action',
    {
      config: recruiter,
      schema: {
        operationId: 'actOnJob',
        tags,
        summary: 'submit a draft or rejected job, close, reopen a closed or expired job, refresh (once a day)',
        params: S.JobAction,
        response: { 200: S.ManagedJob, ...errorResponses },
      },
    },
    async (req) => service.act(req.ctx, req.params.id, req.params.action),
  );

  // --- operators: the review queue --------------------------------------------------------------
  const operator = { roles: ['operator' as const] };
  app.get(
    '/admin/job-reviews',
    {
      config: operator,
      schema: {
        operationId: 'listJobReviews',
        tags,
        summary: 'Jobs waiting for review, oldest first',
        querystring: S.NoQuery,
        response: { 200: S.JobReviewList, ...errorResponses },
      },
    },
    async (req) => service.reviewQueue(req.ctx),
  );
  app.post(
    '/admin/job-reviews/:id',
    {
      config: operator,
      schema: {
        operationId: 'decideJobReview',
        tags,
        summary: 'Approve a job (it opens) or reject it with a reason the recruiters see',
        params: S.JobParams,
        body: S.JobReviewDecision,
        response: { 200: S.ManagedJob, ...errorResponses },
      },
    },
    async (req) => service.decideReview(req.ctx, req.params.id, req.body),
  );
}
