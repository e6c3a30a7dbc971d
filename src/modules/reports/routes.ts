import { errorResponses } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import type { Services } from '../../platform/services.js';
import * as S from './schemas.js';

export async function reportsRoutes(app: App, { reports }: Services) {
  const tags = ['reports'];
  const reporters = { roles: ['seeker' as const, 'recruiter' as const] };
  const operator = { roles: ['operator' as const] };

  app.post(
    '/reports',
    {
      config: reporters,
      schema: {
        operationId: 'createReport',
        tags,
        summary: 'Report a job or an enterprise; the enterprise never learns who reported it',
        body: S.NewReportBody,
        response: { 200: S.MyReport, ...errorResponses },
      },
    },
    async (req) => reports.create(req.ctx, req.body),
  );

  app.get(
    '/me/reports',
    {
      config: reporters,
      schema: {
        operationId: 'listMyReports',
        tags,
        summary: 'My reports with their outcomes',
        querystring: S.NoQuery,
        response: { 200: S.MyReportList, ...errorResponses },
      },
    },
    async (req) => reports.listMine(req.ctx),
  );

  app.get(
    '/me/reports/:id',
    {
      config: reporters,
      schema: {
        operationId: 'getMyReport',
        tags,
        summary: 'One of my reports',
        params: S.ReportParams,
        querystring: S.NoQuery,
        response: { 200: S.MyReport, ...errorResponses },
      },
    },
    async (req) => reports.getMine(req.ctx, req.params.id),
  );

  app.get(
    '/enterprises/:id/standing',
    {
      config: { public: true },
      schema: {
        operationId: 'getEnterpriseStanding',
        tags,
        summary: 'Whether an operator upheld a report against the enterprise (public)',
        params: S.EnterpriseStandingParams,
        querystring: S.NoQuery,
        response: { 200: S.EnterpriseStanding, ...errorResponses },
      },
    },
    async (req) => reports.standing(req.ctx, req.params.id),
  );

  app.get(
    '/admin/reports',
    {
      config: operator,
      schema: {
        operationId: 'listReportQueue',
        tags,
        summary: 'Reports by status (operators); open ones oldest first',
        querystring: S.QueueQuery,
        response: { 200: S.ReportQueue, ...errorResponses },
      },
    },
    async (req) => reports.queue(req.ctx, req.query),
  );

  app.get(
    '/admin/reports/:id',
    {
      config: operator,
      schema: {
        operationId: 'getReportForReview',
        tags,
        summary: "One report with the reporter's description (operators; recorded in the audit log)",
        params: S.ReportParams,
        querystring: S.NoQuery,
        response: { 200: S.ReportReview, ...errorResponses },
      },
    },
    async (req) => reports.review(req.ctx, req.params.id),
  );

  app.post(
    '/admin/reports/:id/decision',
    {
      config: operator,
      schema: {
        operationId: 'decideReport',
        tags,
        summary: 'Uphold or dismiss a report, with the outcome its reporters see (operators)',
        params: S.ReportParams,
        body: S.DecisionBody,
        response: { 200: S.Decided, ...errorResponses },
      },
    },
    async (req) => reports.decide(req.ctx, req.params.id, req.body),
  );
}
