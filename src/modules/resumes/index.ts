export { resumesInventory } from './data.js';
export { resumesErrors } from './errors.js';
export { resumesRoutes } from './routes.js';
export { createResumesService, type ResumesService } from './service.js';
