import { Alert, App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { EnterpriseReview, ReviewDecision } from '../../api/types';
import { ReasonForm } from './ReasonForm';
import { useDecideReview } from './useEnterpriseReviews';

/** Approve, or reject with a reason the applicant reads in their workspace. */
export function ReviewActions({ review, onDecided }: { review: EnterpriseReview; onDecided: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [rejecting, setRejecting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const decide = useDecideReview();

  const send = (body: ReviewDecision) => {
    setError(null);
    return decide.mutateAsync({ id: review.id, body }).then(
      () => {
        message.success(t(body.decision === 'approve' ? 'admin.reviews.approved' : 'admin.reviews.rejected'));
        onDecided();
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  };
  const pending = (decision: ReviewDecision['decision']) => decide.isPending && decide.variables?.body.decision === decision;

  return (
    <div className="request-actions">
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      {rejecting ? (
        <ReasonForm
          name="review-rejection"
          title={t('admin.reviews.rejectTitle')}
          label={t('admin.reviews.reasonLabel')}
          hint={t('admin.reviews.reasonHint')}
          requiredMessage={t('admin.reviews.reasonRequired')}
          submitLabel={t('admin.reviews.rejectSubmit')}
          maxLength={500}
          submitting={pending('reject')}
          onSubmit={(reason) => send({ decision: 'reject', reason })}
          onCancel={() => {
            setRejecting(false);
            setError(null);
          }}
        />
      ) : (
        <div className="request-actions__buttons">
          <Popconfirm
            title={t(review.kind === 'claim' ? 'admin.reviews.approveClaimConfirm' : 'admin.reviews.approveConfirm')}
            okText={t('admin.reviews.approveOk')}
            cancelText={t('admin.request.cancel')}
            onConfirm={() => send({ decision: 'approve' })}
          >
            <Button type="primary" loading={pending('approve')}>
              {t('admin.reviews.approve')}
            </Button>
          </Popconfirm>
          <Button
            danger
            onClick={() => {
              setRejecting(true);
              setError(null);
            }}
          >
            {t('admin.reviews.reject')}
          </Button>
        </div>
      )}
    </div>
  );
}
