import { Type } from 'typebox';
import { errorResponses, Ok } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import type { Services } from '../../platform/services.js';

const strict = { additionalProperties: false } as const;

const DisclosureList = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          id: Type.Integer(),
          enterprise: Type.Object({ id: Type.Integer(), name: Type.String() }, strict),
          via: Type.Union([Type.Literal('application'), Type.Literal('contact_request')]),
          resumeId: Type.Union([Type.Integer(), Type.Null()]),
          disclosedAt: Type.String({ format: 'date-time' }),
          revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
        },
        strict,
      ),
    ),
  },
  strict,
);

export async function disclosuresRoutes(app: App, { disclosures }: Services) {
  const tags = ['privacy'];
  app.get(
    '/me/disclosures',
    {
      config: { roles: ['seeker'] },
      schema: {
        operationId: 'listMyDisclosures',
        tags,
        summary: 'Enterprises that can see my real name and contact details, and since when',
        querystring: Type.Object({}, strict),
        response: { 200: DisclosureList, ...errorResponses },
      },
    },
    async (req) => disclosures.listMine(req.ctx),
  );
  app.post(
    '/me/disclosures/:id/revoke',
    {
      config: { roles: ['seeker'] },
      schema: {
        operationId: 'revokeDisclosure',
        tags,
        summary: 'Stop showing my name and contact details to an enterprise from now on',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }, strict),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => disclosures.revoke(req.ctx, req.params.id),
  );
}
