import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';

export function useMeta() {
  return useQuery({ queryKey: ['meta'], queryFn: () => unwrap(api.GET('/api/meta')), staleTime: Number.POSITIVE_INFINITY });
}
