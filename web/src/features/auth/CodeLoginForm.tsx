import { Alert, App, Button, Form, Input, type InputRef, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../api/errors';
import { useCodeLogin, useSendCode } from './useAuthMutations';
import { useCountdown } from './useCountdown';
import { usePhoneRules } from './usePhoneRules';
import { useSignedIn } from './useSession';

interface CodeLoginValues {
  phone: string;
  code: string;
}

interface Props {
  /** A code was just sent to this number. */
  onCodeSent: (phone: string) => void;
  /** The code was right but the number has no account yet. */
  onRegistrationRequired: (phone: string, code: string) => void;
}

export function CodeLoginForm({ onCodeSent, onRegistrationRequired }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CodeLoginValues>();
  const codeInput = useRef<InputRef>(null);
  const [error, setError] = useState<string | null>(null);
  const sendCode = useSendCode();
  const login = useCodeLogin();
  const signedIn = useSignedIn();
  const phoneRules = usePhoneRules();
  const countdown = useCountdown();

  const requestCode = async () => {
    setError(null);
    let phone: string;
    try {
      ({ phone } = await form.validateFields(['phone']));
    } catch {
      return;
    }
    sendCode.mutate(phone, {
      onSuccess: (reply) => {
        countdown.start(reply.resendAfterSeconds);
        message.success(t('login.codeSent'));
        onCodeSent(phone);
        codeInput.current?.focus();
      },
      onError: (err) => {
        if (isApiError(err, 'SMS_TOO_SOON')) countdown.start(Number(err.details?.retryAfterSeconds) || 60);
        setError(errorMessage(err));
      },
    });
  };

  const submit = (values: CodeLoginValues) => {
    setError(null);
    login.mutate(values, {
      onSuccess: (reply) => {
        if (reply.status === 'registration_required') onRegistrationRequired(values.phone, values.code);
        else signedIn(reply.user, reply.csrfToken);
      },
      onError: (err) => setError(errorMessage(err)),
    });
  };

  return (
    <Form form={form} name="codeLogin" layout="vertical" onFinish={submit} requiredMark={false}>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Form.Item label={t('login.phone')} name="phone" rules={phoneRules} validateTrigger="onBlur">
        <Input inputMode="tel" autoComplete="tel" maxLength={16} placeholder={t('login.phonePlaceholder')} />
      </Form.Item>
      <Form.Item label={t('login.code')} htmlFor="codeLogin_code" required>
        <Space.Compact block>
          <Form.Item
            name="code"
            noStyle
            rules={[
              { required: true, message: t('login.codeRequired') },
              { pattern: /^\d{6}$/, message: t('login.codeInvalid') },
            ]}
          >
            <Input
              ref={codeInput}
              id="codeLogin_code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              placeholder={t('login.codePlaceholder')}
            />
          </Form.Item>
          <Button onClick={() => void requestCode()} loading={sendCode.isPending} disabled={countdown.remaining > 0} className="send-code">
            {countdown.remaining > 0 ? t('login.resendIn', { seconds: countdown.remaining }) : t('login.sendCode')}
          </Button>
        </Space.Compact>
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t('login.submitCode')}
      </Button>
    </Form>
  );
}
