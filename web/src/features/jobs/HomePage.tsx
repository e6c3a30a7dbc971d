import { Alert, Button, Card, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { CityFilter } from './CityFilter';
import { JobCard } from './JobCard';
import { useCities, useJobList } from './useJobs';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.latest'));
  const [params, setParams] = useSearchParams();
  const city = params.get('city') || undefined;
  const jobs = useJobList(city);
  const cities = useCities();

  const items = jobs.data?.pages.flatMap((page) => page.items) ?? [];
  const total = (cities.data?.cities ?? []).filter((c) => !city || c.city === city).reduce((sum, c) => sum + c.jobs, 0);

  const selectCity = (next: string | undefined) => {
    setParams(next ? { city: next } : {});
  };

  return (
    <section className="home">
      <div className="page-heading">
        <div>
          <Typography.Title level={2} className="page-heading__title">
            {t('jobs.latest')}
          </Typography.Title>
          {cities.data && <span className="muted">{t('jobs.openCount', { count: total })}</span>}
        </div>
        <CityFilter value={city} onChange={selectCity} />
      </div>

      {jobs.isPending ? (
        <div className="job-grid" aria-busy="true">
          {['a', 'b', 'c', 'd'].map((k) => (
            <Card key={k} size="small">
              <Skeleton active paragraph={{ rows: 3 }} />
            </Card>
          ))}
        </div>
      ) : jobs.isError && !jobs.data ? (
        <Alert
          type="error"
          showIcon
          title={t('jobs.loadError')}
          description={errorMessage(jobs.error)}
          action={
            <Button size="small" onClick={() => void jobs.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : items.length === 0 ? (
        <Empty description={t('jobs.empty')} />
      ) : (
        <>
          <ul className={jobs.isPlaceholderData ? 'job-grid job-grid--stale' : 'job-grid'} aria-label={t('jobs.listLabel')} aria-busy={jobs.isPlaceholderData}>
            {items.map((job) => (
              <li key={job.id}>
                <JobCard job={job} />
              </li>
            ))}
          </ul>
          <div className="load-more">
            {jobs.isFetchNextPageError && <Alert type="error" showIcon title={errorMessage(jobs.error)} />}
            {jobs.hasNextPage ? (
              <Button onClick={() => void jobs.fetchNextPage()} loading={jobs.isFetchingNextPage}>
                {t('jobs.loadMore')}
              </Button>
            ) : (
              <span className="muted">{t('jobs.noMore')}</span>
            )}
          </div>
        </>
      )}
    </section>
  );
}
