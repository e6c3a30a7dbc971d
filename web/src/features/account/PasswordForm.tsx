import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useSetPassword } from './useAccount';

interface PasswordValues {
  currentPassword?: string;
  newPassword: string;
  confirm: string;
}

/** The server's rule, checked early for a friendlier form: 8–128 characters with letters and digits. */
function isStrong(password: string): boolean {
  return password.length >= 8 && password.length <= 128 && /[A-Za-z]/.test(password) && /\d/.test(password);
}

export function PasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const [error, setError] = useState<string | null>(null);
  const setPassword = useSetPassword();

  const submit = (values: PasswordValues) => {
    setError(null);
    setPassword.mutate(hasPassword ? { currentPassword: values.currentPassword ?? '', newPassword: values.newPassword } : { newPassword: values.newPassword }, {
      onSuccess: () => {
        form.resetFields();
        message.success(t('password.done'));
      },
      onError: (err) => setError(errorMessage(err)),
    });
  };

  return (
    <Card title={hasPassword ? t('password.changeTitle') : t('password.setTitle')} size="small">
      {!hasPassword && <p className="muted card-intro">{t('password.setIntro')}</p>}
      <Form<PasswordValues> form={form} name="password" layout="vertical" onFinish={submit} requiredMark={false}>
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        {hasPassword && (
          <Form.Item label={t('password.current')} name="currentPassword" rules={[{ required: true, message: t('password.currentRequired') }]}>
            <Input.Password autoComplete="current-password" maxLength={128} />
          </Form.Item>
        )}
        <Form.Item
          label={t('password.new')}
          name="newPassword"
          extra={t('password.rule')}
          rules={[
            { required: true, message: t('password.newRequired') },
            { validator: async (_, value?: string) => (!value || isStrong(value) ? undefined : Promise.reject(new Error(t('password.weak')))) },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          label={t('password.confirm')}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, value?: string) =>
                !value || value === getFieldValue('newPassword') ? undefined : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={setPassword.isPending}>
          {hasPassword ? t('password.submitChange') : t('password.submitSet')}
        </Button>
      </Form>
    </Card>
  );
}
