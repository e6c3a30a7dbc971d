import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { operations } from '../../api/schema';

type Ok<Op extends keyof operations> = operations[Op]['responses'] extends { 200: { content: { 'application/json': infer Body } } } ? Body : never;

export type JobsWorkspace = Ok<'listMyJobs'>;
export type ManagedJob = Ok<'getMyJob'>;
export type JobStatus = ManagedJob['status'];
export type JobWrite = NonNullable<operations['createJob']['requestBody']>['content']['application/json'];
export type JobAction = 'submit' | 'close' | 'reopen' | 'refresh';
export type JobReview = Ok<'listJobReviews'>['reviews'][number];

const MY_JOBS = ['postings', 'mine'] as const;

export function useMyJobs() {
  return useQuery({ queryKey: MY_JOBS, queryFn: () => unwrap(api.GET('/api/workspace/jobs')) });
}

export function useMyJob(id: number | null) {
  return useQuery({
    queryKey: [...MY_JOBS, id],
    queryFn: () => unwrap(api.GET('/api/workspace/jobs/{id}', { params: { path: { id: id as number } } })),
    enabled: id !== null,
  });
}

/** After any change the workspace list, the job and the public lists are stale. */
function useInvalidate() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: MY_JOBS }), client.invalidateQueries({ queryKey: ['jobs'] })]);
}

export function useSaveJob(id: number | null) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: JobWrite) =>
      unwrap(id === null ? api.POST('/api/workspace/jobs', { body }) : api.PUT('/api/workspace/jobs/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useJobAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: JobAction }) =>
      unwrap(api.POST('/api/workspace/jobs/{id}/{action}', { params: { path: { id, action } } })),
    onSuccess: invalidate,
  });
}

const REVIEWS = ['postings', 'reviews'] as const;

export function useJobReviews() {
  return useQuery({ queryKey: REVIEWS, queryFn: () => unwrap(api.GET('/api/admin/job-reviews')) });
}

export function useDecideJobReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: number; decision: 'approve' | 'reject'; reason?: string }) =>
      unwrap(api.POST('/api/admin/job-reviews/{id}', { params: { path: { id } }, body: reason === undefined ? { decision } : { decision, reason } })),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: REVIEWS }), client.invalidateQueries({ queryKey: ['jobs'] })]),
  });
}
