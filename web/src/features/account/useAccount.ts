import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { AccountView, Gender } from '../../api/types';
import { SESSION_KEY } from '../auth/useSession';

const SESSIONS_KEY = ['account', 'sessions'] as const;

export interface ProfilePatch {
  displayName?: string;
  birthDate?: string | null;
  gender?: Gender | null;
  city?: string | null;
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ProfilePatch) => unwrap(api.PATCH('/api/account', { body: patch })),
    onSuccess: (profile) => queryClient.setQueryData<AccountView | null>(SESSION_KEY, (view) => (view ? { ...view, profile } : view)),
  });
}

export function useSetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword?: string; newPassword: string }) => unwrap(api.PUT('/api/account/password', { body })),
    onSuccess: () =>
      queryClient.setQueryData<AccountView | null>(SESSION_KEY, (view) => (view ? { ...view, profile: { ...view.profile, hasPassword: true } } : view)),
  });
}

export function useDeviceSessions() {
  return useQuery({ queryKey: SESSIONS_KEY, queryFn: () => unwrap(api.GET('/api/account/sessions')), staleTime: 0 });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/account/sessions/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}
