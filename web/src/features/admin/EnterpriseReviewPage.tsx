import { Alert, Card, Skeleton, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { EnterpriseReview } from '../../api/types';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AdminPageHeader } from './AdminPageHeader';
import { EnterpriseReviewDrawer } from './EnterpriseReviewDrawer';
import { EnterpriseReviewList } from './EnterpriseReviewList';
import { REVIEW_LIMIT, useEnterpriseReviews } from './useEnterpriseReviews';

/** The operator console's queue of enterprise certifications and claims, oldest first. */
export function EnterpriseReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.reviews.pageTitle'));
  const queue = useEnterpriseReviews();
  // The drawer keeps showing its review while it slides shut.
  const [opened, setOpened] = useState<EnterpriseReview | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const all = queue.data?.reviews ?? [];
  const claims = all.filter((r) => r.kind === 'claim').length;

  let body: ReactNode;
  if (queue.isPending) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (queue.isError) body = <Alert type="error" showIcon title={t('admin.reviews.loadError')} description={errorMessage(queue.error)} />;
  else if (all.length === 0) body = <p className="empty-note">{t('admin.reviews.empty')}</p>;
  else
    body = (
      <EnterpriseReviewList
        reviews={all}
        onOpen={(review) => {
          setOpened(review);
          setDrawerOpen(true);
        }}
      />
    );

  return (
    <div className="admin-page">
      <AdminPageHeader title={t('admin.reviews.pageTitle')} intro={t('admin.reviews.intro')} />
      <Card size="small">
        <div className="queue-toolbar">
          <div className="queue-summary" aria-live="polite">
            <Tag>{t('admin.reviews.total', { count: all.length })}</Tag>
            <Tag>{t('admin.reviews.certificationCount', { count: all.length - claims })}</Tag>
            <Tag>{t('admin.reviews.claimCount', { count: claims })}</Tag>
          </div>
        </div>
        {all.length >= REVIEW_LIMIT && <p className="muted queue-truncated">{t('admin.reviews.truncated', { count: REVIEW_LIMIT })}</p>}
        {body}
      </Card>
      <EnterpriseReviewDrawer review={opened} open={drawerOpen} onClose={() => setDrawerOpen(false)} onClosed={() => setOpened(null)} />
    </div>
  );
}
