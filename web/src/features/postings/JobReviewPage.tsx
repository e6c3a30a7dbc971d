import { Alert, Card, Skeleton, Tag } from 'antd';
import './postings.css';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AdminPageHeader } from '../admin/AdminPageHeader';
import { JobReviewItem } from './JobReviewItem';
import { useJobReviews } from './usePostings';

/** The operators' queue of jobs waiting for review, oldest first. */
export function JobReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('postings.review.pageTitle'));
  const queue = useJobReviews();
  const reviews = queue.data?.reviews ?? [];

  return (
    <div className="admin-page">
      <AdminPageHeader title={t('postings.review.pageTitle')} intro={t('postings.review.intro')} />
      {queue.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {queue.isError && <Alert type="error" showIcon title={t('postings.review.loadError')} description={errorMessage(queue.error)} />}
      {queue.isSuccess && (
        <>
          <div className="queue-summary" aria-live="polite">
            <Tag>{t('postings.review.total', { count: reviews.length })}</Tag>
          </div>
          {reviews.length === 0 ? (
            <Card size="small">
              <p className="empty-note">{t('postings.review.empty')}</p>
            </Card>
          ) : (
            <div className="my-jobs">
              {reviews.map((review) => (
                <JobReviewItem key={review.job.id} review={review} />
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}
