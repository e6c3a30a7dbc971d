import { errorResponses } from '../../platform/http/schemas.js';
import type { App } from '../../platform/http/types.js';
import type { Services } from '../../platform/services.js';
import * as S from './schemas.js';

export async function favouritesRoutes(app: App, { favourites }: Services) {
  const tags = ['favourites'];
  const savers = { roles: ['seeker' as const, 'recruiter' as const] };

  app.get(
    '/me/favourites',
    {
      config: { roles: ['seeker' as const] },
      schema: {
        operationId: 'listMyFavourites',
        tags,
        summary: 'My saved jobs (with their current status) and enterprises',
        querystring: S.NoQuery,
        response: { 200: S.MyFavourites, ...errorResponses },
      },
    },
    async (req) => favourites.listMine(req.ctx),
  );

  app.get(
    '/me/favourites/:kind/:id',
    {
      config: savers,
      schema: {
        operationId: 'getFavouriteState',
        tags,
        summary: 'Whether I saved this job, enterprise or candidate',
        params: S.FavouriteParams,
        querystring: S.NoQuery,
        response: { 200: S.FavouriteState, ...errorResponses },
      },
    },
    async (req) => favourites.state(req.ctx, req.params.kind, req.params.id),
  );

  app.put(
    '/me/favourites/:kind/:id',
    {
      config: savers,
      schema: {
        operationId: 'saveFavourite',
        tags,
        summary: 'Save a job or enterprise (seekers) or a candidate your enterprise may see (recruiters)',
        params: S.FavouriteParams,
        response: { 200: S.FavouriteState, ...errorResponses },
      },
    },
    async (req) => favourites.save(req.ctx, req.params.kind, req.params.id),
  );

  app.delete(
    '/me/favourites/:kind/:id',
    {
      config: savers,
      schema: {
        operationId: 'removeFavourite',
        tags,
        summary: 'Remove a saved item',
        params: S.FavouriteParams,
        response: { 200: S.FavouriteState, ...errorResponses },
      },
    },
    async (req) => favourites.remove(req.ctx, req.params.kind, req.params.id),
  );

  app.get(
    '/workspace/saved-candidates',
    {
      config: { roles: ['recruiter' as const] },
      schema: {
        operationId: 'listSavedCandidates',
        tags,
        summary: 'Candidates I saved that my enterprise may still see, masked until they disclosed',
        querystring: S.NoQuery,
        response: { 200: S.SavedCandidates, ...errorResponses },
      },
    },
    async (req) => favourites.savedCandidates(req.ctx),
  );
}
