import type { RouteObject } from 'react-router-dom';

/** The applications feature's pages, mounted inside the app layout. */
export const applicationsRoutes: RouteObject[] = [];
