import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { SESSION_KEY } from './useSession';

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    // Signed out either way: an already expired session is also the outcome the user asked for.
    // Leave for the home page first, so a signed-in-only page never sees the session vanish and
    // sends the visitor to the sign-in page instead.
    onSettled: () => {
      navigate('/');
      queryClient.removeQueries({ queryKey: ['account'] });
      queryClient.setQueryData(SESSION_KEY, null);
    },
  });
}
