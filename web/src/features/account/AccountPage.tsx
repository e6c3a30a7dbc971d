import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useSession } from '../auth/useSession';
import { PrivacyCentreCard } from '../privacy/PrivacyCentreCard';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';
import { SessionList } from './SessionList';

export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  const profile = useSession().data?.profile;
  if (!profile) return null;
  return (
    <div className="account-page">
      <Typography.Title level={2}>{t('account.title')}</Typography.Title>
      <div className="account-grid">
        <ProfileForm key={profile.id} profile={profile} />
        <div className="account-grid__side">
          <PasswordForm hasPassword={profile.hasPassword} />
          <SessionList />
          <PrivacyCentreCard />
        </div>
      </div>
    </div>
  );
}
