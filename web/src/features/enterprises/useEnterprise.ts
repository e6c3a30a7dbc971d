import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { operations } from '../../api/schema';
import type { MemberRole, NewEnterprise } from '../../api/types';
import { multipart } from '../../api/upload';

type Multipart<Op extends keyof operations> = operations[Op] extends { requestBody: { content: { 'multipart/form-data': infer Body } } } ? Body : never;

/** Documents the server takes for certification and claims, and the most it takes of each. */
export const DOCUMENT_ACCEPT = 'application/pdf,image/jpeg,image/png,image/webp';
export const DOCUMENT_MAX_MB = 10;
export const LOGO_ACCEPT = 'image/jpeg,image/png,image/webp';
export const LOGO_MAX_MB = 2;
export const PHOTO_MAX_MB = 5;
export const MAX_PHOTOS = 9;

/** Where a listing's logo or photo is served (public). */
export const mediaUrl = (enterpriseId: number, fileId: string) => `/api/enterprises/${enterpriseId}/media/${fileId}`;

// Under ['account'], so signing out (which removes those queries) forgets them too.
const MINE_KEY = ['account', 'enterprise', 'mine'] as const;
const workspaceKey = (id: number) => ['account', 'enterprise', 'workspace', id] as const;
const profileKey = (id: number) => ['enterprises', 'profile', id] as const;

/** The signed-in recruiter's enterprise and role, invitations to their number, join requests and claims. */
export function useMyEnterprise(enabled = true) {
  return useQuery({ queryKey: MINE_KEY, queryFn: () => unwrap(api.GET('/api/me/enterprise')), staleTime: 0, enabled });
}

/** One listing as anyone sees it. */
export function useEnterpriseProfile(id: number | null) {
  return useQuery({
    queryKey: profileKey(id ?? 0),
    queryFn: () => unwrap(api.GET('/api/enterprises/{id}', { params: { path: { id: id as number } } })),
    enabled: id !== null,
  });
}

export function useEnterpriseSearch(q: string) {
  return useQuery({
    queryKey: ['enterprises', 'search', q],
    queryFn: () => unwrap(api.GET('/api/enterprises', { params: { query: { q, limit: 10 } } })),
    enabled: q.length > 0,
  });
}

/** Reads the whole workspace again after a change: membership, lists and the listing itself. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (id?: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: MINE_KEY }),
      ...(id ? [queryClient.invalidateQueries({ queryKey: workspaceKey(id) }), queryClient.invalidateQueries({ queryKey: profileKey(id) })] : []),
    ]);
}

export function useCreateEnterprise() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ body, logo }: { body: NewEnterprise; logo?: File | undefined }) => {
      const created = await unwrap(api.POST('/api/enterprises', { body }));
      // The enterprise exists once this answers; a refused logo is reported without undoing it.
      let logoError: unknown = null;
      if (logo) {
        await unwrap(
          api.PUT('/api/enterprises/{id}/logo', { params: { path: { id: created.id } }, body: multipart<Multipart<'setEnterpriseLogo'>>({ file: logo }) }),
        ).catch((err: unknown) => {
          logoError = err;
        });
      }
      return { created, logoError };
    },
    onSuccess: () => refresh(),
  });
}

export function useRequestToJoin() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/enterprises/{id}/join-requests', { params: { path: { id } } })),
    onSettled: () => refresh(),
  });
}

export function useAnswerInvitation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) =>
      unwrap(api.POST('/api/me/enterprise-invitations/{id}', { params: { path: { id } }, body: { answer } })),
    onSettled: () => refresh(),
  });
}

// --- with an enterprise -----------------------------------------------------------------------

export function useSetLogo(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(api.PUT('/api/enterprises/{id}/logo', { params: { path: { id } }, body: multipart<Multipart<'setEnterpriseLogo'>>({ file }) })),
    onSettled: () => refresh(id),
  });
}

export function useAddPhoto(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(api.POST('/api/enterprises/{id}/photos', { params: { path: { id } }, body: multipart<Multipart<'addEnterprisePhoto'>>({ file }) })),
    onSettled: () => refresh(id),
  });
}

export function useRemovePhoto(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (fileId: string) => unwrap(api.DELETE('/api/enterprises/{id}/photos/{fileId}', { params: { path: { id, fileId } } })),
    onSettled: () => refresh(id),
  });
}

export function useCertification(id: number) {
  return useQuery({
    queryKey: [...workspaceKey(id), 'certification'],
    queryFn: () => unwrap(api.GET('/api/enterprises/{id}/certification', { params: { path: { id } } })),
    staleTime: 0,
  });
}

export function useSubmitCertification(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ licence, authorisation }: { licence: File; authorisation?: File | undefined }) =>
      unwrap(
        api.POST('/api/enterprises/{id}/certification', {
          params: { path: { id } },
          body: multipart<Multipart<'submitEnterpriseCertification'>>({ licence, authorisation }),
        }),
      ),
    onSettled: () => refresh(id),
  });
}

/** Members with their names; the server records each name it shows in the audit log, so this is read only on this page. */
export function useMembers(id: number) {
  return useQuery({
    queryKey: [...workspaceKey(id), 'members'],
    queryFn: () => unwrap(api.GET('/api/enterprises/{id}/members', { params: { path: { id } } })),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSetMemberRole(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MemberRole }) =>
      unwrap(api.PATCH('/api/enterprises/{id}/members/{userId}', { params: { path: { id, userId } }, body: { role } })),
    onSettled: () => refresh(id),
  });
}

export function useRemoveMember(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (userId: string) => unwrap(api.DELETE('/api/enterprises/{id}/members/{userId}', { params: { path: { id, userId } } })),
    onSettled: () => refresh(id),
  });
}

export function useJoinRequests(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...workspaceKey(id), 'join-requests'],
    queryFn: () => unwrap(api.GET('/api/enterprises/{id}/join-requests', { params: { path: { id } } })),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

export function useDecideJoinRequest(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ requestId, decision }: { requestId: string; decision: 'approve' | 'reject' }) =>
      unwrap(api.POST('/api/enterprises/{id}/join-requests/{requestId}', { params: { path: { id, requestId } }, body: { decision } })),
    onSettled: () => refresh(id),
  });
}

export function useInvitations(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...workspaceKey(id), 'invitations'],
    queryFn: () => unwrap(api.GET('/api/enterprises/{id}/invitations', { params: { path: { id } } })),
    staleTime: 0,
    enabled,
  });
}

export function useInvite(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { phone: string; role: MemberRole }) => unwrap(api.POST('/api/enterprises/{id}/invitations', { params: { path: { id } }, body })),
    onSettled: () => refresh(id),
  });
}

export function useRevokeInvitation(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (invitationId: string) => unwrap(api.DELETE('/api/enterprises/{id}/invitations/{invitationId}', { params: { path: { id, invitationId } } })),
    onSettled: () => refresh(id),
  });
}

// --- claims -------------------------------------------------------------------------------------

export function useClaimEnterprise(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ creditCode, licence, authorisation }: { creditCode: string; licence: File; authorisation?: File | undefined }) =>
      unwrap(
        api.POST('/api/enterprises/{id}/claims', {
          params: { path: { id } },
          body: multipart<Multipart<'claimEnterprise'>>({ creditCode, licence, authorisation }),
        }),
      ),
    onSettled: () => refresh(),
  });
}
