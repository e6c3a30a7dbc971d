import { Card, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useMeta } from '../../app/useMeta';
import { CodeLoginForm } from './CodeLoginForm';
import { DevSmsOutbox } from './DevSmsOutbox';
import { safeNextPath } from './nextPath';
import { PasswordLoginForm } from './PasswordLoginForm';
import { RegisterForm } from './RegisterForm';
import { useSession } from './useSession';

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const session = useSession();
  const meta = useMeta();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [registration, setRegistration] = useState<{ phone: string; code: string } | null>(null);
  const [outbox, setOutbox] = useState<{ phone: string | null; round: number }>({ phone: null, round: 0 });

  if (session.data) return <Navigate to={next} replace />;
  if (session.isPending) return <Spin className="page-spinner" />;

  return (
    <div className="auth-page">
      <Card className="auth-card">
        {registration ? (
          <RegisterForm phone={registration.phone} code={registration.code} onBack={() => setRegistration(null)} />
        ) : (
          <>
            <Typography.Title level={3} className="auth-card__title">
              {t('login.title')}
            </Typography.Title>
            <p className="muted">{t('login.subtitle')}</p>
            <Tabs
              destroyOnHidden
              items={[
                {
                  key: 'code',
                  label: t('login.tabCode'),
                  children: (
                    <CodeLoginForm
                      onCodeSent={(phone) => setOutbox((o) => ({ phone, round: o.round + 1 }))}
                      onRegistrationRequired={(phone, code) => setRegistration({ phone, code })}
                    />
                  ),
                },
                { key: 'password', label: t('login.tabPassword'), children: <PasswordLoginForm /> },
              ]}
            />
          </>
        )}
      </Card>
      {meta.data?.devSmsOutbox && <DevSmsOutbox phone={outbox.phone} round={outbox.round} />}
    </div>
  );
}
