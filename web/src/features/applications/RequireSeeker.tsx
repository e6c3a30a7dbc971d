import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { RequireSignIn } from '../auth/RequireSignIn';
import { useSession } from '../auth/useSession';

/** Shows its children to signed-in job seekers; the server checks the role too. */
export function RequireSeeker({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  return (
    <RequireSignIn>
      {session.data?.profile.role === 'seeker' ? (
        children
      ) : (
        <Result
          status="403"
          title={t('applications.seekersOnly')}
          extra={
            <Button type="primary" onClick={() => navigate('/')}>
              {t('common.backHome')}
            </Button>
          }
        />
      )}
    </RequireSignIn>
  );
}
