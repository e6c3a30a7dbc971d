import { Alert, Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useFormat } from '../../i18n/useFormat';
import { actionLabel, actorLabel, fieldList } from './accessLogLabels';
import { useAccessLog } from './usePrivacy';

export function AccessLogSection() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const log = useAccessLog();

  let body: ReactNode;
  if (log.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (log.isError) body = <Alert type="error" showIcon title={t('privacy.accessLog.loadError')} description={errorMessage(log.error)} />;
  else if (log.data.entries.length === 0) body = <p className="empty-note">{t('privacy.accessLog.empty')}</p>;
  else
    body = (
      <ul className="access-list" aria-label={t('privacy.accessLog.listLabel')}>
        {log.data.entries.map((entry) => (
          <li key={`${entry.occurredAt}-${entry.action}-${entry.purpose}-${entry.fields.join()}`} className="access-list__item">
            <p className="access-list__what">
              <Trans
                i18nKey="privacy.accessLog.entry"
                values={{ who: actorLabel(t, entry), action: actionLabel(t, entry), fields: fieldList(t, entry.fields) }}
                components={{ who: <strong /> }}
              />
            </p>
            <p className="muted access-list__meta">
              <time dateTime={entry.occurredAt}>{dateTime(entry.occurredAt)}</time>
              <span>{t('privacy.accessLog.purpose', { purpose: entry.purposeLabel })}</span>
              {entry.enterpriseId !== null && <span>{t('privacy.accessLog.enterprise', { id: entry.enterpriseId })}</span>}
            </p>
          </li>
        ))}
      </ul>
    );

  return (
    <Card title={t('privacy.accessLog.title')} size="small">
      <p className="muted card-intro">{t('privacy.accessLog.intro')}</p>
      {body}
    </Card>
  );
}
