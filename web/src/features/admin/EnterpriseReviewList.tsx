import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseReview } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';

/** The review queue, one row a review; the documents are listed by kind only, never opened here. */
export function EnterpriseReviewList({ reviews, onOpen }: { reviews: EnterpriseReview[]; onOpen: (review: EnterpriseReview) => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  return (
    <ul className="queue-list" aria-label={t('admin.reviews.listLabel')}>
      {reviews.map((review) => {
        const kind = t(`admin.reviews.kinds.${review.kind}`);
        return (
          <li key={review.id} className="queue-item review-item">
            <div className="queue-item__what">
              <strong className="review-item__name">{review.enterprise.name}</strong>
            </div>
            <div className="queue-item__status">
              <Tag color={review.kind === 'claim' ? 'purple' : 'blue'}>{kind}</Tag>
            </div>
            <div className="muted queue-item__received">{t('admin.reviews.submittedOn', { time: dateTime(review.submittedAt) })}</div>
            <div className="queue-item__due muted">{t('admin.reviews.fileCount', { count: review.files.length })}</div>
            <div className="queue-item__action">
              <Button size="small" onClick={() => onOpen(review)} aria-label={t('admin.reviews.openLabel', { kind, name: review.enterprise.name })}>
                {t('admin.queue.open')}
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
