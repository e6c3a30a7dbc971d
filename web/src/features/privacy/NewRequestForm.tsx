import { Alert, App, Button, Card, Checkbox, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { NewDataRequest } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { fieldLabel } from './accessLogLabels';
import { useFileRequest } from './useRights';

type Kind = NewDataRequest['kind'];
const KINDS: Kind[] = ['complaint', 'deletion', 'restriction'];

/**
 * Items a person may ask to have deleted, as the inventory names them (`table.column`). The phone
 * number is left out: the account needs it, and cancelling the account deletes it.
 */
const DELETABLE = ['users.display_name', 'users.birth_date', 'users.gender', 'users.city', 'users.password_hash', 'sessions.user_agent'];

/** "name" → "Name" for a label on its own; Chinese is unchanged. */
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Values {
  kind: Kind;
  items?: string[];
  details?: string;
}

export function NewRequestForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { date } = useFormat();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'complaint';
  const [error, setError] = useState<string | null>(null);
  const file = useFileRequest();

  const submit = (values: Values) => {
    setError(null);
    const details = values.details?.trim();
    const body: NewDataRequest = { kind: values.kind, ...(details ? { details } : {}), ...(values.kind === 'deletion' ? { items: values.items ?? [] } : {}) };
    file.mutate(body, {
      onSuccess: (request) => {
        form.resetFields();
        message.success(t('privacy.newRequest.filed', { date: date(request.dueOn) }));
      },
      onError: (err) => setError(errorMessage(err)),
    });
  };

  return (
    <Card title={t('privacy.newRequest.title')} size="small">
      <p className="muted card-intro">{t('privacy.newRequest.intro')}</p>
      <Form<Values>
        form={form}
        name="data-request"
        aria-label={t('privacy.newRequest.title')}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ kind: 'complaint' }}
      >
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <Form.Item label={t('privacy.newRequest.kind')} name="kind" extra={t(`privacy.newRequest.hints.${kind}`)}>
          <Radio.Group
            optionType="button"
            options={KINDS.map((value) => ({ value, label: t(`privacy.newRequest.kinds.${value}`) }))}
            onChange={() => setError(null)}
          />
        </Form.Item>
        {kind === 'deletion' && (
          <Form.Item
            label={t('privacy.newRequest.items')}
            name="items"
            rules={[{ required: true, type: 'array', min: 1, message: t('privacy.newRequest.itemsRequired') }]}
          >
            <Checkbox.Group className="deletion-items" options={DELETABLE.map((value) => ({ value, label: capitalise(fieldLabel(t, value)) }))} />
          </Form.Item>
        )}
        <Form.Item
          label={kind === 'complaint' ? t('privacy.newRequest.details') : t('privacy.newRequest.detailsOptional')}
          name="details"
          rules={kind === 'complaint' ? [{ required: true, whitespace: true, message: t('privacy.newRequest.detailsRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('privacy.newRequest.detailsPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={file.isPending}>
          {t('privacy.newRequest.submit')}
        </Button>
      </Form>
    </Card>
  );
}
