import { App, Button, Card, Empty, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { InterviewFacts, InterviewStatusTag } from './InterviewFacts';
import { LoadState } from './LoadState';
import { PageHead } from './PageHead';
import { StatusTag } from './StatusTag';
import { Timeline } from './Timeline';
import { type MyApplication, useMyApplications, useWithdraw } from './useApplications';
import './applications.css';

/** /my/applications: what I applied for, how it stands, its history; withdraw. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.mine.title'));
  const mine = useMyApplications();
  return (
    <div className="apps-page">
      <PageHead title={t('applications.mine.title')} intro={t('applications.mine.intro')} />
      <LoadState query={mine}>
        {() =>
          mine.data?.items.length ? (
            <ul className="apps-list" aria-label={t('applications.mine.title')}>
              {mine.data.items.map((a) => (
                <li key={a.id}>
                  <ApplicationCard application={a} />
                </li>
              ))}
            </ul>
          ) : (
            <Empty description={t('applications.mine.empty')}>
              <Link to="/">{t('applications.mine.browse')}</Link>
            </Empty>
          )
        }
      </LoadState>
    </div>
  );
}

function ApplicationCard({ application: a }: { application: MyApplication }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const { message } = App.useApp();
  const withdraw = useWithdraw();
  const current = a.interviews.filter((i) => i.status !== 'cancelled' && i.status !== 'declined');
  return (
    <Card size="small">
      <div className="apps-item__head">
        <span className="apps-item__title">
          <Link to={`/jobs/${a.job.id}`}>{a.job.title}</Link>
        </span>
        <StatusTag status={a.status} />
      </div>
      <p className="muted apps-item__meta">
        <Link to={`/enterprises/${a.enterprise.id}`}>{a.enterprise.name}</Link>
        {a.job.city && ` · ${a.job.city}`} · {t('applications.mine.appliedAt', { time: dateTime(a.appliedAt) })}
        {!a.job.open && ` · ${t('applications.mine.jobClosed')}`}
      </p>
      {current.map((i) => (
        <div key={i.id}>
          <p className="apps-item__meta">
            <strong>{t('applications.mine.interviews')}</strong> <InterviewStatusTag status={i.status} />
          </p>
          <InterviewFacts interview={i} />
        </div>
      ))}
      <Timeline events={a.events} seekerView />
      {a.status !== 'withdrawn' && (
        <div className="apps-item__actions">
          {current.some((i) => i.status === 'invited') && <Link to="/my/interviews">{t('applications.menu.interviews')}</Link>}
          <Popconfirm
            title={t('applications.mine.withdrawTitle')}
            description={<div style={{ maxWidth: 320 }}>{t('applications.mine.withdrawText')}</div>}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              withdraw.mutateAsync(a.id).then(
                () => message.success(t('applications.mine.withdrawn')),
                (e) => message.error(errorMessage(e)),
              )
            }
          >
            <Button danger size="small">
              {t('applications.mine.withdraw')}
            </Button>
          </Popconfirm>
        </div>
      )}
    </Card>
  );
}
