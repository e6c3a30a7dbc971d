import type { RouteObject } from 'react-router-dom';
import { RequireRecruiter } from '../enterprises/RequireRecruiter';
import { MyApplicationsPage } from './MyApplicationsPage';
import { MyContactRequestsPage } from './MyContactRequestsPage';
import { MyInterviewsPage } from './MyInterviewsPage';
import { PipelinePage } from './PipelinePage';
import { RecruiterInterviewsPage } from './RecruiterInterviewsPage';
import { RequireSeeker } from './RequireSeeker';

/** The applications feature's pages, mounted inside the app layout. */
export const applicationsRoutes: RouteObject[] = [
  {
    path: 'my/applications',
    element: (
      <RequireSeeker>
        <MyApplicationsPage />
      </RequireSeeker>
    ),
  },
  {
    path: 'my/interviews',
    element: (
      <RequireSeeker>
        <MyInterviewsPage />
      </RequireSeeker>
    ),
  },
  {
    path: 'my/contact-requests',
    element: (
      <RequireSeeker>
        <MyContactRequestsPage />
      </RequireSeeker>
    ),
  },
  {
    path: 'workspace/pipeline',
    element: (
      <RequireRecruiter>
        <PipelinePage />
      </RequireRecruiter>
    ),
  },
  {
    path: 'workspace/interviews',
    element: (
      <RequireRecruiter>
        <RecruiterInterviewsPage />
      </RequireRecruiter>
    ),
  },
];
