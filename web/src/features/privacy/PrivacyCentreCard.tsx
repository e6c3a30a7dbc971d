import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The way from the account page to the privacy centre. */
export function PrivacyCentreCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('user.privacyCentre')} size="small">
      <p className="muted card-intro">{t('privacy.accountCard.intro')}</p>
      <Link to="/privacy-centre">{t('privacy.accountCard.open')}</Link>
    </Card>
  );
}
