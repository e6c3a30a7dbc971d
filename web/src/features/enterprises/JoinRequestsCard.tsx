import { Alert, App, Button, Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useFormat } from '../../i18n/useFormat';
import { useDecideJoinRequest, useJoinRequests } from './useEnterprise';

/** Requests to join, for admins to approve (the person joins as a recruiter) or reject. */
export function JoinRequestsCard({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { dateTime } = useFormat();
  const requests = useJoinRequests(enterpriseId, true);
  const decide = useDecideJoinRequest(enterpriseId);

  const busy = (requestId: string, decision: 'approve' | 'reject') =>
    decide.isPending && decide.variables?.requestId === requestId && decide.variables.decision === decision;
  const send = (requestId: string, decision: 'approve' | 'reject') =>
    decide.mutate(
      { requestId, decision },
      {
        onSuccess: () => message.success(t(decision === 'approve' ? 'enterprise.joinRequests.approved' : 'enterprise.joinRequests.rejected')),
        onError: (err) => message.error(errorMessage(err)),
      },
    );

  let body: ReactNode;
  if (requests.isPending) body = <Skeleton active paragraph={{ rows: 1 }} />;
  else if (requests.isError) body = <Alert type="error" showIcon title={errorMessage(requests.error)} />;
  else if (requests.data.requests.length === 0) body = <p className="empty-note">{t('enterprise.joinRequests.empty')}</p>;
  else
    body = (
      <ul className="plain-list" aria-label={t('enterprise.joinRequests.listLabel')}>
        {requests.data.requests.map((r) => {
          const name = r.displayName ?? t('enterprise.members.withheld');
          return (
            <li key={r.id} className="plain-list__item plain-list__item--row">
              <div className="plain-list__main">
                <strong>{name}</strong>
                <span className="muted plain-list__meta">{t('enterprise.joinRequests.askedAt', { time: dateTime(r.createdAt) })}</span>
              </div>
              <div className="plain-list__actions">
                <Button
                  type="primary"
                  size="small"
                  loading={busy(r.id, 'approve')}
                  onClick={() => send(r.id, 'approve')}
                  aria-label={t('enterprise.joinRequests.approveLabel', { name })}
                >
                  {t('enterprise.joinRequests.approve')}
                </Button>
                <Button
                  size="small"
                  loading={busy(r.id, 'reject')}
                  onClick={() => send(r.id, 'reject')}
                  aria-label={t('enterprise.joinRequests.rejectLabel', { name })}
                >
                  {t('enterprise.joinRequests.reject')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    );

  return (
    <Card size="small" title={t('enterprise.joinRequests.title')}>
      {body}
    </Card>
  );
}
