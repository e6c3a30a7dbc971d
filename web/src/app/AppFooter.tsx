import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PolicyLink } from '../features/privacy/PolicyLink';
import { useMeta } from './useMeta';

export function AppFooter() {
  const { t } = useTranslation();
  const meta = useMeta();
  return (
    <footer className="app-footer">
      <div className="container app-footer__inner">
        <span>{t('footer.about')}</span>
        <nav className="app-footer__links" aria-label={t('footer.about')}>
          {/* The published policy is served by the platform as plain HTML, outside the web app. */}
          <PolicyLink document="policy">{t('footer.privacy')}</PolicyLink>
          <PolicyLink document="collected">{t('footer.collected')}</PolicyLink>
          <PolicyLink document="sharing">{t('footer.sharing')}</PolicyLink>
          <Link to="/terms">{t('footer.terms')}</Link>
          {meta.data && <span className="muted">{t('footer.version', { version: meta.data.version })}</span>}
        </nav>
      </div>
    </footer>
  );
}
