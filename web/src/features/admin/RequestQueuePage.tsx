import { Alert, Card, Skeleton, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { QueuedDataRequest } from '../../api/types';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AdminPageHeader } from './AdminPageHeader';
import { deadlineState } from './deadline';
import { RequestDrawer } from './RequestDrawer';
import { type QueueFilters, RequestQueueFilters } from './RequestQueueFilters';
import { RequestQueueList } from './RequestQueueList';
import { QUEUE_LIMIT, useRequestQueue } from './useRequestQueue';

const matches = (request: QueuedDataRequest, filters: QueueFilters) =>
  (filters.kind === 'all' || request.kind === filters.kind) && (filters.status === 'all' || request.status === filters.status);

/** The operator console's queue of open data-subject requests, earliest deadline first. */
export function RequestQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.queue.title'));
  const queue = useRequestQueue();
  const [filters, setFilters] = useState<QueueFilters>({ kind: 'all', status: 'all' });
  // The drawer keeps showing its request while it slides shut.
  const [opened, setOpened] = useState<QueuedDataRequest | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const all = queue.data?.requests ?? [];
  const watched = all.filter((r) => !r.automatic);
  const overdue = watched.filter((r) => deadlineState(r) === 'overdue').length;
  const dueSoon = watched.filter((r) => deadlineState(r) === 'dueSoon').length;
  const counts: Partial<Record<QueuedDataRequest['kind'], number>> = {};
  for (const r of all) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  const shown = all.filter((r) => matches(r, filters));

  let body: ReactNode;
  if (queue.isPending) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (queue.isError) body = <Alert type="error" showIcon title={t('admin.queue.loadError')} description={errorMessage(queue.error)} />;
  else if (all.length === 0) body = <p className="empty-note">{t('admin.queue.empty')}</p>;
  else if (shown.length === 0) body = <p className="empty-note">{t('admin.queue.emptyFiltered')}</p>;
  else
    body = (
      <RequestQueueList
        requests={shown}
        onOpen={(request) => {
          setOpened(request);
          setDrawerOpen(true);
        }}
      />
    );

  return (
    <div className="admin-page">
      <AdminPageHeader title={t('admin.queue.title')} intro={t('admin.queue.intro')} />
      <Card size="small">
        <div className="queue-toolbar">
          <div className="queue-summary" aria-live="polite">
            <Tag>{t('admin.queue.total', { count: all.length })}</Tag>
            <Tag color={overdue > 0 ? 'error' : 'default'}>{t('admin.queue.overdueCount', { count: overdue })}</Tag>
            <Tag color={dueSoon > 0 ? 'warning' : 'default'}>{t('admin.queue.dueSoonCount', { count: dueSoon })}</Tag>
          </div>
          <RequestQueueFilters value={filters} onChange={setFilters} counts={counts} />
        </div>
        {all.length >= QUEUE_LIMIT && <p className="muted queue-truncated">{t('admin.queue.truncated', { count: QUEUE_LIMIT })}</p>}
        {body}
      </Card>
      <RequestDrawer request={opened} open={drawerOpen} onClose={() => setDrawerOpen(false)} onClosed={() => setOpened(null)} />
    </div>
  );
}
