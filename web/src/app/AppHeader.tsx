import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

export function AppHeader() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const onJobs = pathname === '/' || pathname.startsWith('/jobs/');
  return (
    <header className="app-header">
      <div className="container app-header__inner">
        <Link to="/" className="brand" aria-label={t('app.title')}>
          <span className="brand__mark">{t('app.brand')}</span>
          <span className="brand__latin">{t('app.brandLatin')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="app-nav">
          <Link to="/" className={onJobs ? 'app-nav__link active' : 'app-nav__link'} aria-current={onJobs ? 'page' : undefined}>
            {t('nav.jobs')}
          </Link>
        </nav>
        <div className="app-header__actions">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
