import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface ReasonValues {
  reason: string;
}

interface ReasonFormProps {
  /** Form name, also used by tests and for the accessible label. */
  name: string;
  title: string;
  label: string;
  hint: string;
  requiredMessage: string;
  submitLabel: string;
  maxLength: number;
  submitting: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** A required reason (for refusing or rejecting) that the person concerned will read. */
export function ReasonForm({ name, title, label, hint, requiredMessage, submitLabel, maxLength, submitting, onSubmit, onCancel }: ReasonFormProps) {
  const { t } = useTranslation();
  return (
    <Form<ReasonValues> name={name} aria-label={title} layout="vertical" requiredMark={false} onFinish={(values) => onSubmit(values.reason.trim())}>
      <Form.Item label={label} name="reason" extra={hint} rules={[{ required: true, whitespace: true, message: requiredMessage }]}>
        <Input.TextArea rows={3} maxLength={maxLength} showCount autoFocus />
      </Form.Item>
      <div className="request-actions__buttons">
        <Button type="primary" danger htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('admin.request.cancel')}</Button>
      </div>
    </Form>
  );
}
