import { Alert, Button, Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { ConsentRow } from './ConsentRow';
import { groupConsents } from './consentGroups';
import { RequiredConsentRow } from './RequiredConsentRow';
import { useConsents } from './usePrivacy';

interface Props {
  onShowHistory: () => void;
  cancellationAnchor: string;
}

export function ConsentSection({ onShowHistory, cancellationAnchor }: Props) {
  const { t } = useTranslation();
  const consents = useConsents();

  let body: ReactNode;
  if (consents.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (consents.isError) body = <Alert type="error" showIcon title={t('privacy.consents.loadError')} description={errorMessage(consents.error)} />;
  else {
    const { required, groups } = groupConsents(consents.data.purposes);
    body = (
      <>
        {required.length > 0 && (
          <ul className="consent-list">
            {required.map((item) => (
              <RequiredConsentRow key={item.purpose} item={item} cancellationAnchor={cancellationAnchor} />
            ))}
          </ul>
        )}
        {groups.map((group) => {
          // A group of one is headed by its own row; only groups of several get a heading of their own.
          const headed = group.items.length > 1 || group.key === 'marketing';
          const headingId = `consent-group-${group.key}`;
          return (
            <section key={group.key} className="consent-group" aria-labelledby={headed ? headingId : undefined}>
              {headed && (
                <div className="consent-group__head">
                  <h3 id={headingId} className="consent-group__title">
                    {t(`privacy.consents.groups.${group.key}`)}
                  </h3>
                  {group.key === 'marketing' && <p className="muted consent-group__intro">{t('privacy.consents.groupIntro.marketing')}</p>}
                </div>
              )}
              <ul className="consent-list" aria-label={t(`privacy.consents.groups.${group.key}`)}>
                {group.items.map((item) => (
                  <ConsentRow key={item.purpose} item={item} groupTitle={headed ? t(`privacy.consents.groups.${group.key}`) : undefined} />
                ))}
              </ul>
            </section>
          );
        })}
      </>
    );
  }

  return (
    <Card
      title={t('privacy.consents.title')}
      size="small"
      extra={
        <Button type="link" size="small" onClick={onShowHistory} className="card-extra-link">
          {t('privacy.consents.history')}
        </Button>
      }
    >
      <p className="muted card-intro">{t('privacy.consents.intro')}</p>
      {body}
    </Card>
  );
}
