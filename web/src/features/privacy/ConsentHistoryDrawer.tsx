import { Alert, Drawer, Skeleton, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { ConsentHistoryEntry } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { useConsentHistory, useConsents } from './usePrivacy';

const SCREENS = ['signup', 'privacy_centre', 'policy_update', 'feature_prompt'] as const;
type KnownScreen = (typeof SCREENS)[number];
const isKnownScreen = (screen: string): screen is KnownScreen => (SCREENS as readonly string[]).includes(screen);

export function ConsentHistoryDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const history = useConsentHistory(open);
  const labels = new Map((useConsents().data?.purposes ?? []).map((p) => [p.purpose, p.label]));

  const screenLabel = (screen: string) => (isKnownScreen(screen) ? t(`privacy.history.screens.${screen}`) : screen);

  let body: ReactNode;
  if (history.isPending) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (history.isError) body = <Alert type="error" showIcon title={t('privacy.history.loadError')} description={errorMessage(history.error)} />;
  else if (history.data.entries.length === 0) body = <p className="muted">{t('privacy.history.empty')}</p>;
  else
    body = (
      <ol className="history-list" aria-label={t('privacy.history.listLabel')}>
        {history.data.entries.map((entry: ConsentHistoryEntry) => (
          <li key={`${entry.occurredAt}-${entry.purpose}-${entry.decision}`} className="history-list__item">
            <div className="history-list__head">
              <strong>{labels.get(entry.purpose) ?? entry.purpose}</strong>
              <Tag color={entry.decision === 'granted' ? 'success' : 'default'}>{t(`privacy.history.decisions.${entry.decision}`)}</Tag>
            </div>
            <div className="muted history-list__meta">
              <time dateTime={entry.occurredAt}>{dateTime(entry.occurredAt)}</time>
              <span>{t('privacy.history.where', { screen: screenLabel(entry.screen) })}</span>
              <span>{t('privacy.history.policyVersion', { hash: entry.policyHash.slice(0, 8) })}</span>
            </div>
          </li>
        ))}
      </ol>
    );

  return (
    <Drawer title={t('privacy.history.title')} open={open} onClose={onClose} size="min(480px, 100vw)" destroyOnHidden>
      <p className="muted card-intro">{t('privacy.history.intro')}</p>
      {body}
    </Drawer>
  );
}
