export { favouritesInventory } from './data.js';
export { favouritesErrors } from './errors.js';
export { favouritesRoutes } from './routes.js';
export { createFavouritesService, type FavouritesService } from './service.js';
