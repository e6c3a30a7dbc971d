import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PolicyLink } from './PolicyLink';
import type { PolicyDocument } from './policyHref';

const DOCUMENTS: PolicyDocument[] = ['policy', 'collected', 'sharing'];

export function PolicyDocumentsCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('privacy.documents.title')} size="small">
      <p className="muted card-intro">{t('privacy.documents.intro')}</p>
      <ul className="document-links">
        {DOCUMENTS.map((document) => (
          <li key={document}>
            <PolicyLink document={document}>{t(`privacy.documents.${document}`)}</PolicyLink>
          </li>
        ))}
      </ul>
    </Card>
  );
}
