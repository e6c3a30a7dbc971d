import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { ReviewDecision } from '../../api/types';

// Under ['account'], so signing out forgets them; beside the data-request queue, not inside it.
const REVIEWS_KEY = ['account', 'admin', 'enterprise-reviews'] as const;

/** The most the server hands out at once; when the queue is this long, only the oldest are shown. */
export const REVIEW_LIMIT = 100;

/** Certifications and claims waiting for a decision, oldest first; file metadata only, never the files. */
export function useEnterpriseReviews() {
  return useQuery({
    queryKey: REVIEWS_KEY,
    queryFn: () => unwrap(api.GET('/api/admin/enterprise-reviews', { params: { query: { limit: REVIEW_LIMIT } } })),
    staleTime: 0,
  });
}

/**
 * One document of a review, fetched only when the operator asks for it: the server records every
 * opening in the audit log. The bytes stay in memory (an object URL) while the drawer is open.
 */
export function useReviewFile() {
  return useMutation({
    mutationFn: async ({ reviewId, fileId }: { reviewId: string; fileId: string }) => {
      const blob = await unwrap(api.GET('/api/admin/enterprise-reviews/{id}/files/{fileId}', { params: { path: { id: reviewId, fileId } }, parseAs: 'blob' }));
      return blob as unknown as Blob;
    },
  });
}

export function useDecideReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReviewDecision }) =>
      unwrap(api.POST('/api/admin/enterprise-reviews/{id}', { params: { path: { id } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: REVIEWS_KEY }),
  });
}
