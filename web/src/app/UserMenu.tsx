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

  // Each role's own pages first, then what every account has.
  const pages: Record<string, { path: string; label: string }[]> = {
    operator: [{ path: '/admin/requests', label: t('user.operatorConsole') }],
    recruiter: [
      { path: '/workspace/enterprise', label: t('user.enterprise') },
      { path: '/workspace/jobs', label: t('postings.menu.myJobs') },
      { path: '/workspace/pipeline', label: t('applications.menu.pipeline') },
      { path: '/workspace/interviews', label: t('applications.menu.interviews') },
      { path: '/workspace/candidates', label: t('resumes.candidates.title') },
      { path: '/workspace/saved-candidates', label: t('favourites.menuCandidates') },
    ],
    seeker: [
      { path: '/resumes', label: t('resumes.menu') },
      { path: '/my/applications', label: t('applications.menu.applications') },
      { path: '/my/interviews', label: t('applications.menu.interviews') },
      { path: '/my/contact-requests', label: t('applications.menu.contactRequests') },
      { path: '/my/favourites', label: t('favourites.menu') },
    ],
  };
  const common = [
    ...(profile.role !== 'operator' ? [{ path: '/my/reports', label: t('reports.menu') }] : []),
    { path: '/account', label: t('user.account') },
    { path: '/privacy-centre', label: t('user.privacyCentre') },
  ];
  const items: MenuProps['items'] = [
    ...(pages[profile.role] ?? []).map((p) => ({ key: p.path, label: p.label })),
    { type: 'divider' },
    ...common.map((p) => ({ key: p.path, label: p.label })),
    { type: 'divider' },
    { key: 'signOut', label: t('user.signOut'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key !== 'signOut') {
      navigate(key);
      return;
    }
    signOut.mutate(undefined, {
      onSuccess: () => message.success(t('user.signedOut')),
      onError: (error) => message.error(errorMessage(error)),
    });
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button size="small" className="user-menu__button" aria-label={`${profile.displayName} · ${t('user.menu')}`} loading={signOut.isPending}>
        <span className="user-menu__name">{profile.displayName}</span>
      </Button>
    </Dropdown>
  );
}
