import { Alert, App, Button, Card, Skeleton, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { DataRequest } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { fieldList } from './accessLogLabels';
import { useDataRequests, useWithdrawRequest } from './useRights';

const OPEN: DataRequest['status'][] = ['received', 'in_progress'];

const STATUS_COLORS: Record<DataRequest['status'], string> = {
  received: 'processing',
  in_progress: 'processing',
  completed: 'success',
  refused: 'error',
  withdrawn: 'default',
};

/** What the person can still do with a request here; exports are done at once, cancellations are undone in their own card. */
function withdrawal(request: DataRequest): 'withdraw' | 'lift' | null {
  if (request.kind === 'export' || request.kind === 'cancellation') return null;
  // A restriction stays in force after it is completed, until the person lifts it.
  if (request.kind === 'restriction') return [...OPEN, 'completed'].includes(request.status) ? 'lift' : null;
  return OPEN.includes(request.status) ? 'withdraw' : null;
}

export function DataRequestsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { date, dateTime } = useFormat();
  const requests = useDataRequests();
  const withdraw = useWithdrawRequest();

  const onWithdraw = (request: DataRequest, kind: 'withdraw' | 'lift') =>
    withdraw.mutate(request.id, {
      onSuccess: () => message.success(t(kind === 'lift' ? 'privacy.requests.lifted' : 'privacy.requests.withdrawn')),
      onError: (err) => message.error(errorMessage(err)),
    });

  let body: ReactNode;
  if (requests.isPending) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (requests.isError) body = <Alert type="error" showIcon title={t('privacy.requests.loadError')} description={errorMessage(requests.error)} />;
  else if (requests.data.requests.length === 0) body = <p className="empty-note">{t('privacy.requests.empty')}</p>;
  else
    body = (
      <ul className="request-list" aria-label={t('privacy.requests.listLabel')}>
        {requests.data.requests.map((request) => {
          const action = withdrawal(request);
          const open = OPEN.includes(request.status);
          return (
            <li key={request.id} className="request-list__item">
              <div className="request-list__head">
                <strong>{t(`privacy.requests.kinds.${request.kind}`)}</strong>
                <Tag color={STATUS_COLORS[request.status]}>{t(`privacy.requests.statuses.${request.status}`)}</Tag>
              </div>
              <p className="muted request-list__meta">
                <span>{t('privacy.requests.filedAt', { time: dateTime(request.createdAt) })}</span>
                {action === 'lift' && <span className="request-list__in-force">{t('privacy.requests.restrictionInForce')}</span>}
                {request.kind === 'cancellation' && open && request.effectiveAt && (
                  <span>{t('privacy.requests.effectiveOn', { date: date(request.effectiveAt) })}</span>
                )}
                {request.kind !== 'cancellation' && open && <span>{t('privacy.requests.dueOn', { date: date(request.dueOn) })}</span>}
                {request.completedAt && <span>{t('privacy.requests.completedAt', { time: dateTime(request.completedAt) })}</span>}
              </p>
              {request.items.length > 0 && <p className="request-list__text">{t('privacy.requests.items', { items: fieldList(t, request.items) })}</p>}
              {request.details && <p className="request-list__text">{t('privacy.requests.details', { details: request.details })}</p>}
              {request.refusalReason && (
                <p className="request-list__text error-text">{t('privacy.requests.refusalReason', { reason: request.refusalReason })}</p>
              )}
              {action && (
                <Button
                  size="small"
                  className="request-list__action"
                  onClick={() => onWithdraw(request, action)}
                  loading={withdraw.isPending && withdraw.variables === request.id}
                >
                  {t(action === 'lift' ? 'privacy.requests.liftRestriction' : 'privacy.requests.withdraw')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    );

  return (
    <Card title={t('privacy.requests.title')} size="small">
      <p className="muted card-intro">{t('privacy.requests.intro')}</p>
      {body}
    </Card>
  );
}
