import { Alert, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseReview } from '../../api/types';
import { EnterpriseReviewDetail } from './EnterpriseReviewDetail';

/** One review, opened from the queue. The documents are fetched only on request, and each opening is audited. */
export function EnterpriseReviewDrawer({
  review,
  open,
  onClose,
  onClosed,
}: {
  review: EnterpriseReview | null;
  open: boolean;
  onClose: () => void;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      title={review ? t('admin.reviews.title', { kind: t(`admin.reviews.kinds.${review.kind}`), name: review.enterprise.name }) : null}
      open={open}
      onClose={onClose}
      afterOpenChange={(visible) => {
        if (!visible) onClosed();
      }}
      size="min(560px, 100vw)"
      destroyOnHidden
    >
      <Alert type="info" showIcon className="request-detail__audit" title={t('admin.reviews.auditNote')} />
      {review && <EnterpriseReviewDetail review={review} onDecided={onClose} />}
    </Drawer>
  );
}
