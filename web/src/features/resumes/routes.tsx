import type { RouteObject } from 'react-router-dom';

/** The resumes feature's pages, mounted inside the app layout. */
export const resumesRoutes: RouteObject[] = [];
