import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Cancellation, NewDataRequest } from '../../api/types';

// Under ['account'], so signing out (which removes those queries) forgets them too.
const RIGHTS_KEY = ['account', 'privacy', 'rights'] as const;
const CANCELLATION_KEY = [...RIGHTS_KEY, 'cancellation'] as const;
const REQUESTS_KEY = [...RIGHTS_KEY, 'requests'] as const;

/** Where the copy of my data is downloaded from: a plain link, so the browser saves the ZIP itself. */
export const EXPORT_URL = '/api/privacy/export';

export function useCancellation() {
  return useQuery({ queryKey: CANCELLATION_KEY, queryFn: () => unwrap(api.GET('/api/privacy/cancellation')), staleTime: 0 });
}

function useCancellationMutation(call: () => Promise<Cancellation>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (state) => queryClient.setQueryData(CANCELLATION_KEY, state),
    onSettled: () => queryClient.invalidateQueries({ queryKey: REQUESTS_KEY }),
  });
}

export function useStartCancellation() {
  return useCancellationMutation(() => unwrap(api.POST('/api/privacy/cancellation')));
}

export function useUndoCancellation() {
  return useCancellationMutation(() => unwrap(api.DELETE('/api/privacy/cancellation')));
}

export function useDataRequests() {
  return useQuery({ queryKey: REQUESTS_KEY, queryFn: () => unwrap(api.GET('/api/privacy/requests')), staleTime: 0 });
}

export function useFileRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDataRequest) => unwrap(api.POST('/api/privacy/requests', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: REQUESTS_KEY }),
  });
}

export function useWithdrawRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/privacy/requests/{id}/withdraw', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: REQUESTS_KEY }),
  });
}

/**
 * A download through a plain link gives the page no signal when it is done; the export is listed
 * among my requests, so the list is read again a moment later.
 */
export function useRefreshAfterExport() {
  const queryClient = useQueryClient();
  return () => {
    setTimeout(() => void queryClient.invalidateQueries({ queryKey: REQUESTS_KEY }), 1500);
  };
}
