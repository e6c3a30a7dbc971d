import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { operations } from '../../api/schema';
import { useFormat } from '../../i18n/useFormat';
import { useSession } from '../auth/useSession';
import { INTEREST_TAGS_KEY, RECOMMENDATIONS_KEY } from './keys';

export type RecommendedJob = operations['recommendJobs']['responses'][200]['content']['application/json']['items'][number];
export type RecommendedCandidate = operations['recommendCandidates']['responses'][200]['content']['application/json']['items'][number];
export type InterestTag = operations['listMyInterestTags']['responses'][200]['content']['application/json']['tags'][number];

// The reasons and labels come from the server in the UI language, so the language is part of each key.

/** Jobs recommended to the signed-in seeker: personal when personalisation is on, the general list otherwise. */
export function useRecommendedJobs(enabled: boolean) {
  const { language } = useFormat();
  return useQuery({
    queryKey: [...RECOMMENDATIONS_KEY, 'jobs', language],
    queryFn: () => unwrap(api.GET('/api/recommendations/jobs')),
    enabled,
    staleTime: 60_000,
  });
}

/** Candidates for one of the recruiter's open jobs. */
export function useRecommendedCandidates(jobId: number | null) {
  const { language } = useFormat();
  return useQuery({
    queryKey: [...RECOMMENDATIONS_KEY, 'candidates', jobId, language],
    queryFn: () => unwrap(api.GET('/api/recommendations/candidates', { params: { query: { jobId: jobId as number } } })),
    enabled: jobId !== null,
    retry: false,
    staleTime: 60_000,
  });
}

export function useInterestTags(enabled: boolean) {
  const { language } = useFormat();
  return useQuery({
    queryKey: [...INTEREST_TAGS_KEY, language],
    queryFn: () => unwrap(api.GET('/api/me/interest-tags')),
    enabled,
    staleTime: 0,
  });
}

export function useDeleteInterestTag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tag: InterestTag) => unwrap(api.DELETE('/api/me/interest-tags/{id}', { params: { path: { id: tag.id } } })),
    // The tag list and the recommendations resting on it.
    onSettled: () => queryClient.invalidateQueries({ queryKey: RECOMMENDATIONS_KEY }),
  });
}

/**
 * Tells the server a signed-in seeker opened a job page, once per job and page visit. The server
 * keeps it only while the seeker has personalisation on; visitors and other roles send nothing.
 */
export function useRecordJobView(jobId: number | null) {
  const session = useSession();
  const queryClient = useQueryClient();
  const isSeeker = session.data?.profile.role === 'seeker';
  const sent = useRef<number | null>(null);
  useEffect(() => {
    if (!isSeeker || jobId === null || sent.current === jobId) return;
    sent.current = jobId;
    api
      .POST('/api/me/job-views/{jobId}', { params: { path: { jobId } } })
      .then(({ data }) => {
        if (data?.recorded) void queryClient.invalidateQueries({ queryKey: RECOMMENDATIONS_KEY });
      })
      .catch(() => {
        // Only a hint for recommendations: a failure changes nothing the seeker sees.
      });
  }, [isSeeker, jobId, queryClient]);
}
