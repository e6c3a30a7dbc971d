import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { SESSION_KEY } from '../features/auth/useSession';

// When the server says the session is gone, the app shows the signed-out state at once.
function onError(error: unknown) {
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') queryClient.setQueryData(SESSION_KEY, null);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // Refusals (4xx) are answers, not glitches: only network and server failures are retried.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});
