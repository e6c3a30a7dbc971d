import { Alert, Descriptions, type DescriptionsProps, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { EnterpriseReview } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { useEnterpriseProfile } from '../enterprises/useEnterprise';
import { ReviewActions } from './ReviewActions';
import { ReviewFileViewer } from './ReviewFileViewer';

/** The enterprise as listed, what the applicant sent, and the decision. */
export function EnterpriseReviewDetail({ review, onDecided }: { review: EnterpriseReview; onDecided: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  // The listing is public, so reading it records nothing.
  const listing = useEnterpriseProfile(review.enterprise.id);
  const missing = <span className="muted">{t('enterprise.fields.notProvided')}</span>;
  const codeDiffers = review.claimedCreditCode !== null && review.enterprise.creditCode !== null && review.claimedCreditCode !== review.enterprise.creditCode;

  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: t('admin.reviews.kind'), children: t(`admin.reviews.kinds.${review.kind}`) },
    { key: 'submitted', label: t('admin.reviews.submitted'), children: dateTime(review.submittedAt) },
    { key: 'name', label: t('enterprise.fields.name'), children: review.enterprise.name },
    { key: 'code', label: t('enterprise.fields.creditCode'), children: <code>{review.enterprise.creditCode ?? missing}</code> },
  ];
  if (review.kind === 'claim') {
    items.push({
      key: 'claimed',
      label: t('admin.reviews.claimedCreditCode'),
      children: (
        <span className="request-detail__due">
          <code>{review.claimedCreditCode}</code>
          {codeDiffers && <Tag color="warning">{t('admin.reviews.codeDiffers')}</Tag>}
        </span>
      ),
    });
  }
  if (listing.data) {
    const e = listing.data;
    items.push(
      { key: 'industry', label: t('enterprise.fields.industry'), children: e.industry || missing },
      { key: 'size', label: t('enterprise.fields.size'), children: e.size || missing },
      { key: 'city', label: t('enterprise.fields.city'), children: e.city || missing },
      { key: 'address', label: t('enterprise.fields.address'), children: e.address || missing },
      {
        key: 'verified',
        label: t('admin.reviews.verifiedNow'),
        children: e.verified ? t('admin.reviews.yes') : t('admin.reviews.no'),
      },
    );
  }

  return (
    <>
      <Descriptions column={1} size="small" bordered className="request-detail" items={items} />
      {listing.isPending && <Skeleton active paragraph={{ rows: 2 }} title={false} />}
      {listing.isError && <Alert type="warning" showIcon title={errorMessage(listing.error)} />}
      <section className="request-detail__section" aria-labelledby="review-documents">
        <h3 id="review-documents" className="request-detail__heading">
          {t('admin.reviews.documentsTitle')}
        </h3>
        <p className="muted request-detail__hint">{t('admin.reviews.documentsHint')}</p>
        {review.files.map((file) => (
          <ReviewFileViewer key={file.id} review={review} file={file} />
        ))}
      </section>
      <section className="request-detail__section" aria-labelledby="review-decision">
        <h3 id="review-decision" className="request-detail__heading">
          {t('admin.reviews.decision')}
        </h3>
        <ReviewActions review={review} onDecided={onDecided} />
      </section>
    </>
  );
}
