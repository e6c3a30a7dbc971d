import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { operations } from '../../api/schema';

type Ok<Op extends keyof operations> = operations[Op]['responses'] extends { 200: { content: { 'application/json': infer Body } } } ? Body : never;

export type MyReport = Ok<'getMyReport'>;
export type ReportReason = MyReport['reason'] & string;
export type ReportStatus = MyReport['status'];
export type ReportTarget = MyReport['target'];
export type NewReport = NonNullable<operations['createReport']['requestBody']>['content']['application/json'];
export type QueueItem = Ok<'listReportQueue'>['items'][number];
export type ReportReview = Ok<'getReportForReview'>;

export const REASONS: ReportReason[] = ['fraud', 'discrimination', 'false_information', 'harassment', 'other'];

const MINE = ['reports', 'mine'] as const;
const QUEUE = ['reports', 'queue'] as const;

export function useMyReports() {
  return useQuery({ queryKey: MINE, queryFn: () => unwrap(api.GET('/api/me/reports')) });
}

export function useCreateReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewReport) => unwrap(api.POST('/api/reports', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: MINE }),
  });
}

export function useEnterpriseStanding(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['reports', 'standing', id],
    queryFn: () => unwrap(api.GET('/api/enterprises/{id}/standing', { params: { path: { id } } })),
    enabled,
    staleTime: 60_000,
  });
}

export function useReportQueue(status: ReportStatus) {
  return useQuery({ queryKey: [...QUEUE, status], queryFn: () => unwrap(api.GET('/api/admin/reports', { params: { query: { status } } })) });
}

export function useReportReview(id: string | null) {
  return useQuery({
    queryKey: [...QUEUE, 'one', id],
    queryFn: () => unwrap(api.GET('/api/admin/reports/{id}', { params: { path: { id: id as string } } })),
    enabled: id !== null,
  });
}

export function useDecideReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, outcome }: { id: string; decision: 'uphold' | 'dismiss'; outcome: string }) =>
      unwrap(api.POST('/api/admin/reports/{id}/decision', { params: { path: { id } }, body: { decision, outcome } })),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: QUEUE }), client.invalidateQueries({ queryKey: ['jobs'] })]),
  });
}
