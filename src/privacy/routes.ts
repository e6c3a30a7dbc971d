import { Type } from 'typebox';
import { AppError } from '../platform/errors.js';
import { errorResponses } from '../platform/http/schemas.js';
import type { App } from '../platform/http/types.js';
import type { AccessDoor } from './access.js';
import type { AuditLog } from './audit.js';

const strict = { additionalProperties: false } as const;

const AccessLogReply = Type.Object(
  {
    entries: Type.Array(
      Type.Object(
        {
          occurredAt: Type.String({ format: 'date-time' }),
          actorRole: Type.String({ description: 'operator, recruiter, system…' }),
          enterpriseId: Type.Union([Type.Integer(), Type.Null()]),
          action: Type.String(),
          purpose: Type.String(),
          purposeLabel: Type.String({ description: 'The purpose in the request language' }),
          fields: Type.Array(Type.String()),
        },
        strict,
      ),
    ),
  },
  strict,
);

export async function privacyRoutes(app: App, deps: { audit: AuditLog; access: AccessDoor }) {
  app.get(
    '/privacy/access-log',
    {
      schema: {
        operationId: 'myAccessLog',
        tags: ['privacy'],
        summary: 'Who accessed my personal information: when, which fields, for what purpose',
        querystring: Type.Object({}, strict),
        response: { 200: AccessLogReply, ...errorResponses },
      },
    },
    async (req) => {
      if (!req.actor) throw new AppError('UNAUTHENTICATED');
      const labels = new Map(deps.access.purposes().map((p) => [p.name, p.description]));
      const rows = await deps.audit.listForSubject(req.ctx.db, req.actor.userId);
      return {
        entries: rows.map((r) => {
          const label = labels.get(r.purpose);
          return {
            occurredAt: new Date(r.occurred_at).toISOString(),
            actorRole: r.actor_role,
            enterpriseId: r.enterprise_id,
            action: r.action,
            purpose: r.purpose,
            purposeLabel: label ? (req.ctx.locale === 'en' ? label.en : label.zh) : r.purpose,
            fields: r.fields,
          };
        }),
      };
    },
  );
}
