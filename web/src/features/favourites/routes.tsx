import type { RouteObject } from 'react-router-dom';
import { RequireSignIn } from '../auth/RequireSignIn';
import { RequireRecruiter } from '../enterprises/RequireRecruiter';
import { MyFavouritesPage } from './MyFavouritesPage';
import { SavedCandidatesPage } from './SavedCandidatesPage';

/** The favourites feature's pages, mounted inside the app layout. */
export const favouritesRoutes: RouteObject[] = [
  {
    path: 'my/favourites',
    element: (
      <RequireSignIn>
        <MyFavouritesPage />
      </RequireSignIn>
    ),
  },
  {
    path: 'workspace/saved-candidates',
    element: (
      <RequireRecruiter>
        <SavedCandidatesPage />
      </RequireRecruiter>
    ),
  },
];
