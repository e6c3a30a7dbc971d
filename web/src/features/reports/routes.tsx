import type { RouteObject } from 'react-router-dom';
import { RequireOperator } from '../admin/RequireOperator';
import { RequireSignIn } from '../auth/RequireSignIn';
import { MyReportsPage } from './MyReportsPage';
import { ReportQueuePage } from './ReportQueuePage';

/** The reports feature's pages, mounted inside the app layout. */
export const reportsRoutes: RouteObject[] = [
  {
    path: 'my/reports',
    element: (
      <RequireSignIn>
        <MyReportsPage />
      </RequireSignIn>
    ),
  },
  {
    path: 'admin/reports',
    element: (
      <RequireOperator>
        <ReportQueuePage />
      </RequireOperator>
    ),
  },
];
