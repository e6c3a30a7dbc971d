import { Alert, Button, Card, Segmented, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { AdminPageHeader } from '../admin/AdminPageHeader';
import { ReportReviewDrawer } from './ReportReviewDrawer';
import { ReportStatusTag } from './ReportStatusTag';
import { ReportTargetLink } from './ReportTargetLink';
import { type ReportStatus, useReportQueue } from './useReports';

const STATUSES: ReportStatus[] = ['open', 'upheld', 'dismissed'];

/** The operators' queue of reports about jobs and enterprises, filtered by status. */
export function ReportQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('reports.queue.title'));
  const [status, setStatus] = useState<ReportStatus>('open');
  const [opened, setOpened] = useState<string | null>(null);
  const queue = useReportQueue(status);
  const counts = queue.data?.counts;

  return (
    <div className="admin-page">
      <AdminPageHeader title={t('reports.queue.title')} intro={t('reports.queue.intro')} />
      <div style={{ marginBottom: 16 }}>
        <Segmented<ReportStatus>
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: counts ? `${t(`reports.status.${s}`)} ${counts[s]}` : t(`reports.status.${s}`) }))}
        />
      </div>
      {status === 'open' && <p className="muted">{t('reports.queue.heldNote')}</p>}
      {queue.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {queue.isError && <Alert type="error" showIcon title={t('reports.queue.loadError')} description={errorMessage(queue.error)} />}
      {queue.isSuccess && queue.data.items.length === 0 && (
        <Card size="small">
          <p className="empty-note">{t('reports.queue.empty')}</p>
        </Card>
      )}
      {queue.isSuccess && (
        <ul aria-label={t('reports.queue.title')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {queue.data.items.map((item) => (
            <li key={item.id}>
              <Card
                size="small"
                title={<ReportTargetLink target={item.target} />}
                extra={
                  <Button type={item.status === 'open' ? 'primary' : 'default'} size="small" onClick={() => setOpened(item.id)}>
                    {item.status === 'open' ? t('reports.queue.open') : t('reports.queue.view')}
                  </Button>
                }
              >
                <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
                  <ReportStatusTag status={item.status} />
                  {item.reason && <Tag color={item.reason === 'fraud' ? 'red' : 'orange'}>{t(`reports.reasons.${item.reason}`)}</Tag>}
                  {item.openReportsOnTarget > 1 && <Tag color="volcano">{t('reports.queue.onTarget', { count: item.openReportsOnTarget })}</Tag>}
                  <span className="muted">{t('reports.queue.reportedAt', { time: format.dateTime(item.createdAt) })}</span>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <ReportReviewDrawer id={opened} onClose={() => setOpened(null)} />
    </div>
  );
}
