import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { operations } from '../../api/schema';

type Ok<Op extends keyof operations> = operations[Op]['responses'] extends { 200: { content: { 'application/json': infer Body } } } ? Body : never;
type Body<Op extends keyof operations> = operations[Op] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type MyApplication = Ok<'listMyApplications'>['items'][number];
export type ApplicationEvent = MyApplication['events'][number];
export type Interview = MyApplication['interviews'][number];
export type MyInterview = Ok<'listMyInterviews'>['items'][number];
export type MyContactRequest = Ok<'listMyContactRequests'>['items'][number];
export type Pipeline = Ok<'listPipeline'>;
export type PipelineItem = Pipeline['items'][number];
export type PipelineStatus = PipelineItem['status'];
export type ApplicationStatus = MyApplication['status'];
export type ApplicationDetail = Ok<'openApplication'>;
export type Candidate = PipelineItem['candidate'];
export type EnterpriseInterview = Ok<'listEnterpriseInterviews'>['items'][number];
export type InviteInput = Body<'inviteToInterview'>;
export type InterviewAnswer = Body<'answerInterview'>;
export type ContactEligibility = Ok<'getContactEligibility'>;
export type MoveTarget = Body<'moveApplications'>['status'];

export const PIPELINE_STATUSES: PipelineStatus[] = ['new', 'viewed', 'interview', 'offer', 'not_suitable'];
/** Where a recruiter may move an application from each status (the server checks the same). */
export const NEXT_STATUSES: Record<ApplicationStatus, MoveTarget[]> = {
  new: ['viewed', 'interview', 'not_suitable'],
  viewed: ['interview', 'offer', 'not_suitable'],
  interview: ['offer', 'not_suitable'],
  offer: ['not_suitable'],
  not_suitable: [],
  withdrawn: [],
};

export const STATUS_COLORS: Record<ApplicationStatus, string> = {
  new: 'blue',
  viewed: 'cyan',
  interview: 'purple',
  offer: 'green',
  not_suitable: 'default',
  withdrawn: 'default',
};

// Seeker data lives under ['account'], so signing out forgets it.
const mineKey = ['account', 'applications'] as const;
const myInterviewsKey = ['account', 'interviews'] as const;
const myContactsKey = ['account', 'contact-requests'] as const;
const workspaceKey = ['account', 'workspace', 'applications'] as const;

// --- seekers -------------------------------------------------------------------------------------

export function useMyApplications(opts: { jobId?: number; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...mineKey, opts.jobId ?? 'all'],
    queryFn: () => unwrap(api.GET('/api/me/applications', { params: { query: opts.jobId ? { jobId: opts.jobId } : {} } })),
    enabled: opts.enabled ?? true,
  });
}

export function useMyResumes(enabled: boolean) {
  return useQuery({ queryKey: ['account', 'resumes', 'mine'], queryFn: () => unwrap(api.GET('/api/resumes')), enabled });
}

export function useApply() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'applyForJob'>) => unwrap(api.POST('/api/applications', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: mineKey }),
  });
}

export function useWithdraw() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/me/applications/{id}/withdraw', { params: { path: { id } } })),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: mineKey }), qc.invalidateQueries({ queryKey: myInterviewsKey })]),
  });
}

export function useMyInterviews() {
  return useQuery({ queryKey: myInterviewsKey, queryFn: () => unwrap(api.GET('/api/me/interviews')) });
}

export function useAnswerInterview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: InterviewAnswer & { id: number }) => unwrap(api.POST('/api/me/interviews/{id}/answer', { params: { path: { id } }, body })),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: myInterviewsKey }), qc.invalidateQueries({ queryKey: mineKey })]),
  });
}

export function useMyContactRequests() {
  return useQuery({ queryKey: myContactsKey, queryFn: () => unwrap(api.GET('/api/me/contact-requests')) });
}

export function useAnswerContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: number; answer: 'accept' | 'decline' }) =>
      unwrap(api.POST('/api/me/contact-requests/{id}/answer', { params: { path: { id } }, body: { answer } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['account'] }),
  });
}

export function useRevokeContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/me/contact-requests/{id}/revoke', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['account'] }),
  });
}

// --- recruiters ----------------------------------------------------------------------------------

export function usePipeline(filter: { jobId?: number | undefined; status?: PipelineStatus | undefined }, enabled = true) {
  return useQuery({
    queryKey: [...workspaceKey, 'list', filter.jobId ?? 'all', filter.status ?? 'all'],
    queryFn: () =>
      unwrap(
        api.GET('/api/workspace/applications', {
          params: { query: { ...(filter.jobId ? { jobId: filter.jobId } : {}), ...(filter.status ? { status: filter.status } : {}), limit: 100 } },
        }),
      ),
    enabled,
  });
}

export function useApplicationDetail(id: number | null) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: [...workspaceKey, 'detail', id ?? 0],
    queryFn: async () => {
      const detail = await unwrap(api.GET('/api/workspace/applications/{id}', { params: { path: { id: id as number } } }));
      // Opening may have moved it from new to viewed.
      void qc.invalidateQueries({ queryKey: [...workspaceKey, 'list'] });
      return detail;
    },
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useMoveApplications() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'moveApplications'>) => unwrap(api.POST('/api/workspace/applications/status', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: workspaceKey }),
  });
}

export function useInvite() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, ...body }: InviteInput & { applicationId: number }) =>
      unwrap(api.POST('/api/workspace/applications/{id}/interviews', { params: { path: { id: applicationId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: workspaceKey }),
  });
}

export function useEnterpriseInterviews() {
  return useQuery({ queryKey: [...workspaceKey, 'interviews'], queryFn: () => unwrap(api.GET('/api/workspace/interviews')) });
}

export function useChangeInterview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: 'accept_proposal' | 'cancel' }) =>
      unwrap(api.POST('/api/workspace/interviews/{id}', { params: { path: { id } }, body: { action } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: workspaceKey }),
  });
}

export function useContactEligibility(resumeId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...workspaceKey, 'contact-eligibility', resumeId],
    queryFn: () => unwrap(api.GET('/api/workspace/contact-requests/eligibility', { params: { query: { resumeId } } })),
    enabled,
    staleTime: 0,
  });
}

export function useMyOpenJobs(enabled: boolean) {
  return useQuery({
    queryKey: ['account', 'workspace', 'jobs-for-contact'],
    queryFn: async () => (await unwrap(api.GET('/api/workspace/jobs'))).jobs.filter((j) => j.status === 'open'),
    enabled,
  });
}

export function useSendContactRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'sendContactRequest'>) => unwrap(api.POST('/api/workspace/contact-requests', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: workspaceKey }),
  });
}
