import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EnterpriseClaim, MyJoinRequest } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';

const COLORS = { pending: 'processing', approved: 'success', rejected: 'error' } as const;

/** What I asked for and how it stands: requests to join, and claims on listings with the operator's reason. */
export function MyApplications({ joinRequests, claims }: { joinRequests: MyJoinRequest[]; claims: EnterpriseClaim[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  if (joinRequests.length === 0 && claims.length === 0) return null;
  return (
    <Card title={t('enterprise.applications.title')} size="small">
      <ul className="plain-list" aria-label={t('enterprise.applications.title')}>
        {joinRequests.map((r) => (
          <li key={r.id} className="plain-list__item">
            <div className="plain-list__head">
              <span>
                {t('enterprise.applications.join')} · <Link to={`/enterprises/${r.enterprise.id}`}>{r.enterprise.name}</Link>
              </span>
              <Tag color={COLORS[r.status]}>{t(`enterprise.join.statuses.${r.status}`)}</Tag>
            </div>
            <p className="muted plain-list__meta">{t('enterprise.applications.sentAt', { time: dateTime(r.createdAt) })}</p>
            {r.status === 'pending' && <p className="plain-list__text">{t('enterprise.join.pendingHint')}</p>}
          </li>
        ))}
        {claims.map((c) => (
          <li key={c.id} className="plain-list__item">
            <div className="plain-list__head">
              <span>
                {t('enterprise.applications.claim')} · <Link to={`/enterprises/${c.enterprise.id}`}>{c.enterprise.name}</Link>
              </span>
              <Tag color={COLORS[c.status]}>{t(`enterprise.join.statuses.${c.status}`)}</Tag>
            </div>
            <p className="muted plain-list__meta">{t('enterprise.applications.sentAt', { time: dateTime(c.createdAt) })}</p>
            {c.reason && <p className="plain-list__text error-text">{t('enterprise.applications.reason', { reason: c.reason })}</p>}
          </li>
        ))}
      </ul>
    </Card>
  );
}
