import { Button, Descriptions, type DescriptionsProps, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorDataRequest, QueuedDataRequest } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { fieldList } from '../privacy/accessLogLabels';
import { AccountViewModal } from './AccountViewModal';
import { DeadlineTag } from './DeadlineTag';
import { RequestActions } from './RequestActions';
import { STATUS_COLORS } from './statusColors';

const OPEN: OperatorDataRequest['status'][] = ['received', 'in_progress'];

/** What the person asked for and wrote, who asked, and what can be done with it now. */
export function RequestDetail({ summary, request }: { summary: QueuedDataRequest; request: OperatorDataRequest }) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormat();
  const [accountOpen, setAccountOpen] = useState(false);
  const stillOpen = OPEN.includes(request.status);

  const items: DescriptionsProps['items'] = [
    {
      key: 'status',
      label: t('admin.request.status'),
      children: <Tag color={STATUS_COLORS[request.status]}>{t(`privacy.requests.statuses.${request.status}`)}</Tag>,
    },
    { key: 'received', label: t('admin.request.received'), children: dateTime(request.createdAt) },
    request.kind === 'cancellation' && request.effectiveAt
      ? { key: 'effective', label: t('admin.request.effective'), children: date(request.effectiveAt) }
      : {
          key: 'due',
          label: t('admin.request.due'),
          children: (
            <span className="request-detail__due">
              <span>{date(request.dueOn)}</span>
              {stillOpen && !summary.automatic && <DeadlineTag request={summary} />}
            </span>
          ),
        },
  ];
  if (request.completedAt) items.push({ key: 'completed', label: t('admin.request.completed'), children: dateTime(request.completedAt) });
  if (request.items.length > 0) items.push({ key: 'items', label: t('admin.request.items'), children: fieldList(t, request.items) });
  items.push({
    key: 'details',
    label: t('admin.request.details'),
    children: request.details ? <p className="request-detail__text">{request.details}</p> : <span className="muted">{t('admin.request.noDetails')}</span>,
  });
  if (request.refusalReason) {
    items.push({ key: 'refusal', label: t('admin.request.refusalReason'), children: <p className="request-detail__text">{request.refusalReason}</p> });
  }

  let handling: ReactNode;
  if (summary.automatic) handling = <p className="muted request-detail__hint">{t('admin.request.automaticNote')}</p>;
  else if (stillOpen) handling = <RequestActions request={request} />;
  else handling = <p className="muted request-detail__hint">{t('admin.request.closedNote')}</p>;

  return (
    <>
      <Descriptions column={1} size="small" bordered className="request-detail" items={items} />
      <section className="request-detail__section" aria-labelledby="request-requester">
        <h3 id="request-requester" className="request-detail__heading">
          {t('admin.request.requester')}
        </h3>
        <p className="muted request-detail__hint">{t('admin.request.requesterHint')}</p>
        <Button onClick={() => setAccountOpen(true)}>{t('admin.request.viewAccount')}</Button>
      </section>
      <section className="request-detail__section" aria-labelledby="request-handling">
        <h3 id="request-handling" className="request-detail__heading">
          {t('admin.request.handling')}
        </h3>
        {handling}
      </section>
      <AccountViewModal subjectId={request.subjectId} open={accountOpen} onClose={() => setAccountOpen(false)} />
    </>
  );
}
