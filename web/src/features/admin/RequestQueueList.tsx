import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QueuedDataRequest } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { fieldList } from '../privacy/accessLogLabels';
import { DeadlineTag } from './DeadlineTag';
import { deadlineState } from './deadline';
import { STATUS_COLORS } from './statusColors';

/**
 * The queue, one request a row. It shows what kind of request it is and how its deadline stands,
 * never what the person wrote: that is read (and audited) only when a request is opened.
 */
export function RequestQueueList({ requests, onOpen }: { requests: QueuedDataRequest[]; onOpen: (request: QueuedDataRequest) => void }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <ul className="queue-list" aria-label={t('admin.queue.listLabel')}>
      {requests.map((request) => {
        const state = request.automatic ? 'automatic' : deadlineState(request);
        const kind = t(`privacy.requests.kinds.${request.kind}`);
        return (
          <li key={request.id} className={`queue-item queue-item--${state}`}>
            <div className="queue-item__what">
              <strong>{kind}</strong>
              {request.automatic && <Tag className="queue-item__flag">{t('admin.queue.automatic')}</Tag>}
              {(request.items.length > 0 || request.hasDetails) && (
                <span className="muted queue-item__about">
                  {request.items.length > 0 ? t('admin.queue.items', { items: fieldList(t, request.items) }) : t('admin.queue.withDetails')}
                </span>
              )}
            </div>
            <div className="queue-item__status">
              <Tag color={STATUS_COLORS[request.status]}>{t(`privacy.requests.statuses.${request.status}`)}</Tag>
            </div>
            <div className="muted queue-item__received">{t('admin.queue.receivedOn', { date: date(request.createdAt) })}</div>
            <div className="queue-item__due">
              {request.kind === 'cancellation' && request.effectiveAt ? (
                <span className="muted">{t('admin.queue.effectiveOn', { date: date(request.effectiveAt) })}</span>
              ) : (
                <>
                  <span>{t('admin.queue.dueOn', { date: date(request.dueOn) })}</span>
                  {!request.automatic && <DeadlineTag request={request} />}
                </>
              )}
            </div>
            <div className="queue-item__action">
              <Button size="small" onClick={() => onOpen(request)} aria-label={t('admin.queue.openLabel', { kind, date: date(request.createdAt) })}>
                {t('admin.queue.open')}
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
