import type { FastifyReply } from 'fastify';
import { multipartBody, readUploads, type Upload } from '../../platform/files/index.js';
import { errorResponses, Ok } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import type { Services } from '../../platform/services.js';
import * as S from './schemas.js';

const multipart = ['multipart/form-data'];
const extensions: Record<string, string> = { pdf: 'pdf', doc: 'doc', docx: 'docx', jpeg: 'jpg', png: 'png', webp: 'webp' };

/** Bytes bypass the JSON serializer; never cached, never sniffed by the browser, named without PI. */
function sendFile(reply: FastifyReply, file: { bytes: Buffer; contentType: string; kind: string }, name: string, disposition: 'inline' | 'attachment') {
  return reply
    .type(file.contentType)
    .header('content-disposition', `${disposition}; filename="${name}.${extensions[file.kind] ?? 'bin'}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.bytes as unknown as string);
}

export async function resumesRoutes(app: App, { resumes }: Services) {
  const tags = ['resumes'];
  const seeker = { roles: ['seeker' as const] };
  const recruiter = { roles: ['recruiter' as const] };

  app.get(
    '/resumes',
    {
      config: seeker,
      schema: {
        operationId: 'listMyResumes',
        tags,
        summary: 'My resumes, with completeness',
        querystring: S.NoQuery,
        response: { 200: S.ResumeList, ...errorResponses },
      },
    },
    async (req) => resumes.listMine(req.ctx),
  );

  app.post(
    '/resumes',
    {
      config: seeker,
      schema: {
        operationId: 'createResume',
        tags,
        summary: 'Start a resume (private until I choose otherwise; at most 5)',
        body: S.CreateResumeBody,
        response: { 200: S.Resume, ...errorResponses },
      },
    },
    async (req) => resumes.create(req.ctx, req.body),
  );

  app.get(
    '/resumes/:id',
    {
      config: seeker,
      schema: {
        operationId: 'getMyResume',
        tags,
        summary: 'One of my resumes',
        params: S.IdParams,
        querystring: S.NoQuery,
        response: { 200: S.Resume, ...errorResponses },
      },
    },
    async (req) => resumes.get(req.ctx, req.params.id),
  );

  app.put(
    '/resumes/:id',
    {
      config: seeker,
      schema: {
        operationId: 'saveResume',
        tags,
        summary: 'Save every section of one of my resumes',
        params: S.IdParams,
        body: S.ResumeInput,
        response: { 200: S.Resume, ...errorResponses },
      },
    },
    async (req) => resumes.save(req.ctx, req.params.id, req.body),
  );

  app.delete(
    '/resumes/:id',
    {
      config: seeker,
      schema: {
        operationId: 'deleteResume',
        tags,
        summary: 'Delete one of my resumes and its files',
        params: S.IdParams,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => resumes.remove(req.ctx, req.params.id),
  );

  app.put(
    '/resumes/:id/visibility',
    {
      config: seeker,
      schema: {
        operationId: 'setResumeVisibility',
        tags,
        summary: 'Who may see this resume: public (verified enterprises), applied (enterprises I applied to) or private',
        params: S.IdParams,
        body: S.VisibilityBody,
        response: { 200: S.Resume, ...errorResponses },
      },
    },
    async (req) => resumes.setVisibility(req.ctx, req.params.id, req.body.visibility),
  );

  app.get(
    '/resumes/:id/preview',
    {
      config: seeker,
      schema: {
        operationId: 'previewResume',
        tags,
        summary: 'My resume as a recruiter I have not applied to sees it (name and phone masked)',
        params: S.IdParams,
        querystring: S.NoQuery,
        response: { 200: S.CandidateView, ...errorResponses },
      },
    },
    async (req) => resumes.preview(req.ctx, req.params.id),
  );

  for (const which of ['attachment', 'avatar'] as const) {
    const spec = which === 'attachment' ? S.AttachmentUpload : S.AvatarUpload;
    const Which = which === 'attachment' ? 'Attachment' : 'Avatar';
    app.put(
      `/resumes/:id/${which}`,
      {
        config: seeker,
        schema: {
          operationId: `setResume${Which}`,
          tags,
          summary:
            which === 'attachment'
              ? 'Upload the resume as a PDF, DOC or DOCX (up to 10 MB), replacing the last one'
              : 'Upload a photo (JPEG, PNG or WebP, up to 2 MB)',
          params: S.IdParams,
          consumes: multipart,
          body: multipartBody(spec),
          response: { 200: S.Resume, ...errorResponses },
        },
      },
      async (req) => {
        const { files } = await readUploads(req, spec);
        return resumes.setFile(req.ctx, req.params.id, which, files.file as Upload);
      },
    );
    app.delete(
      `/resumes/:id/${which}`,
      {
        config: seeker,
        schema: {
          operationId: `deleteResume${Which}`,
          tags,
          summary: `Remove the ${which}`,
          params: S.IdParams,
          response: { 200: S.Resume, ...errorResponses },
        },
      },
      async (req) => resumes.removeFile(req.ctx, req.params.id, which),
    );
    app.get(
      `/resumes/:id/${which}`,
      {
        config: seeker,
        schema: {
          operationId: `downloadMyResume${Which}`,
          tags,
          summary: `Download my resume's ${which}`,
          params: S.IdParams,
          querystring: S.NoQuery,
          response: { 200: S.FileDownload, ...errorResponses },
        },
      },
      async (req, reply) =>
        sendFile(reply, await resumes.ownFile(req.ctx, req.params.id, which), `resume-${req.params.id}`, which === 'avatar' ? 'inline' : 'attachment'),
    );
    app.get(
      `/candidates/:resumeId/${which}`,
      {
        config: recruiter,
        schema: {
          operationId: `downloadCandidate${Which}`,
          tags,
          summary:
            which === 'attachment'
              ? "A candidate's attachment (recruiters who may see the resume); recorded for the seeker"
              : "A candidate's photo (only after the seeker disclosed to my enterprise); recorded for the seeker",
          params: S.ResumeIdParams,
          querystring: S.NoQuery,
          response: { 200: S.FileDownload, ...errorResponses },
        },
      },
      async (req, reply) =>
        sendFile(
          reply,
          await resumes.candidateFile(req.ctx, req.params.resumeId, which),
          `resume-${req.params.resumeId}`,
          which === 'avatar' ? 'inline' : 'attachment',
        ),
    );
  }

  app.get(
    '/me/blocked-enterprises',
    {
      config: seeker,
      schema: {
        operationId: 'listBlockedEnterprises',
        tags,
        summary: 'Enterprises I blocked: they never see, find or open my resumes',
        querystring: S.NoQuery,
        response: { 200: S.BlockList, ...errorResponses },
      },
    },
    async (req) => resumes.blocks(req.ctx),
  );
  app.post(
    '/me/blocked-enterprises',
    {
      config: seeker,
      schema: { operationId: 'blockEnterprise', tags, summary: 'Block an enterprise', body: S.BlockBody, response: { 200: S.BlockList, ...errorResponses } },
    },
    async (req) => resumes.block(req.ctx, req.body.enterpriseId),
  );
  app.delete(
    '/me/blocked-enterprises/:enterpriseId',
    {
      config: seeker,
      schema: {
        operationId: 'unblockEnterprise',
        tags,
        summary: 'Unblock an enterprise',
        params: S.EnterpriseIdParams,
        response: { 200: S.BlockList, ...errorResponses },
      },
    },
    async (req) => resumes.unblock(req.ctx, req.params.enterpriseId),
  );

  app.get(
    '/candidates',
    {
      config: recruiter,
      schema: {
        operationId: 'listCandidates',
        tags,
        summary: 'Resumes my enterprise may see, newest first; names and phones masked until the seeker discloses to us',
        querystring: S.CandidateQuery,
        response: { 200: S.CandidateList, ...errorResponses },
      },
    },
    async (req) => resumes.candidates(req.ctx, req.query),
  );
  app.get(
    '/candidates/:resumeId',
    {
      config: recruiter,
      schema: {
        operationId: 'getCandidate',
        tags,
        summary: 'Open a resume my enterprise may see; recorded in the seeker\'s "who accessed my data"',
        params: S.ResumeIdParams,
        querystring: S.NoQuery,
        response: { 200: S.CandidateView, ...errorResponses },
      },
    },
    async (req) => resumes.openCandidate(req.ctx, req.params.resumeId),
  );
}
