import type { FastifyReply } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { multipartBody, readUploads, type Upload } from '../../platform/files/index.js';
import { errorResponses, Ok } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import * as S from './schemas.js';
import type { EnterprisesService } from './service.js';

/** Routes without a body still refuse one that carries fields, as every other route does. */
function refuseBody(body: unknown) {
  if (body === undefined || body === null) return;
  if (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) return;
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? Object.keys(body).map((field) => ({ field, rule: 'unknown' })) : [];
  throw new AppError(fields.length ? 'UNKNOWN_FIELD' : 'VALIDATION_FAILED', { fields: fields.length ? fields : [{ field: '', rule: 'type' }] });
}

/** Bytes bypass the JSON serializer; the type provider only knows the documented schema. */
function sendFile(reply: FastifyReply, file: { bytes: Buffer; contentType: string }, cache: 'private' | 'public') {
  return reply
    .type(file.contentType)
    .header('content-disposition', 'inline')
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', cache === 'private' ? 'private, no-store' : 'public, max-age=300')
    .send(file.bytes as unknown as string);
}

const multipart = ['multipart/form-data'];

export async function enterprisesRoutes(app: App, { service }: { service: EnterprisesService }) {
  const tags = ['enterprises'];
  const recruiter = { roles: ['recruiter' as const] };
  const operator = { roles: ['operator' as const] };

  app.get(
    '/enterprises',
    {
      config: { public: true },
      schema: {
        operationId: 'searchEnterprises',
        tags,
        summary: 'Enterprises by name (public; nothing about the visitor is kept)',
        querystring: S.SearchQuery,
        response: { 200: S.EnterpriseList, ...errorResponses },
      },
    },
    async (req) => service.search(req.ctx, req.query),
  );

  app.post(
    '/enterprises',
    {
      config: recruiter,
      schema: {
        operationId: 'createEnterprise',
        tags,
        summary: 'Register an enterprise; the recruiter becomes its admin',
        body: S.CreateEnterpriseBody,
        response: { 200: S.EnterpriseProfile, ...errorResponses },
      },
    },
    async (req) => service.create(req.ctx, req.body),
  );

  app.get(
    '/enterprises/:id',
    {
      config: { public: true },
      schema: {
        operationId: 'getEnterprise',
        tags,
        summary: 'One enterprise listing (public)',
        params: S.IdParams,
        querystring: S.NoQuery,
        response: { 200: S.EnterpriseProfile, ...errorResponses },
      },
    },
    async (req) => service.get(req.ctx, req.params.id),
  );

  app.get(
    '/enterprises/:id/media/:fileId',
    {
      config: { public: true },
      schema: {
        operationId: 'getEnterpriseMedia',
        tags,
        summary: "The listing's logo or one of its photos (public); no other file is served here",
        params: S.FileParams,
        querystring: S.NoQuery,
        response: { 200: S.FileDownload, ...errorResponses },
      },
    },
    async (req, reply) => sendFile(reply, await service.media(req.ctx, req.params.id, req.params.fileId), 'public'),
  );

  app.put(
    '/enterprises/:id/logo',
    {
      config: recruiter,
      schema: {
        operationId: 'setEnterpriseLogo',
        tags,
        summary: 'Upload the logo (admins)',
        params: S.IdParams,
        consumes: multipart,
        body: multipartBody(S.LogoUpload),
        response: { 200: S.EnterpriseProfile, ...errorResponses },
      },
    },
    async (req) => {
      const { files } = await readUploads(req, S.LogoUpload);
      return service.setLogo(req.ctx, req.params.id, files.file as Upload);
    },
  );

  app.post(
    '/enterprises/:id/photos',
    {
      config: recruiter,
      schema: {
        operationId: 'addEnterprisePhoto',
        tags,
        summary: 'Add a photo (admins; at most 9)',
        params: S.IdParams,
        consumes: multipart,
        body: multipartBody(S.PhotoUpload),
        response: { 200: S.EnterpriseProfile, ...errorResponses },
      },
    },
    async (req) => {
      const { files } = await readUploads(req, S.PhotoUpload);
      return service.addPhoto(req.ctx, req.params.id, files.file as Upload);
    },
  );

  app.delete(
    '/enterprises/:id/photos/:fileId',
    {
      config: recruiter,
      schema: {
        operationId: 'removeEnterprisePhoto',
        tags,
        summary: 'Remove a photo (admins); the file is deleted',
        params: S.FileParams,
        response: { 200: S.EnterpriseProfile, ...errorResponses },
      },
    },
    async (req) => {
      refuseBody(req.body);
      return service.removePhoto(req.ctx, req.params.id, req.params.fileId);
    },
  );

  app.get(
    '/me/enterprise',
    {
      config: recruiter,
      schema: {
        operationId: 'getMyEnterprise',
        tags,
        summary: 'My enterprise and role, invitations to my number, my join requests and claims',
        querystring: S.NoQuery,
        response: { 200: S.MyEnterprise, ...errorResponses },
      },
    },
    async (req) => service.mine(req.ctx),
  );

  // --- joining ---------------------------------------------------------------------------------

  app.post(
    '/enterprises/:id/join-requests',
    {
      config: recruiter,
      schema: {
        operationId: 'requestToJoinEnterprise',
        tags,
        summary: 'Ask to join an enterprise; its admins approve or reject',
        params: S.IdParams,
        response: { 200: S.JoinRequestCreated, ...errorResponses },
      },
    },
    async (req) => {
      refuseBody(req.body);
      return service.requestToJoin(req.ctx, req.params.id);
    },
  );

  app.get(
    '/enterprises/:id/join-requests',
    {
      config: recruiter,
      schema: {
        operationId: 'listEnterpriseJoinRequests',
        tags,
        summary: 'Open requests to join (admins); each name shown is recorded in the audit log',
        params: S.IdParams,
        querystring: S.NoQuery,
        response: { 200: S.JoinRequestList, ...errorResponses },
      },
    },
    async (req) => ({ requests: await service.listJoinRequests(req.ctx, req.params.id) }),
  );

  app.post(
    '/enterprises/:id/join-requests/:requestId',
    {
      config: recruiter,
      schema: {
        operationId: 'decideEnterpriseJoinRequest',
        tags,
        summary: 'Approve or reject a request to join (admins)',
        params: S.JoinRequestParams,
        body: S.DecisionBody,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      await service.decideJoinRequest(req.ctx, req.params.id, req.params.requestId, req.body.decision);
      return { ok: true as const };
    },
  );

  app.post(
    '/enterprises/:id/invitations',
    {
      config: recruiter,
      schema: {
        operationId: 'inviteRecruiter',
        tags,
        summary: 'Invite a recruiter by phone number (admins); only a keyed hash and a masked form of the number are kept',
        params: S.IdParams,
        body: S.InviteBody,
        response: { 200: S.Invitation, ...errorResponses },
      },
    },
    async (req) => service.invite(req.ctx, req.params.id, req.body),
  );

  app.get(
    '/enterprises/:id/invitations',
    {
      config: recruiter,
      schema: {
        operationId: 'listEnterpriseInvitations',
        tags,
        summary: 'Invitations not answered yet (admins)',
        params: S.IdParams,
        querystring: S.NoQuery,
        response: { 200: S.InvitationList, ...errorResponses },
      },
    },
    async (req) => ({ invitations: await service.listInvitations(req.ctx, req.params.id) }),
  );

  app.delete(
    '/enterprises/:id/invitations/:invitationId',
    {
      config: recruiter,
      schema: {
        operationId: 'revokeEnterpriseInvitation',
        tags,
        summary: 'Withdraw an invitation (admins)',
        params: S.InvitationParams,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      refuseBody(req.body);
      await service.revokeInvitation(req.ctx, req.params.id, req.params.invitationId);
      return { ok: true as const };
    },
  );

  app.post(
    '/me/enterprise-invitations/:id',
    {
      config: recruiter,
      schema: {
        operationId: 'answerEnterpriseInvitation',
        tags,
        summary: 'Accept or decline an invitation addressed to my number',
        params: S.UuidParams,
        body: S.AnswerBody,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      await service.answerInvitation(req.ctx, req.params.id, req.body.answer === 'accept');
      return { ok: true as const };
    },
  );

  // --- members ---------------------------------------------------------------------------------

  app.get(
    '/enterprises/:id/members',
    {
      config: recruiter,
      schema: {
        operationId: 'listEnterpriseMembers',
        tags,
        summary: "The enterprise's recruiters and their roles (members); each name shown is recorded in the audit log",
        params: S.IdParams,
        querystring: S.NoQuery,
        response: { 200: S.MemberList, ...errorResponses },
      },
    },
    async (req) => ({ members: await service.listMembers(req.ctx, req.params.id) }),
  );

  app.patch(
    '/enterprises/:id/members/:userId',
    {
      config: recruiter,
      schema: {
        operationId: 'setEnterpriseMemberRole',
        tags,
        summary: 'Make a member an admin or a recruiter (admins; at least one admin stays)',
        params: S.MemberParams,
        body: S.RoleBody,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      await service.setRole(req.ctx, req.params.id, req.params.userId, req.body.role);
      return { ok: true as const };
    },
  );

  app.delete(
    '/enterprises/:id/members/:userId',
    {
      config: recruiter,
      schema: {
        operationId: 'removeEnterpriseMember',
        tags,
        summary: 'Remove a member (admins), or leave (oneself); at least one admin stays',
        params: S.MemberParams,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      refuseBody(req.body);
      await service.removeMember(req.ctx, req.params.id, req.params.userId);
      return { ok: true as const };
    },
  );

  // --- certification and claims ----------------------------------------------------------------

  app.get(
    '/enterprises/:id/certification',
    {
      config: recruiter,
      schema: {
        operationId: 'getEnterpriseCertification',
        tags,
        summary: 'Certification status and, after a rejection, the reason (members)',
        params: S.IdParams,
        querystring: S.NoQuery,
        response: { 200: S.Certification, ...errorResponses },
      },
    },
    async (req) => service.certification(req.ctx, req.params.id),
  );

  app.post(
    '/enterprises/:id/certification',
    {
      config: recruiter,
      schema: {
        operationId: 'submitEnterpriseCertification',
        tags,
        summary: 'Upload the business licence (and a letter of authorisation) for operator review (admins)',
        params: S.IdParams,
        consumes: multipart,
        body: multipartBody(S.CertificationUpload),
        response: { 200: S.Certification, ...errorResponses },
      },
    },
    async (req) => {
      const { files } = await readUploads(req, S.CertificationUpload);
      return service.submitCertification(req.ctx, req.params.id, { licence: files.licence as Upload, authorisation: files.authorisation });
    },
  );

  app.get(
    '/enterprises/:id/certification/files/:fileId',
    {
      config: recruiter,
      schema: {
        operationId: 'downloadEnterpriseCertificationFile',
        tags,
        summary: 'Open a certification document of my enterprise (admins); recorded in the audit log',
        params: S.FileParams,
        querystring: S.NoQuery,
        response: { 200: S.FileDownload, ...errorResponses },
      },
    },
    async (req, reply) => sendFile(reply, await service.certificationFile(req.ctx, req.params.id, req.params.fileId), 'private'),
  );

  app.post(
    '/enterprises/:id/claims',
    {
      config: recruiter,
      schema: {
        operationId: 'claimEnterprise',
        tags,
        summary: 'Claim an existing listing as mine, with the business licence; an operator decides',
        params: S.IdParams,
        consumes: multipart,
        body: multipartBody(S.ClaimUpload),
        response: { 200: S.EnterpriseClaim, ...errorResponses },
      },
    },
    async (req) => {
      const { files, fields } = await readUploads(req, S.ClaimUpload);
      return service.submitClaim(
        req.ctx,
        req.params.id,
        { creditCode: fields.creditCode as string },
        {
          licence: files.licence as Upload,
          authorisation: files.authorisation,
        },
      );
    },
  );

  // --- operators ---------------------------------------------------------------------------------

  app.get(
    '/admin/enterprise-reviews',
    {
      config: operator,
      schema: {
        operationId: 'adminListEnterpriseReviews',
        tags: ['admin'],
        summary: 'Certifications and claims waiting for review, oldest first',
        querystring: S.ReviewQueueQuery,
        response: { 200: S.ReviewQueue, ...errorResponses },
      },
    },
    async (req) => ({ reviews: await service.reviewQueue(req.ctx, req.query.limit ?? 50) }),
  );

  app.get(
    '/admin/enterprise-reviews/:id/files/:fileId',
    {
      config: operator,
      schema: {
        operationId: 'adminDownloadEnterpriseReviewFile',
        tags: ['admin'],
        summary: 'Open a document of a review; every opening is recorded in the audit log',
        params: S.ReviewFileParams,
        querystring: S.NoQuery,
        response: { 200: S.FileDownload, ...errorResponses },
      },
    },
    async (req, reply) => sendFile(reply, await service.reviewFile(req.ctx, req.params.id, req.params.fileId), 'private'),
  );

  app.post(
    '/admin/enterprise-reviews/:id',
    {
      config: operator,
      schema: {
        operationId: 'adminDecideEnterpriseReview',
        tags: ['admin'],
        summary: 'Approve, or reject with a reason the applicant sees',
        params: S.UuidParams,
        body: S.ReviewDecisionBody,
        response: { 200: S.ReviewDecided, ...errorResponses },
      },
    },
    async (req) => service.decideReview(req.ctx, req.params.id, req.body),
  );
}
