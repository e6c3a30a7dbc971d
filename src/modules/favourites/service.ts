import type { CoreServices } from '../../platform/services.js';

export function createFavouritesService(_deps: CoreServices) {
  return {};
}

export type FavouritesService = ReturnType<typeof createFavouritesService>;
