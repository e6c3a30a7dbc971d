import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/errors';
import type { AccountView, Profile } from '../../api/types';

export const SESSION_KEY = ['session'] as const;

/** Who is signed in: the account view, or null when signed out (the server answers 401). */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<AccountView | null> => {
      try {
        return await unwrap(api.GET('/api/account'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** Records a fresh sign-in so every part of the page switches to the signed-in state. */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return useCallback(
    (user: Profile | undefined, csrfToken: string | undefined) => {
      if (!user || !csrfToken) {
        void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
        return;
      }
      const view: AccountView = { profile: user, csrfToken };
      queryClient.setQueryData<AccountView | null>(SESSION_KEY, view);
    },
    [queryClient],
  );
}
