import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { InterestTagsCard } from '../recommendations/InterestTagsCard';
import { AccessLogSection } from './AccessLogSection';
import { CancellationCard } from './CancellationCard';
import { ConsentHistoryDrawer } from './ConsentHistoryDrawer';
import { ConsentSection } from './ConsentSection';
import { DataExportCard } from './DataExportCard';
import { DataRequestsCard } from './DataRequestsCard';
import { DisclosuresCard } from './DisclosuresCard';
import { NewRequestForm } from './NewRequestForm';
import { PolicyDocumentsCard } from './PolicyDocumentsCard';

const CANCELLATION_ANCHOR = 'cancellation';

export function PrivacyCentrePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.title'));
  const [historyOpen, setHistoryOpen] = useState(false);
  return (
    <div className="privacy-page">
      <Typography.Title level={2} className="privacy-page__title">
        {t('privacy.title')}
      </Typography.Title>
      <p className="muted privacy-page__intro">{t('privacy.intro')}</p>
      <div className="privacy-grid">
        <div className="privacy-grid__column">
          <ConsentSection onShowHistory={() => setHistoryOpen(true)} cancellationAnchor={CANCELLATION_ANCHOR} />
          <InterestTagsCard />
          <DisclosuresCard />
          <AccessLogSection />
        </div>
        <div className="privacy-grid__column">
          <PolicyDocumentsCard />
          <DataExportCard />
          <DataRequestsCard />
          <NewRequestForm />
          <CancellationCard id={CANCELLATION_ANCHOR} />
        </div>
      </div>
      <ConsentHistoryDrawer open={historyOpen} onClose={() => setHistoryOpen(false)} />
    </div>
  );
}
