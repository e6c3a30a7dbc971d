import { errorResponses } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import * as S from './schemas.js';
import { jobsService } from './service.js';

export async function jobsRoutes(app: App) {
  const tags = ['jobs'];
  app.get(
    '/jobs',
    {
      config: { public: true },
      schema: { operationId: 'listJobs', tags, summary: 'Newest open jobs', querystring: S.JobListQuery, response: { 200: S.JobList, ...errorResponses } },
    },
    async (req) => jobsService.listLatest(req.ctx, req.query),
  );
  app.get(
    '/jobs/:id',
    {
      config: { public: true },
      schema: { operationId: 'getJob', tags, summary: 'One open job', params: S.JobParams, response: { 200: S.JobDetail, ...errorResponses } },
    },
    async (req) => jobsService.getJob(req.ctx, req.params.id),
  );
  app.get(
    '/cities',
    {
      config: { public: true },
      schema: { operationId: 'listCities', tags, summary: 'Cities with open jobs', querystring: S.NoQuery, response: { 200: S.CityList, ...errorResponses } },
    },
    async (req) => jobsService.cities(req.ctx),
  );
}
