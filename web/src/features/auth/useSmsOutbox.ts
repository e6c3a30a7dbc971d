import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';

/**
 * Development only: the texts the outbox holds for a number. `round` changes with every code
 * sent, so each send starts a fresh look-up; it keeps polling until a message shows up.
 */
export function useSmsOutbox(phone: string | null, round: number) {
  return useQuery({
    queryKey: ['dev-outbox', phone, round],
    queryFn: () => unwrap(api.POST('/api/dev/sms-outbox', { body: { phone: phone ?? '' } })),
    enabled: phone !== null,
    staleTime: 0,
    refetchInterval: (query) => (query.state.error || query.state.data?.messages.length ? false : 2000),
  });
}
