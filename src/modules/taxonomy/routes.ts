import { Type } from 'typebox';
import { errorResponses } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import { educationLevels, experienceLevels, jobTypes, positionCategories, welfareTags } from './taxonomy.js';

const strict = { additionalProperties: false } as const;
const Item = Type.Object({ code: Type.String(), zh: Type.String(), en: Type.String() }, strict);
const Taxonomy = Type.Object(
  {
    positionCategories: Type.Array(Type.Object({ code: Type.String(), zh: Type.String(), en: Type.String(), positions: Type.Array(Item) }, strict)),
    experienceLevels: Type.Array(Item),
    educationLevels: Type.Array(Item),
    jobTypes: Type.Array(Item),
    welfareTags: Type.Array(Item),
  },
  strict,
);

export async function taxonomyRoutes(app: App) {
  app.get(
    '/taxonomy',
    {
      config: { public: true },
      schema: {
        operationId: 'getTaxonomy',
        tags: ['jobs'],
        summary: 'Position categories and positions, experience and education levels, job types and welfare tags',
        querystring: Type.Object({}, strict),
        response: { 200: Taxonomy, ...errorResponses },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return {
        positionCategories,
        experienceLevels: [...experienceLevels],
        educationLevels: [...educationLevels],
        jobTypes: [...jobTypes],
        welfareTags: [...welfareTags],
      };
    },
  );
}
