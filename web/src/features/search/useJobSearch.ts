import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { operations } from '../../api/schema';
import { apiQuery, type JobSearchState } from './jobQuery';

export type JobSearchResult = operations['searchJobs']['responses'][200]['content']['application/json'];
export type JobHit = JobSearchResult['items'][number];
export type SearchSuggestion = JobSearchResult['suggestions'][number];

const PAGE_SIZE = 20;

/**
 * A job search, paged with the server's cursor. The first page also asks for the total (counted
 * once per search); the previous results stay on screen, marked busy, while a new search loads.
 */
export function useJobSearch(state: JobSearchState) {
  const query = apiQuery(state);
  return useInfiniteQuery({
    queryKey: ['jobs', 'search', query],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/search/jobs', {
          params: { query: { ...query, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : { total: true }) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
