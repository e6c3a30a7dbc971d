import type { RouteObject } from 'react-router-dom';

/** The reports feature's pages, mounted inside the app layout. */
export const reportsRoutes: RouteObject[] = [];
