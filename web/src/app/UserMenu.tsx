import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/errors';
import { useSession } from '../features/auth/useSession';
import { useSignOut } from '../features/auth/useSignOut';

export function UserMenu() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const signOut = useSignOut();

  if (session.isPending) return <span className="user-menu__placeholder" />;

  const profile = session.data?.profile;
  if (!profile) {
    if (location.pathname === '/login') return null;
    const here = `${location.pathname}${location.search}`;
    const target = here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`;
    return (
      <Button type="primary" size="small" onClick={() => navigate(target)}>
        {t('user.signIn')}
      </Button>
    );
  }

  const items: MenuProps['items'] = [
    ...(profile.role === 'operator' ? [{ key: 'console', label: t('user.operatorConsole') }, { type: 'divider' as const }] : []),
    ...(profile.role === 'recruiter' ? [{ key: 'enterprise', label: t('user.enterprise') }, { type: 'divider' as const }] : []),
    { key: 'account', label: t('user.account') },
    { key: 'privacy', label: t('user.privacyCentre') },
    { type: 'divider' },
    { key: 'signOut', label: t('user.signOut'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'console') navigate('/admin/requests');
    if (key === 'enterprise') navigate('/workspace/enterprise');
    if (key === 'account') navigate('/account');
    if (key === 'privacy') navigate('/privacy-centre');
    if (key === 'signOut') {
      signOut.mutate(undefined, {
        onSuccess: () => message.success(t('user.signedOut')),
        onError: (error) => message.error(errorMessage(error)),
      });
    }
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button size="small" className="user-menu__button" aria-label={`${profile.displayName} · ${t('user.menu')}`} loading={signOut.isPending}>
        <span className="user-menu__name">{profile.displayName}</span>
      </Button>
    </Dropdown>
  );
}
