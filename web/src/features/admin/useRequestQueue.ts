import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { DataRequestUpdate } from '../../api/types';

// Under ['account'], so signing out (which removes those queries) forgets them too. The queue and
// single requests sit side by side, not nested: refreshing the queue must not read a request again.
const ADMIN_KEY = ['account', 'admin'] as const;
const QUEUE_KEY = [...ADMIN_KEY, 'queue'] as const;
const requestKey = (id: string | null) => [...ADMIN_KEY, 'request', id] as const;

/** The most the server hands out at once; when the queue is this long, only the earliest deadlines are shown. */
export const QUEUE_LIMIT = 500;

/** Open requests, earliest deadline first, without what the person wrote. */
export function useRequestQueue() {
  return useQuery({
    queryKey: QUEUE_KEY,
    queryFn: () => unwrap(api.GET('/api/admin/data-requests', { params: { query: { limit: QUEUE_LIMIT } } })),
    staleTime: 0,
  });
}

/**
 * One request with the person's own words. The server audits every such read, so it is read only
 * while the request is open on screen, once per opening, and forgotten when it is closed.
 */
export function useOpenedRequest(id: string | null) {
  return useQuery({
    queryKey: requestKey(id),
    queryFn: () => unwrap(api.GET('/api/admin/data-requests/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
}

export function useUpdateRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DataRequestUpdate }) =>
      unwrap(api.POST('/api/admin/data-requests/{id}', { params: { path: { id } }, body })),
    // The answer carries the whole request, so the open drawer shows the new state without a second audited read.
    onSuccess: (request) => queryClient.setQueryData(requestKey(request.id), request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: QUEUE_KEY }),
  });
}

/** Opens one account for a stated reason (audited, and shown to the person); the answer is kept nowhere but on screen. */
export function useViewAccount() {
  return useMutation({
    mutationFn: ({ subjectId, reason }: { subjectId: string; reason: string }) =>
      unwrap(api.POST('/api/admin/accounts/{id}/view', { params: { path: { id: subjectId } }, body: { reason } })),
  });
}
