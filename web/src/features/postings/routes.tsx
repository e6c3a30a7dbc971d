import type { RouteObject } from 'react-router-dom';
import { RequireOperator } from '../admin/RequireOperator';
import { RequireRecruiter } from '../enterprises/RequireRecruiter';
import { JobFormPage } from './JobFormPage';
import { JobReviewPage } from './JobReviewPage';
import { MyJobsPage } from './MyJobsPage';

/** The postings feature's pages, mounted inside the app layout. */
export const postingsRoutes: RouteObject[] = [
  {
    path: 'workspace/jobs',
    element: (
      <RequireRecruiter>
        <MyJobsPage />
      </RequireRecruiter>
    ),
  },
  {
    path: 'workspace/jobs/new',
    element: (
      <RequireRecruiter>
        <JobFormPage />
      </RequireRecruiter>
    ),
  },
  {
    path: 'workspace/jobs/:id/edit',
    element: (
      <RequireRecruiter>
        <JobFormPage />
      </RequireRecruiter>
    ),
  },
  {
    path: 'admin/job-reviews',
    element: (
      <RequireOperator>
        <JobReviewPage />
      </RequireOperator>
    ),
  },
];
