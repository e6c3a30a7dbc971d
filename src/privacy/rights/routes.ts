import { AppError } from '../../platform/errors.js';
import { errorResponses } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import * as S from './schemas.js';
import type { RightsService } from './service.js';

/** POST routes without a body still refuse one that carries fields, as every other route does. */
function refuseBody(body: unknown) {
  if (body === undefined || body === null) return;
  if (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) return;
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? Object.keys(body).map((field) => ({ field, rule: 'unknown' })) : [];
  throw new AppError(fields.length ? 'UNKNOWN_FIELD' : 'VALIDATION_FAILED', { fields: fields.length ? fields : [{ field: '', rule: 'type' }] });
}

export async function rightsRoutes(app: App, { rights }: { rights: RightsService }) {
  const tags = ['privacy'];
  const admin = { roles: ['operator' as const] };

  app.post(
    '/privacy/exports',
    {
      schema: {
        operationId: 'createExport',
        tags,
        summary: 'Make a copy of everything Renhe holds about me (recorded as a data request and in the audit log)',
        querystring: S.NoQuery,
        response: { 200: S.ExportReply, ...errorResponses },
      },
    },
    async (req) => {
      refuseBody(req.body);
      const { doc, request } = await rights.createExport(req.ctx);
      return { request, export: doc };
    },
  );

  app.get(
    '/privacy/export',
    {
      schema: {
        operationId: 'downloadExport',
        tags,
        summary: 'Download a copy of everything Renhe holds about me: data.json and index.html in a ZIP',
        querystring: S.NoQuery,
        response: { 200: S.ZipDownload, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { zip, filename } = await rights.downloadExport(req.ctx);
      return (
        reply
          .type('application/zip')
          .header('content-disposition', `attachment; filename="${filename}"`)
          .header('cache-control', 'no-store')
          // Bytes bypass the JSON serializer; the type provider only knows the documented schema.
          .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength) as unknown as string)
      );
    },
  );

  app.get(
    '/privacy/cancellation',
    {
      schema: {
        operationId: 'getCancellation',
        tags,
        summary: 'Whether my account is being cancelled, and when it will be erased',
        querystring: S.NoQuery,
        response: { 200: S.CancellationReply, ...errorResponses },
      },
    },
    async (req) => rights.getCancellation(req.ctx),
  );

  app.post(
    '/privacy/cancellation',
    {
      schema: {
        operationId: 'startCancellation',
        tags,
        summary: 'Cancel my account: erased after the cooling-off period, during which I can still sign in and undo it',
        querystring: S.NoQuery,
        response: { 200: S.CancellationReply, ...errorResponses },
      },
    },
    async (req) => {
      refuseBody(req.body);
      return rights.startCancellation(req.ctx);
    },
  );

  app.delete(
    '/privacy/cancellation',
    {
      schema: {
        operationId: 'undoCancellation',
        tags,
        summary: 'Undo the cancellation of my account during the cooling-off period',
        querystring: S.NoQuery,
        response: { 200: S.CancellationReply, ...errorResponses },
      },
    },
    async (req) => {
      refuseBody(req.body);
      return rights.undoCancellation(req.ctx);
    },
  );

  app.get(
    '/privacy/requests',
    {
      schema: {
        operationId: 'listDataRequests',
        tags,
        summary: 'My data requests and complaints: status, deadline and any reason for a refusal',
        querystring: S.NoQuery,
        response: { 200: S.RequestList, ...errorResponses },
      },
    },
    async (req) => ({ requests: await rights.listRequests(req.ctx) }),
  );

  app.post(
    '/privacy/requests',
    {
      schema: {
        operationId: 'fileDataRequest',
        tags,
        summary: 'File a complaint, ask for named items to be deleted, or restrict processing of my data',
        body: S.FileRequestBody,
        response: { 200: S.RequestItem, ...errorResponses },
      },
    },
    async (req) => rights.fileRequest(req.ctx, req.body),
  );

  app.post(
    '/privacy/requests/:id/withdraw',
    {
      schema: {
        operationId: 'withdrawDataRequest',
        tags,
        summary: 'Withdraw one of my open requests (for a restriction: lift it)',
        params: S.IdParams,
        response: { 200: S.RequestItem, ...errorResponses },
      },
    },
    async (req) => {
      refuseBody(req.body);
      return rights.withdrawRequest(req.ctx, req.params.id);
    },
  );

  app.get(
    '/admin/data-requests',
    {
      config: admin,
      schema: {
        operationId: 'adminListDataRequests',
        tags: ['admin'],
        summary: 'Open data requests, earliest deadline first',
        querystring: S.QueueQuery,
        response: { 200: S.QueueReply, ...errorResponses },
      },
    },
    async (req) => ({ requests: await rights.listQueue(req.ctx, req.query.limit) }),
  );

  app.get(
    '/admin/data-requests/:id',
    {
      config: admin,
      schema: {
        operationId: 'adminViewDataRequest',
        tags: ['admin'],
        summary: 'One data request with what the person wrote; the access is audited',
        params: S.IdParams,
        response: { 200: S.AdminRequestView, ...errorResponses },
      },
    },
    async (req) => rights.viewRequest(req.ctx, req.params.id),
  );

  app.post(
    '/admin/data-requests/:id',
    {
      config: admin,
      schema: {
        operationId: 'adminUpdateDataRequest',
        tags: ['admin'],
        summary: 'Move a data request on: in progress, completed, or refused with a reason the person sees',
        params: S.IdParams,
        body: S.UpdateRequestBody,
        response: { 200: S.AdminRequestView, ...errorResponses },
      },
    },
    async (req) => rights.updateRequest(req.ctx, req.params.id, req.body),
  );
}
