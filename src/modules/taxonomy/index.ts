export { taxonomyRoutes } from './routes.js';
export * from './taxonomy.js';
