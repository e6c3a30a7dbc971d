export { recommendationsInventory } from './data.js';
export { recommendationsErrors } from './errors.js';
export { recommendationsRoutes } from './routes.js';
export { createRecommendationsService, PERSONALISATION, type RecommendationsService, WEIGHTS } from './service.js';
