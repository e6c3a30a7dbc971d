import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';

/** The newest open jobs of one enterprise (one page: an enterprise page shows a short list). */
export function useEnterpriseJobs(enterpriseId: number | null, limit: number) {
  return useQuery({
    queryKey: ['jobs', 'enterprise', enterpriseId, limit],
    queryFn: () => unwrap(api.GET('/api/jobs', { params: { query: { enterpriseId: enterpriseId as number, limit } } })),
    enabled: enterpriseId !== null,
  });
}

export function useCities() {
  return useQuery({ queryKey: ['jobs', 'cities'], queryFn: () => unwrap(api.GET('/api/cities')), staleTime: 5 * 60_000 });
}

/** One job; `id` is null when the address does not hold a valid job number. */
export function useJob(id: number | null) {
  return useQuery({
    queryKey: ['jobs', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/jobs/{id}', { params: { path: { id: id as number } } })),
    enabled: id !== null,
  });
}
