import { Alert, Button, Checkbox, Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { PolicyLink } from '../privacy/PolicyLink';
import { BirthDatePicker } from './BirthDatePicker';
import { maskPhone } from './phone';
import { useRegister } from './useAuthMutations';
import { useSignedIn } from './useSession';

interface RegisterValues {
  role: 'seeker' | 'recruiter';
  displayName: string;
  birthDate?: Dayjs | null;
  acceptTerms?: boolean;
}

interface Props {
  phone: string;
  code: string;
  onBack: () => void;
}

export function RegisterForm({ phone, code, onBack }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterValues>();
  const role = Form.useWatch('role', form) ?? 'seeker';
  const [error, setError] = useState<string | null>(null);
  const register = useRegister();
  const signedIn = useSignedIn();

  const submit = (values: RegisterValues) => {
    setError(null);
    register.mutate(
      {
        phone,
        code,
        role: values.role,
        displayName: values.displayName.trim(),
        ...(values.role === 'seeker' && values.birthDate ? { birthDate: values.birthDate.format('YYYY-MM-DD') } : {}),
        acceptTerms: values.acceptTerms === true,
      },
      {
        onSuccess: (reply) => signedIn(reply.user, reply.csrfToken),
        onError: (err) => setError(errorMessage(err)),
      },
    );
  };

  return (
    <>
      <Typography.Title level={3} className="auth-card__title">
        {t('register.title')}
      </Typography.Title>
      <p className="muted">{t('register.intro', { phone: maskPhone(phone) })}</p>
      <Form<RegisterValues>
        form={form}
        name="register"
        layout="vertical"
        onFinish={submit}
        initialValues={{ role: 'seeker', acceptTerms: false }}
        requiredMark={false}
      >
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <Form.Item label={t('register.role')} name="role">
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'seeker', label: t('register.seeker') },
              { value: 'recruiter', label: t('register.recruiter') },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={t('register.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('register.displayNameRequired') }]}
        >
          <Input maxLength={40} autoComplete="nickname" placeholder={t('register.displayNamePlaceholder')} />
        </Form.Item>
        {role === 'seeker' && (
          <Form.Item
            label={t('register.birthDate')}
            name="birthDate"
            extra={t('register.birthDateHint')}
            rules={[{ required: true, message: t('register.birthDateRequired') }]}
          >
            <BirthDatePicker />
          </Form.Item>
        )}
        <Form.Item
          name="acceptTerms"
          valuePropName="checked"
          rules={[{ validator: async (_, checked?: boolean) => (checked ? undefined : Promise.reject(new Error(t('register.acceptTermsRequired')))) }]}
        >
          <Checkbox>
            <Trans
              i18nKey="register.acceptTerms"
              components={{
                terms: <Link to="/terms" target="_blank" rel="noopener" />,
                privacy: <PolicyLink document="policy" />,
              }}
            />
          </Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={register.isPending}>
          {t('register.submit')}
        </Button>
        <Button type="link" block onClick={onBack} className="form-secondary">
          {t('register.back')}
        </Button>
      </Form>
    </>
  );
}
