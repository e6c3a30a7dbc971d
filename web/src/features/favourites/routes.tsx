import type { RouteObject } from 'react-router-dom';

/** The favourites feature's pages, mounted inside the app layout. */
export const favouritesRoutes: RouteObject[] = [];
