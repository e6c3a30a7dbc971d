import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { usePasswordLogin } from './useAuthMutations';
import { usePhoneRules } from './usePhoneRules';
import { useSignedIn } from './useSession';

interface PasswordLoginValues {
  phone: string;
  password: string;
}

export function PasswordLoginForm() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const login = usePasswordLogin();
  const signedIn = useSignedIn();
  const phoneRules = usePhoneRules();

  const submit = (values: PasswordLoginValues) => {
    setError(null);
    login.mutate(values, {
      onSuccess: (reply) => signedIn(reply.user, reply.csrfToken),
      onError: (err) => setError(errorMessage(err)),
    });
  };

  return (
    <Form<PasswordLoginValues> name="passwordLogin" layout="vertical" onFinish={submit} requiredMark={false}>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Form.Item label={t('login.phone')} name="phone" validateTrigger="onBlur" rules={phoneRules}>
        <Input inputMode="tel" autoComplete="tel" maxLength={16} placeholder={t('login.phonePlaceholder')} />
      </Form.Item>
      <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
        <Input.Password autoComplete="current-password" maxLength={128} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t('login.submitPassword')}
      </Button>
      <p className="muted form-hint">{t('login.passwordHint')}</p>
    </Form>
  );
}
