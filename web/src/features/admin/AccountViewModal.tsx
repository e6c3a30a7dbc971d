import { Alert, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { AccountFacts } from './AccountFacts';
import { useViewAccount } from './useRequestQueue';

interface ReasonValues {
  reason: string;
}

/**
 * Opens the requester's account. The reason comes first: the server keeps it in the audit log
 * with the access, and the person sees the access in their privacy centre. What comes back stays
 * on screen only, and is dropped when the dialog closes.
 */
export function AccountViewModal({ subjectId, open, onClose }: { subjectId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const view = useViewAccount();

  const close = () => {
    view.reset();
    onClose();
  };

  return (
    <Modal
      title={t('admin.account.title')}
      open={open}
      onCancel={close}
      destroyOnHidden
      footer={
        view.data ? (
          <Button type="primary" onClick={close}>
            {t('admin.account.close')}
          </Button>
        ) : null
      }
    >
      {view.data ? (
        <AccountFacts account={view.data} />
      ) : (
        <Form<ReasonValues>
          name="account-view"
          aria-label={t('admin.account.title')}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => view.mutate({ subjectId, reason: values.reason.trim() })}
        >
          <p className="card-intro">{t('admin.account.intro')}</p>
          {view.isError && <Alert type="error" showIcon title={errorMessage(view.error)} className="form-alert" />}
          <Form.Item label={t('admin.account.reason')} name="reason" rules={[{ required: true, whitespace: true, message: t('admin.account.reasonRequired') }]}>
            <Input.TextArea rows={2} maxLength={500} showCount placeholder={t('admin.account.reasonPlaceholder')} autoFocus />
          </Form.Item>
          <div className="request-actions__buttons">
            <Button type="primary" htmlType="submit" loading={view.isPending}>
              {t('admin.account.submit')}
            </Button>
            <Button onClick={close}>{t('admin.request.cancel')}</Button>
          </div>
        </Form>
      )}
    </Modal>
  );
}
