import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseProfile } from '../../api/types';
import { useSession } from '../auth/useSession';
import { DocumentUploadFields } from './DocumentUploadFields';
import { normaliseCreditCode } from './enterpriseSizes';
import { showOnField } from './fieldErrors';
import { useClaimEnterprise, useMyEnterprise } from './useEnterprise';

interface ClaimValues {
  creditCode: string;
  licence: File | null;
  authorisation?: File | null;
}

/**
 * "This is my company": a signed-in recruiter without an enterprise sends the business licence,
 * and an operator decides. Nobody else sees the card; a pending or rejected claim is shown instead.
 */
export function ClaimCard({ enterprise }: { enterprise: EnterpriseProfile }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const isRecruiter = session.data?.profile.role === 'recruiter';
  const mine = useMyEnterprise(isRecruiter);
  const claim = useClaimEnterprise(enterprise.id);
  const [form] = Form.useForm<ClaimValues>();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!isRecruiter || !mine.data || mine.data.membership) return null;
  const latest = mine.data.claims.find((c) => c.enterprise.id === enterprise.id);

  if (latest?.status === 'pending') {
    return (
      <Card size="small" title={t('enterprise.claim.title')}>
        <Alert type="info" showIcon title={t('enterprise.claim.pending')} />
      </Card>
    );
  }

  return (
    <Card size="small" title={t('enterprise.claim.title')}>
      {latest?.status === 'rejected' && latest.reason && (
        <Alert type="error" showIcon className="form-alert" title={t('enterprise.claim.rejected')} description={latest.reason} />
      )}
      <p className="muted card-intro">{t('enterprise.claim.intro')}</p>
      {open ? (
        <Form<ClaimValues>
          form={form}
          name="claim"
          aria-label={t('enterprise.claim.title')}
          layout="vertical"
          onFinish={(values) => {
            setError(null);
            if (!values.licence) return;
            claim.mutate(
              { creditCode: normaliseCreditCode(values.creditCode), licence: values.licence, authorisation: values.authorisation ?? undefined },
              {
                onSuccess: () => {
                  message.success(t('enterprise.claim.submitted'));
                  setOpen(false);
                },
                onError: (err) => setError(showOnField(form, err, ['creditCode', 'licence', 'authorisation'])),
              },
            );
          }}
        >
          {error && <Alert type="error" showIcon title={error} className="form-alert" />}
          <Form.Item
            label={t('enterprise.fields.creditCode')}
            name="creditCode"
            extra={t('enterprise.create.creditCodeHint')}
            rules={[{ required: true, whitespace: true, message: t('enterprise.create.creditCodeRequired') }]}
          >
            <Input maxLength={30} className="credit-code-input" autoComplete="off" spellCheck={false} />
          </Form.Item>
          <DocumentUploadFields />
          <div className="request-actions__buttons">
            <Button type="primary" htmlType="submit" loading={claim.isPending}>
              {t('enterprise.claim.submit')}
            </Button>
            <Button onClick={() => setOpen(false)}>{t('enterprise.common.cancel')}</Button>
          </div>
        </Form>
      ) : (
        <Button onClick={() => setOpen(true)}>{t('enterprise.claim.button')}</Button>
      )}
    </Card>
  );
}
