import { Alert, App, Button, Card, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { DeviceSession } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { deviceLabel } from './deviceLabel';
import { useDeviceSessions, useRevokeSession } from './useAccount';

export function SessionList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { relative, dateTime } = useFormat();
  const sessions = useDeviceSessions();
  const revoke = useRevokeSession();

  const label = (session: DeviceSession) => {
    const { browser, os } = deviceLabel(session.userAgent);
    if (!browser && !os) return session.userAgent ? session.userAgent.slice(0, 40) : t('sessions.unknownDevice');
    return [browser ?? t('sessions.unknownBrowser'), os].filter(Boolean).join(' · ');
  };

  const onRevoke = (id: string) =>
    revoke.mutate(id, {
      onSuccess: () => message.success(t('sessions.revoked')),
      onError: (err) => message.error(errorMessage(err)),
    });

  // The current device first, then the most recently active.
  const list = [...(sessions.data?.sessions ?? [])].sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt));

  return (
    <Card title={t('sessions.title')} size="small">
      <p className="muted card-intro">{t('sessions.intro')}</p>
      {sessions.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : sessions.isError ? (
        <Alert type="error" showIcon title={t('sessions.loadError')} description={errorMessage(sessions.error)} />
      ) : (
        <ul className="session-list" aria-label={t('sessions.title')}>
          {list.map((session) => (
            <li key={session.id} className="session-list__item">
              <div className="session-list__info">
                <div className="session-list__device">
                  <strong>{label(session)}</strong>
                  {session.current && <Tag color="processing">{t('sessions.current')}</Tag>}
                </div>
                <div className="muted session-list__times">
                  <span>{t('sessions.signedInAt', { time: dateTime(session.createdAt) })}</span>
                  <span>{t('sessions.lastSeen', { time: relative(session.lastSeenAt) })}</span>
                </div>
              </div>
              {!session.current && (
                <Button size="small" danger onClick={() => onRevoke(session.id)} loading={revoke.isPending && revoke.variables === session.id}>
                  {t('sessions.revoke')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
