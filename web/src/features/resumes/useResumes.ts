import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { operations } from '../../api/schema';
import { multipart } from '../../api/upload';
import { type CandidateSearchState, candidateApiQuery } from './candidateQuery';

export type Resume = operations['getMyResume']['responses'][200]['content']['application/json'];
export type ResumeInput = operations['saveResume']['requestBody']['content']['application/json'];
export type CandidateView = operations['getCandidate']['responses'][200]['content']['application/json'];
export type Visibility = Resume['visibility'];
export type Section = Resume['completeness']['missing'][number];

type Multipart<Op extends keyof operations> = operations[Op] extends { requestBody: { content: { 'multipart/form-data': infer Body } } } ? Body : never;

export const ATTACHMENT_ACCEPT = '.pdf,.doc,.docx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ATTACHMENT_MAX_MB = 10;
export const AVATAR_ACCEPT = 'image/jpeg,image/png,image/webp';
export const AVATAR_MAX_MB = 2;

// Under ['account'], so signing out (which removes those queries) forgets them too.
const LIST_KEY = ['account', 'resumes'] as const;
const resumeKey = (id: number) => ['account', 'resumes', id] as const;
const BLOCKS_KEY = ['account', 'blocked-enterprises'] as const;

export const attachmentUrl = (id: number) => `/api/resumes/${id}/attachment`;
export const avatarUrl = (id: number, version: string) => `/api/resumes/${id}/avatar?v=${encodeURIComponent(version)}`;
export const candidateAttachmentUrl = (resumeId: number) => `/api/candidates/${resumeId}/attachment`;
export const candidateAvatarUrl = (resumeId: number) => `/api/candidates/${resumeId}/avatar`;

export function useMyResumes() {
  return useQuery({ queryKey: LIST_KEY, queryFn: () => unwrap(api.GET('/api/resumes')), staleTime: 0 });
}

export function useResume(id: number) {
  return useQuery({ queryKey: resumeKey(id), queryFn: () => unwrap(api.GET('/api/resumes/{id}', { params: { path: { id } } })) });
}

export function useResumePreview(id: number) {
  return useQuery({
    queryKey: [...resumeKey(id), 'preview'],
    queryFn: () => unwrap(api.GET('/api/resumes/{id}/preview', { params: { path: { id } } })),
    staleTime: 0,
  });
}

/** After a change: the list and that resume (and its preview) are read again. */
function useSaved() {
  const queryClient = useQueryClient();
  return (resume?: Resume) => {
    if (resume) queryClient.setQueryData(resumeKey(resume.id), resume);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: LIST_KEY, exact: true }),
      ...(resume ? [queryClient.invalidateQueries({ queryKey: [...resumeKey(resume.id), 'preview'] })] : []),
    ]);
  };
}

export function useCreateResume() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (title: string) => unwrap(api.POST('/api/resumes', { body: { title } })),
    onSuccess: (resume) => saved(resume),
  });
}

export function useSaveResume(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: ResumeInput) => unwrap(api.PUT('/api/resumes/{id}', { params: { path: { id } }, body })),
    onSuccess: (resume) => saved(resume),
  });
}

export function useSetVisibility() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ id, visibility }: { id: number; visibility: Visibility }) =>
      unwrap(api.PUT('/api/resumes/{id}/visibility', { params: { path: { id } }, body: { visibility } })),
    onSuccess: (resume) => saved(resume),
  });
}

export function useDeleteResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/resumes/{id}', { params: { path: { id } } })),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: resumeKey(id) });
      return queryClient.invalidateQueries({ queryKey: LIST_KEY, exact: true });
    },
  });
}

export function useUploadAttachment() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ id, file }: { id: number; file: File }) =>
      unwrap(
        api.PUT('/api/resumes/{id}/attachment', {
          params: { path: { id } },
          body: multipart<Multipart<'setResumeAttachment'>>({ file }),
        }),
      ),
    onSuccess: (resume) => saved(resume),
  });
}

export function useRemoveAttachment() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/resumes/{id}/attachment', { params: { path: { id } } })),
    onSuccess: (resume) => saved(resume),
  });
}

export function useUploadAvatar() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ id, file }: { id: number; file: File }) =>
      unwrap(
        api.PUT('/api/resumes/{id}/avatar', {
          params: { path: { id } },
          body: multipart<Multipart<'setResumeAvatar'>>({ file }),
        }),
      ),
    onSuccess: (resume) => saved(resume),
  });
}

export function useRemoveAvatar() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/resumes/{id}/avatar', { params: { path: { id } } })),
    onSuccess: (resume) => saved(resume),
  });
}

export function useBlockedEnterprises() {
  return useQuery({ queryKey: BLOCKS_KEY, queryFn: () => unwrap(api.GET('/api/me/blocked-enterprises')), staleTime: 0 });
}

export function useBlock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enterpriseId: number) => unwrap(api.POST('/api/me/blocked-enterprises', { body: { enterpriseId } })),
    onSuccess: (data) => queryClient.setQueryData(BLOCKS_KEY, data),
  });
}

export function useUnblock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enterpriseId: number) => unwrap(api.DELETE('/api/me/blocked-enterprises/{enterpriseId}', { params: { path: { enterpriseId } } })),
    onSuccess: (data) => queryClient.setQueryData(BLOCKS_KEY, data),
  });
}

export function useCandidates(enabled = true) {
  return useInfiniteQuery({
    queryKey: ['account', 'candidates'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/candidates', { params: { query: { limit: 20, ...(pageParam ? { after: pageParam } : {}) } } })),
    getNextPageParam: (last) => last.next ?? undefined,
    staleTime: 0,
    enabled,
  });
}

export type CandidateCardData = operations['searchCandidates']['responses'][200]['content']['application/json']['items'][number];

/**
 * A candidate search (verified enterprises only), paged with the server's cursor; `enabled` is off
 * while nothing is asked for, when the page lists every candidate instead.
 */
export function useCandidateSearch(state: CandidateSearchState, enabled: boolean) {
  const query = candidateApiQuery(state);
  return useInfiniteQuery({
    queryKey: ['account', 'candidates', 'search', query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/search/candidates', { params: { query: { ...query, limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (last) => last.next ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
    retry: false,
  });
}

export function useCandidate(resumeId: number) {
  return useQuery({
    queryKey: ['account', 'candidates', resumeId],
    queryFn: () => unwrap(api.GET('/api/candidates/{resumeId}', { params: { path: { resumeId } } })),
    staleTime: 0,
    retry: false,
  });
}
