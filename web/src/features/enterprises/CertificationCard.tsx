import { Alert, App, Button, Card, Form, Skeleton } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { Certification, Membership } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { CertificationStatus } from './CertificationStatus';
import { DocumentUploadFields } from './DocumentUploadFields';
import { showOnField } from './fieldErrors';
import { useSubmitCertification } from './useEnterprise';

interface DocumentValues {
  licence: File | null;
  authorisation?: File | null;
}

/**
 * Certification: the business licence goes to an operator, who approves (the listing gets its
 * badge) or rejects with a reason shown here; after a rejection the admin sends new documents.
 */
export function CertificationCard({
  membership,
  certification,
}: {
  membership: Membership;
  certification: { data?: Certification | undefined; isError: boolean; error: unknown };
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { dateTime } = useFormat();
  const [form] = Form.useForm<DocumentValues>();
  const [error, setError] = useState<string | null>(null);
  const submit = useSubmitCertification(membership.enterprise.id);
  const isAdmin = membership.role === 'admin';

  let body: ReactNode;
  if (certification.isError) body = <Alert type="error" showIcon title={errorMessage(certification.error)} />;
  else if (!certification.data) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else {
    const c = certification.data;
    const canSubmit = isAdmin && (c.status === 'none' || c.status === 'rejected');
    body = (
      <>
        <div className="certification__status">
          <CertificationStatus status={c.status} />
          {c.submittedAt && <span className="muted">{t('enterprise.certification.submittedAt', { time: dateTime(c.submittedAt) })}</span>}
          {c.decidedAt && <span className="muted">{t('enterprise.certification.decidedAt', { time: dateTime(c.decidedAt) })}</span>}
        </div>
        <p className="certification__hint">{t(`enterprise.certification.hints.${c.status}`)}</p>
        {c.status === 'rejected' && c.reason && (
          <Alert type="error" showIcon className="form-alert" title={t('enterprise.certification.rejectedTitle')} description={c.reason} />
        )}
        {canSubmit && (
          <Form<DocumentValues>
            form={form}
            name="certification"
            aria-label={t('enterprise.certification.formLabel')}
            layout="vertical"
            onFinish={(values) => {
              setError(null);
              if (!values.licence) return;
              submit.mutate(
                { licence: values.licence, authorisation: values.authorisation ?? undefined },
                {
                  onSuccess: () => {
                    message.success(t('enterprise.certification.submitted'));
                    form.resetFields();
                  },
                  onError: (err) => setError(showOnField(form, err, ['licence', 'authorisation'])),
                },
              );
            }}
          >
            {error && <Alert type="error" showIcon title={error} className="form-alert" />}
            <DocumentUploadFields />
            <Button type="primary" htmlType="submit" loading={submit.isPending}>
              {t(c.status === 'rejected' ? 'enterprise.certification.resubmit' : 'enterprise.certification.submit')}
            </Button>
          </Form>
        )}
        {!isAdmin && (c.status === 'none' || c.status === 'rejected') && <p className="muted">{t('enterprise.certification.adminOnly')}</p>}
      </>
    );
  }

  return (
    <Card size="small" title={t('enterprise.certification.title')} className="certification-card">
      {body}
    </Card>
  );
}
