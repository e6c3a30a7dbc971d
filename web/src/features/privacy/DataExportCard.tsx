import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { EXPORT_URL, useRefreshAfterExport } from './useRights';

export function DataExportCard() {
  const { t } = useTranslation();
  const refresh = useRefreshAfterExport();
  return (
    <Card title={t('privacy.export.title')} size="small">
      <p className="muted card-intro">{t('privacy.export.intro')}</p>
      <Button href={EXPORT_URL} download onClick={refresh}>
        {t('privacy.export.download')}
      </Button>
    </Card>
  );
}
