import { WarningOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Radio, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/errors';
import { useSession } from '../auth/useSession';
import { REASONS, type ReportReason, useCreateReport, useEnterpriseStanding } from './useReports';

export interface ReportButtonProps {
  target: 'job' | 'enterprise';
  id: number;
}

interface Values {
  reason: ReportReason;
  description: string;
}

/** Report a job or an enterprise (fraud, discrimination, false information…). Visitors sign in first. */
export function ReportButton({ target, id }: ReportButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const create = useCreateReport();
  const standing = useEnterpriseStanding(id, target === 'enterprise');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();

  const role = session.data?.profile.role;
  if (role === 'operator') return null;

  const onClick = () => {
    if (!session.data) {
      navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
      return;
    }
    setOpen(true);
  };

  const onFinish = (values: Values) => {
    create.mutate(
      { target, targetId: id, reason: values.reason, description: values.description },
      {
        onSuccess: () => {
          message.success(t('reports.modal.done'));
          form.resetFields();
          setOpen(false);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
            form.setFields([{ name: 'description', errors: [error.message] }]);
          } else message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <>
      {standing.data?.flagged && (
        <Tag color="error" icon={<WarningOutlined aria-hidden />}>
          {t('reports.flagged')}
        </Tag>
      )}
      <Button size="small" type="text" icon={<WarningOutlined aria-hidden />} onClick={onClick} aria-haspopup="dialog">
        {t('reports.button')}
      </Button>
      <Modal
        open={open}
        title={t(target === 'job' ? 'reports.modal.titleJob' : 'reports.modal.titleEnterprise')}
        okText={t('reports.modal.submit')}
        cancelText={t('reports.modal.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        <p className="muted">{t('reports.modal.intro')}</p>
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item name="reason" label={t('reports.modal.reason')} rules={[{ required: true, message: t('reports.modal.reasonRequired') }]}>
            <Radio.Group>
              {REASONS.map((r) => (
                <Radio key={r} value={r} style={{ display: 'flex', marginBottom: 6 }}>
                  {t(`reports.reasons.${r}`)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="description"
            label={t('reports.modal.description')}
            rules={[{ required: true, whitespace: true, message: t('reports.modal.descriptionRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('reports.modal.descriptionPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
