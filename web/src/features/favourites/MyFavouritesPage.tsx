import { Alert, Button, Card, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { useSession } from '../auth/useSession';
import { useMyFavourites, useToggleFavourite } from './useFavourites';

const list = { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 } as const;

/** A seeker's saved jobs (with whether they are still open) and enterprises. */
export function MyFavouritesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('favourites.mine.title'));
  const role = useSession().data?.profile.role;
  const mine = useMyFavourites(role === 'seeker');
  const toggle = useToggleFavourite();
  // Recruiters keep candidates, on their own page.
  if (role === 'recruiter') return <Navigate to="/workspace/saved-candidates" replace />;

  const remove = (kind: 'job' | 'enterprise', id: number) => (
    <Button size="small" type="link" danger loading={toggle.isPending && toggle.variables?.id === id} onClick={() => toggle.mutate({ kind, id, save: false })}>
      {t('favourites.mine.remove')}
    </Button>
  );

  return (
    <div className="postings-page">
      <Typography.Title level={2}>{t('favourites.mine.title')}</Typography.Title>
      <p className="muted">{t('favourites.mine.intro')}</p>
      {mine.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {mine.isError && <Alert type="error" showIcon title={t('favourites.mine.loadError')} description={errorMessage(mine.error)} />}
      {mine.isSuccess && (
        <Tabs
          items={[
            {
              key: 'jobs',
              label: t('favourites.mine.jobs', { count: mine.data.jobs.length }),
              children:
                mine.data.jobs.length === 0 ? (
                  <p className="empty-note">{t('favourites.mine.noJobs')}</p>
                ) : (
                  <ul style={list} aria-label={t('favourites.mine.jobs', { count: mine.data.jobs.length })}>
                    {mine.data.jobs.map((job) => (
                      <li key={job.id}>
                        <Card size="small" title={<Link to={`/jobs/${job.id}`}>{job.title}</Link>} extra={remove('job', job.id)}>
                          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
                            <Link to={`/enterprises/${job.enterprise.id}`}>{job.enterprise.name}</Link>
                            <span className="muted">{job.city}</span>
                            {job.status !== 'open' && <Tag>{t('favourites.mine.notOpen')}</Tag>}
                            <span className="muted">{t('favourites.mine.savedAt', { date: format.date(job.savedAt) })}</span>
                          </div>
                        </Card>
                      </li>
                    ))}
                  </ul>
                ),
            },
            {
              key: 'enterprises',
              label: t('favourites.mine.enterprises', { count: mine.data.enterprises.length }),
              children:
                mine.data.enterprises.length === 0 ? (
                  <p className="empty-note">{t('favourites.mine.noEnterprises')}</p>
                ) : (
                  <ul style={list} aria-label={t('favourites.mine.enterprises', { count: mine.data.enterprises.length })}>
                    {mine.data.enterprises.map((e) => (
                      <li key={e.id}>
                        <Card size="small" title={<Link to={`/enterprises/${e.id}`}>{e.name}</Link>} extra={remove('enterprise', e.id)}>
                          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
                            {e.verified && <Tag color="green">{t('favourites.mine.verified')}</Tag>}
                            <span className="muted">{[e.city, e.industry, e.size].join(' · ')}</span>
                            <span className="muted">{t('favourites.mine.savedAt', { date: format.date(e.savedAt) })}</span>
                          </div>
                        </Card>
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
