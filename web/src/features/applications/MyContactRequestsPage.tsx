import { App, Button, Card, Empty, Popconfirm, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { LoadState } from './LoadState';
import { PageHead } from './PageHead';
import { type MyContactRequest, useAnswerContact, useMyContactRequests, useRevokeContact } from './useApplications';
import './applications.css';

const COLORS = { pending: 'gold', accepted: 'green', declined: 'default', revoked: 'default', expired: 'default' } as const;

/** /my/contact-requests: enterprises asking for my contact details; accept, decline, revoke. */
export function MyContactRequestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.myContacts.title'));
  const list = useMyContactRequests();
  return (
    <div className="apps-page">
      <PageHead
        title={t('applications.myContacts.title')}
        intro={t('applications.myContacts.intro')}
        extra={
          <p className="muted">
            {t('applications.myContacts.settingHint')} <Link to="/privacy-centre">{t('applications.myContacts.privacyCentre')}</Link>
          </p>
        }
      />
      <LoadState query={list}>
        {() =>
          list.data?.items.length ? (
            <ul className="apps-list" aria-label={t('applications.myContacts.title')}>
              {list.data.items.map((c) => (
                <li key={c.id}>
                  <ContactCard request={c} />
                </li>
              ))}
            </ul>
          ) : (
            <Empty description={t('applications.myContacts.empty')} />
          )
        }
      </LoadState>
    </div>
  );
}

function ContactCard({ request: c }: { request: MyContactRequest }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const { message } = App.useApp();
  const answer = useAnswerContact();
  const revoke = useRevokeContact();
  const fail = (e: unknown) => message.error(errorMessage(e));
  return (
    <Card size="small">
      <div className="apps-item__head">
        <span className="apps-item__title">
          <Link to={`/enterprises/${c.enterprise.id}`}>{c.enterprise.name}</Link>
        </span>
        <Tag color={COLORS[c.status]}>{t(`applications.contact.status.${c.status}`)}</Tag>
      </div>
      <p className="muted apps-item__meta">
        {t('applications.myContacts.about', { job: c.job.title })} · {t('applications.myContacts.sentAt', { time: dateTime(c.sentAt) })}
        {c.status === 'pending' && ` · ${t('applications.myContacts.expiresAt', { time: dateTime(c.expiresAt) })}`}
      </p>
      <p className="prose">{c.message}</p>
      <div className="apps-item__actions">
        {c.status === 'pending' && (
          <>
            <Popconfirm
              title={t('applications.myContacts.acceptTitle', { enterprise: c.enterprise.name })}
              description={<div style={{ maxWidth: 320 }}>{t('applications.myContacts.acceptText')}</div>}
              onConfirm={() => answer.mutateAsync({ id: c.id, answer: 'accept' }).then(() => message.success(t('applications.myContacts.accepted')), fail)}
            >
              <Button type="primary">{t('applications.myContacts.accept')}</Button>
            </Popconfirm>
            <Button
              loading={answer.isPending}
              onClick={() => answer.mutateAsync({ id: c.id, answer: 'decline' }).then(() => message.success(t('applications.myContacts.declined')), fail)}
            >
              {t('applications.myContacts.decline')}
            </Button>
          </>
        )}
        {c.status === 'accepted' && (
          <Popconfirm
            title={t('applications.myContacts.revokeTitle', { enterprise: c.enterprise.name })}
            description={<div style={{ maxWidth: 320 }}>{t('applications.myContacts.revokeText')}</div>}
            okButtonProps={{ danger: true }}
            onConfirm={() => revoke.mutateAsync(c.id).then(() => message.success(t('applications.myContacts.revoked')), fail)}
          >
            <Button danger>{t('applications.myContacts.revoke')}</Button>
          </Popconfirm>
        )}
      </div>
    </Card>
  );
}
