import { AppError } from '../../platform/errors.js';
import { errorResponses, Ok } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import type { Services } from '../../platform/services.js';
import * as S from './schemas.js';

/** Action routes without a body still refuse one that carries fields. */
function refuseBody(body: unknown) {
  if (body === undefined || body === null) return;
  if (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) return;
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? Object.keys(body).map((field) => ({ field, rule: 'unknown' })) : [];
  throw new AppError(fields.length ? 'UNKNOWN_FIELD' : 'VALIDATION_FAILED', { fields: fields.length ? fields : [{ field: '', rule: 'type' }] });
}

export async function applicationsRoutes(app: App, { applications: service }: Services) {
  const tags = ['applications'];
  const seeker = { roles: ['seeker' as const] };
  const recruiter = { roles: ['recruiter' as const] };

  // --- seekers ---------------------------------------------------------------------------------

  app.post(
    '/applications',
    {
      config: seeker,
      schema: {
        operationId: 'applyForJob',
        tags,
        summary: 'Apply for an open job with one of my resumes; discloses that resume, my name and number to the enterprise',
        body: S.ApplyBody,
        response: { 200: S.MyApplication, ...errorResponses },
      },
    },
    async (req) => service.apply(req.ctx, req.body),
  );

  app.get(
    '/me/applications',
    {
      config: seeker,
      schema: {
        operationId: 'listMyApplications',
        tags,
        summary: 'My applications with their status history and interviews (optionally for one job)',
        querystring: S.MyApplicationsQuery,
        response: { 200: S.MyApplicationList, ...errorResponses },
      },
    },
    async (req) => service.myApplications(req.ctx, req.query),
  );

  app.post(
    '/me/applications/:id/withdraw',
    {
      config: seeker,
      schema: {
        operationId: 'withdrawApplication',
        tags,
        summary: 'Withdraw an application: it leaves the pipeline and the enterprise no longer sees my contact details through it',
        params: S.IdParams,
        response: { 200: S.MyApplication, ...errorResponses },
      },
    },
    async (req) => {
      refuseBody(req.body);
      return service.withdraw(req.ctx, req.params.id);
    },
  );

  app.get(
    '/me/interviews',
    {
      config: seeker,
      schema: {
        operationId: 'listMyInterviews',
        tags,
        summary: 'My interviews from today on, earliest first',
        querystring: S.NoQuery,
        response: { 200: S.MyInterviewList, ...errorResponses },
      },
    },
    async (req) => service.myInterviews(req.ctx),
  );

  app.post(
    '/me/interviews/:id/answer',
    {
      config: seeker,
      schema: {
        operationId: 'answerInterview',
        tags,
        summary: 'Accept or decline an interview invitation, or propose another time',
        params: S.IdParams,
        body: S.AnswerInterviewBody,
        response: { 200: S.Interview, ...errorResponses },
      },
    },
    async (req) => service.answerInterview(req.ctx, req.params.id, req.body),
  );

  app.get(
    '/me/contact-requests',
    {
      config: seeker,
      schema: {
        operationId: 'listMyContactRequests',
        tags,
        summary: 'Contact requests enterprises sent me',
        querystring: S.NoQuery,
        response: { 200: S.MyContactRequestList, ...errorResponses },
      },
    },
    async (req) => service.myContactRequests(req.ctx),
  );

  app.post(
    '/me/contact-requests/:id/answer',
    {
      config: seeker,
      schema: {
        operationId: 'answerContactRequest',
        tags,
        summary: 'Accept (shows my name and number to that enterprise, recorded) or decline a contact request',
        params: S.IdParams,
        body: S.ContactAnswerBody,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => service.answerContactRequest(req.ctx, req.params.id, req.body.answer),
  );

  app.post(
    '/me/contact-requests/:id/revoke',
    {
      config: seeker,
      schema: {
        operationId: 'revokeContactRequest',
        tags,
        summary: 'Take back an accepted contact request: from now on the enterprise sees my name and number masked',
        params: S.IdParams,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      refuseBody(req.body);
      return service.revokeContactRequest(req.ctx, req.params.id);
    },
  );

  // --- recruiters ------------------------------------------------------------------------------

  app.get(
    '/workspace/applications',
    {
      config: recruiter,
      schema: {
        operationId: 'listPipeline',
        tags,
        summary: "My enterprise's applications by job and status, newest first; each candidate shown is recorded in the audit log",
        querystring: S.PipelineQuery,
        response: { 200: S.Pipeline, ...errorResponses },
      },
    },
    async (req) => service.pipeline(req.ctx, req.query),
  );

  app.get(
    '/workspace/applications/:id',
    {
      config: recruiter,
      schema: {
        operationId: 'openApplication',
        tags,
        summary: 'Open one application (a new one becomes viewed); recorded in the audit log',
        params: S.IdParams,
        querystring: S.NoQuery,
        response: { 200: S.ApplicationDetail, ...errorResponses },
      },
    },
    async (req) => service.openApplication(req.ctx, req.params.id),
  );

  app.post(
    '/workspace/applications/status',
    {
      config: recruiter,
      schema: {
        operationId: 'moveApplications',
        tags,
        summary: 'Move one or several applications to a status; all or none move',
        body: S.MoveBody,
        response: { 200: S.Moved, ...errorResponses },
      },
    },
    async (req) => service.moveApplications(req.ctx, req.body.ids, req.body.status),
  );

  app.post(
    '/workspace/applications/:id/interviews',
    {
      config: recruiter,
      schema: {
        operationId: 'inviteToInterview',
        tags,
        summary: 'Invite the applicant to an interview (time, place or link, contact person, note)',
        params: S.IdParams,
        body: S.InviteBody,
        response: { 200: S.Interview, ...errorResponses },
      },
    },
    async (req) => service.invite(req.ctx, req.params.id, req.body),
  );

  app.get(
    '/workspace/interviews',
    {
      config: recruiter,
      schema: {
        operationId: 'listEnterpriseInterviews',
        tags,
        summary: "My enterprise's interviews from today on, earliest first",
        querystring: S.NoQuery,
        response: { 200: S.EnterpriseInterviewList, ...errorResponses },
      },
    },
    async (req) => service.enterpriseInterviews(req.ctx),
  );

  app.post(
    '/workspace/interviews/:id',
    {
      config: recruiter,
      schema: {
        operationId: 'changeInterview',
        tags,
        summary: 'Take the time the seeker proposed, or cancel the interview',
        params: S.IdParams,
        body: S.ChangeInterviewBody,
        response: { 200: S.Interview, ...errorResponses },
      },
    },
    async (req) => service.changeInterview(req.ctx, req.params.id, req.body.action),
  );

  app.get(
    '/workspace/contact-requests/eligibility',
    {
      config: recruiter,
      schema: {
        operationId: 'getContactEligibility',
        tags,
        summary: 'Whether my enterprise may send a contact request for this resume now, and how many I may still send today',
        querystring: S.EligibilityQuery,
        response: { 200: S.Eligibility, ...errorResponses },
      },
    },
    async (req) => service.contactEligibility(req.ctx, req.query.resumeId),
  );

  app.get(
    '/workspace/contact-requests',
    {
      config: recruiter,
      schema: {
        operationId: 'listSentContactRequests',
        tags,
        summary: 'Contact requests my enterprise sent, with each candidate as we may see them now',
        querystring: S.NoQuery,
        response: { 200: S.SentContactRequestList, ...errorResponses },
      },
    },
    async (req) => service.sentContactRequests(req.ctx),
  );

  app.post(
    '/workspace/contact-requests',
    {
      config: recruiter,
      schema: {
        operationId: 'sendContactRequest',
        tags,
        summary: 'Ask the seeker behind a resume for contact, about one of our open jobs (verified enterprises; daily limit)',
        body: S.ContactBody,
        response: { 200: S.SentContactRequest, ...errorResponses },
      },
    },
    async (req) => service.sendContactRequest(req.ctx, req.body),
  );
}
