import { createBrowserRouter } from 'react-router-dom';
import { AccountPage } from '../features/account/AccountPage';
import { EnterpriseReviewPage } from '../features/admin/EnterpriseReviewPage';
import { RequestQueuePage } from '../features/admin/RequestQueuePage';
import { RequireOperator } from '../features/admin/RequireOperator';
import { applicationsRoutes } from '../features/applications/routes';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireSignIn } from '../features/auth/RequireSignIn';
import { EnterprisePage } from '../features/enterprises/EnterprisePage';
import { EnterpriseWorkspacePage } from '../features/enterprises/EnterpriseWorkspacePage';
import { RequireRecruiter } from '../features/enterprises/RequireRecruiter';
import { favouritesRoutes } from '../features/favourites/routes';
import { HomePage } from '../features/jobs/HomePage';
import { JobDetailPage } from '../features/jobs/JobDetailPage';
import { TermsPage } from '../features/legal/TermsPage';
import { postingsRoutes } from '../features/postings/routes';
import { PrivacyCentrePage } from '../features/privacy/PrivacyCentrePage';
import { reportsRoutes } from '../features/reports/routes';
import { resumesRoutes } from '../features/resumes/routes';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'jobs/:id', element: <JobDetailPage /> },
      { path: 'enterprises/:id', element: <EnterprisePage /> },
      { path: 'login', element: <LoginPage /> },
      {
        path: 'account',
        element: (
          <RequireSignIn>
            <AccountPage />
          </RequireSignIn>
        ),
      },
      {
        path: 'privacy-centre',
        element: (
          <RequireSignIn>
            <PrivacyCentrePage />
          </RequireSignIn>
        ),
      },
      {
        path: 'workspace/enterprise',
        element: (
          <RequireRecruiter>
            <EnterpriseWorkspacePage />
          </RequireRecruiter>
        ),
      },
      {
        path: 'admin/requests',
        element: (
          <RequireOperator>
            <RequestQueuePage />
          </RequireOperator>
        ),
      },
      {
        path: 'admin/enterprise-reviews',
        element: (
          <RequireOperator>
            <EnterpriseReviewPage />
          </RequireOperator>
        ),
      },
      // /privacy and its lists are the published policy, served by the platform itself: no route here.
      { path: 'terms', element: <TermsPage /> },
      ...resumesRoutes,
      ...postingsRoutes,
      ...applicationsRoutes,
      ...reportsRoutes,
      ...favouritesRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
