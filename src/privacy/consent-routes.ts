import { Type } from 'typebox';
import { AppError } from '../platform/errors.js';
import { errorResponses } from '../platform/http/schemas.js';
import type { App } from '../platform/http/types.js';
import type { ConsentService } from './consent.js';

const strict = { additionalProperties: false } as const;

const ConsentItem = Type.Object(
  {
    purpose: Type.String(),
    label: Type.String(),
    description: Type.String(),
    required: Type.Boolean(),
    sensitive: Type.Boolean(),
    ifRefused: Type.Union([Type.String(), Type.Null()]),
    granted: Type.Boolean(),
    since: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    policyHash: Type.Union([Type.String(), Type.Null()]),
  },
  { ...strict, title: 'ConsentItem' },
);

const ConsentOverview = Type.Object(
  {
    policy: Type.Object({ hash: Type.String(), materialHash: Type.String() }, strict),
    needsReconsent: Type.Boolean({ description: 'The purposes or categories of processing changed since the person agreed' }),
    purposes: Type.Array(ConsentItem),
  },
  strict,
);

const DecisionBody = Type.Object(
  {
    purpose: Type.String({ minLength: 1, maxLength: 64 }),
    decision: Type.Union([Type.Literal('granted'), Type.Literal('withdrawn')]),
    screen: Type.Union([Type.Literal('privacy_centre'), Type.Literal('policy_update'), Type.Literal('feature_prompt')], {
      description: 'Where the person made the choice; kept in the ledger',
    }),
  },
  strict,
);

const History = Type.Object(
  {
    entries: Type.Array(
      Type.Object(
        {
          purpose: Type.String(),
          decision: Type.Union([Type.Literal('granted'), Type.Literal('withdrawn')]),
          occurredAt: Type.String({ format: 'date-time' }),
          policyHash: Type.String(),
          screen: Type.String(),
        },
        strict,
      ),
    ),
  },
  strict,
);

export async function consentRoutes(app: App, deps: { consent: ConsentService }) {
  const tags = ['privacy'];
  app.get(
    '/privacy/consents',
    {
      schema: {
        operationId: 'myConsents',
        tags,
        summary: 'My consents, each with its current state, and whether the policy changed materially since I agreed',
        querystring: Type.Object({}, strict),
        response: { 200: ConsentOverview, ...errorResponses },
      },
    },
    async (req) => {
      if (!req.actor) throw new AppError('UNAUTHENTICATED');
      return deps.consent.overview(req.ctx, req.actor.userId, req.actor.role);
    },
  );

  app.post(
    '/privacy/consents',
    {
      schema: {
        operationId: 'decideConsent',
        tags,
        summary: 'Grant or withdraw one consent (one step either way)',
        body: DecisionBody,
        response: { 200: ConsentOverview, ...errorResponses },
      },
    },
    async (req) => {
      if (!req.actor) throw new AppError('UNAUTHENTICATED');
      await deps.consent.decide(req.ctx, req.actor.userId, req.actor.role, req.body);
      return deps.consent.overview(req.ctx, req.actor.userId, req.actor.role);
    },
  );

  app.get(
    '/privacy/consents/history',
    {
      schema: {
        operationId: 'myConsentHistory',
        tags,
        summary: 'Every consent decision I made, newest first, with the policy version shown',
        querystring: Type.Object({}, strict),
        response: { 200: History, ...errorResponses },
      },
    },
    async (req) => {
      if (!req.actor) throw new AppError('UNAUTHENTICATED');
      return { entries: await deps.consent.history(req.ctx.db, req.actor.userId) };
    },
  );
}
