import type { RouteObject } from 'react-router-dom';

/** The postings feature's pages, mounted inside the app layout. */
export const postingsRoutes: RouteObject[] = [];
