import { Alert, App, Button, Card, Popconfirm, Skeleton, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useFormat } from '../../i18n/useFormat';
import { useSession } from '../auth/useSession';
import { useDisclosures, useRevokeDisclosure } from './usePrivacy';

/**
 * Which enterprises see my real name and phone number, because I applied to them or accepted
 * their contact request. Revoking masks them again from now on; what they already saw stays seen.
 */
export function DisclosuresCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { dateTime } = useFormat();
  const isSeeker = useSession().data?.profile.role === 'seeker';
  const list = useDisclosures(isSeeker);
  const revoke = useRevokeDisclosure();
  if (!isSeeker) return null;

  const onRevoke = (id: number) =>
    revoke.mutate(id, {
      onSuccess: () => message.success(t('privacy.disclosures.revoked')),
      onError: (err) => message.error(errorMessage(err)),
    });

  let body: ReactNode;
  if (list.isPending) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (list.isError) body = <Alert type="error" showIcon title={t('privacy.disclosures.loadError')} description={errorMessage(list.error)} />;
  else if (list.data.items.length === 0) body = <p className="empty-note">{t('privacy.disclosures.empty')}</p>;
  else
    body = (
      <ul className="request-list" aria-label={t('privacy.disclosures.listLabel')}>
        {list.data.items.map((d) => (
          <li key={d.id} className="request-list__item">
            <div className="request-list__head">
              <Link to={`/enterprises/${d.enterprise.id}`}>
                <strong>{d.enterprise.name}</strong>
              </Link>
              {d.revokedAt ? <Tag>{t('privacy.disclosures.ended')}</Tag> : <Tag color="processing">{t('privacy.disclosures.active')}</Tag>}
            </div>
            <p className="muted">
              {t(d.via === 'application' ? 'privacy.disclosures.viaApplication' : 'privacy.disclosures.viaContact', { when: dateTime(d.disclosedAt) })}
              {d.revokedAt && ` · ${t('privacy.disclosures.endedAt', { when: dateTime(d.revokedAt) })}`}
            </p>
            {!d.revokedAt && (
              <Popconfirm
                title={t('privacy.disclosures.confirmTitle', { name: d.enterprise.name })}
                description={t('privacy.disclosures.confirmText')}
                okText={t('privacy.disclosures.revoke')}
                cancelText={t('privacy.disclosures.cancel')}
                onConfirm={() => onRevoke(d.id)}
              >
                <Button size="small" loading={revoke.isPending && revoke.variables === d.id}>
                  {t('privacy.disclosures.revoke')}
                </Button>
              </Popconfirm>
            )}
          </li>
        ))}
      </ul>
    );

  return (
    <Card title={t('privacy.disclosures.title')} size="small">
      <p className="muted card-intro">{t('privacy.disclosures.intro')}</p>
      {body}
    </Card>
  );
}
