import type { RouteObject } from 'react-router-dom';
import { RequireRecruiter } from '../enterprises/RequireRecruiter';
import { BlockedCompaniesPage } from './BlockedCompaniesPage';
import { CandidatePage } from './CandidatePage';
import { CandidatesPage } from './CandidatesPage';
import { MyResumesPage } from './MyResumesPage';
import { RequireSeeker } from './RequireSeeker';
import { ResumeEditorPage } from './ResumeEditorPage';
import { ResumePreviewPage } from './ResumePreviewPage';

/** The resumes feature's pages, mounted inside the app layout. */
export const resumesRoutes: RouteObject[] = [
  {
    path: 'resumes',
    element: (
      <RequireSeeker>
        <MyResumesPage />
      </RequireSeeker>
    ),
  },
  {
    path: 'resumes/blocked',
    element: (
      <RequireSeeker>
        <BlockedCompaniesPage />
      </RequireSeeker>
    ),
  },
  {
    path: 'resumes/:id',
    element: (
      <RequireSeeker>
        <ResumeEditorPage />
      </RequireSeeker>
    ),
  },
  {
    path: 'resumes/:id/preview',
    element: (
      <RequireSeeker>
        <ResumePreviewPage />
      </RequireSeeker>
    ),
  },
  {
    path: 'workspace/candidates',
    element: (
      <RequireRecruiter>
        <CandidatesPage />
      </RequireRecruiter>
    ),
  },
  {
    path: 'workspace/candidates/:resumeId',
    element: (
      <RequireRecruiter>
        <CandidatePage />
      </RequireRecruiter>
    ),
  },
];
