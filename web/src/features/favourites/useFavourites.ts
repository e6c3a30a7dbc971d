import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { operations } from '../../api/schema';

type Ok<Op extends keyof operations> = operations[Op]['responses'] extends { 200: { content: { 'application/json': infer Body } } } ? Body : never;

export type FavouriteKind = Ok<'getFavouriteState'>['kind'];
export type MyFavourites = Ok<'listMyFavourites'>;
export type SavedCandidate = Ok<'listSavedCandidates'>['items'][number];

const ROOT = ['favourites'] as const;

export function useFavouriteState(kind: FavouriteKind, id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...ROOT, 'state', kind, id],
    queryFn: () => unwrap(api.GET('/api/me/favourites/{kind}/{id}', { params: { path: { kind, id } } })),
    enabled,
  });
}

export function useToggleFavourite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, id, save }: { kind: FavouriteKind; id: number; save: boolean }) =>
      unwrap(
        save
          ? api.PUT('/api/me/favourites/{kind}/{id}', { params: { path: { kind, id } } })
          : api.DELETE('/api/me/favourites/{kind}/{id}', { params: { path: { kind, id } } }),
      ),
    onSuccess: (state) => {
      client.setQueryData([...ROOT, 'state', state.kind, state.id], state);
      return client.invalidateQueries({ queryKey: [...ROOT, 'list'] });
    },
  });
}

export function useMyFavourites(enabled: boolean) {
  return useQuery({ queryKey: [...ROOT, 'list', 'mine'], queryFn: () => unwrap(api.GET('/api/me/favourites')), enabled });
}

export function useSavedCandidates() {
  return useQuery({ queryKey: [...ROOT, 'list', 'candidates'], queryFn: () => unwrap(api.GET('/api/workspace/saved-candidates')) });
}
