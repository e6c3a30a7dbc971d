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
    ...(profile.role === 'recruiter'
      ? [{ key: 'enterprise', label: t('user.enterprise') }, { key: 'jobs', label: t('postings.menu.myJobs') }, { type: 'divider' as const }]
      : []),
    ...(profile.role === 'seeker' ? [{ key: 'resumes', label: t('resumes.menu') }] : []),
    ...(profile.role === 'seeker'
      ? [
          { key: 'myApplications', label: t('applications.menu.applications') },
          { key: 'myInterviews', label: t('applications.menu.interviews') },
          { key: 'myContactRequests', label: t('applications.menu.contactRequests') },
        ]
      : []),
    ...(profile.role === 'recruiter' ? [{ key: 'pipeline', label: t('applications.menu.pipeline') }] : []),
    ...(profile.role === 'seeker' ? [{ key: 'favourites', label: t('favourites.menu') }] : []),
    ...(profile.role === 'recruiter' ? [{ key: 'savedCandidates', label: t('favourites.menuCandidates') }] : []),
    ...(profile.role !== 'operator' ? [{ key: 'reports', label: t('reports.menu') }] : []),
    { key: 'account', label: t('user.account') },
    { key: 'privacy', label: t('user.privacyCentre') },
    { type: 'divider' },
    { key: 'signOut', label: t('user.signOut'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'console') navigate('/admin/requests');
    if (key === 'enterprise') navigate('/workspace/enterprise');
    if (key === 'resumes') navigate('/resumes');
    if (key === 'jobs') navigate('/workspace/jobs');
    if (key === 'favourites') navigate('/my/favourites');
    if (key === 'savedCandidates') navigate('/workspace/saved-candidates');
    if (key === 'reports') navigate('/my/reports');
    if (key === 'myApplications') navigate('/my/applications');
    if (key === 'myInterviews') navigate('/my/interviews');
    if (key === 'myContactRequests') navigate('/my/contact-requests');
    if (key === 'pipeline') navigate('/workspace/pipeline');
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
