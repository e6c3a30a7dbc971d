import { Alert, Button, Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { ApplyButton } from '../applications/ApplyButton';
import { FavouriteButton } from '../favourites/FavouriteButton';
import { useRecordJobView } from '../recommendations/useRecommendations';
import { ReportButton } from '../reports/ReportButton';
import { EnterpriseCard } from './EnterpriseCard';
import { JobFacts } from './JobFacts';
import { JobNotFound } from './JobNotFound';
import { JobPostingData } from './JobPostingData';
import { JobTags } from './JobTags';
import { formatSalary } from './salary';
import { useJob } from './useJobs';
import { useTaxonomyLabel } from './useTaxonomy';
import './jobs-page.css';

function parseId(raw: string | undefined): number | null {
  if (!raw || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? id : null;
}

export function JobDetailPage() {
  const { t } = useTranslation();
  const { relative, date } = useFormat();
  const label = useTaxonomyLabel();
  const id = parseId(useParams().id);
  const job = useJob(id);
  useRecordJobView(job.isSuccess ? id : null);
  useDocumentTitle(job.data?.title ?? (id === null || job.isError ? t('jobs.notFoundTitle') : undefined));

  const back = (
    <Link to="/" className="back-link">
      ← {t('jobs.backToList')}
    </Link>
  );

  if (id === null || (job.error instanceof ApiError && job.error.status === 404)) return <JobNotFound />;
  if (job.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('errors.loadFailed')}
        description={errorMessage(job.error)}
        action={
          <Button size="small" onClick={() => void job.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (job.isPending) {
    return (
      <>
        {back}
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </>
    );
  }

  const data = job.data;
  return (
    <article className="job-detail">
      <JobPostingData id={data.id} />
      {back}
      <Card className="job-detail__summary">
        <div className="job-detail__head">
          <Typography.Title level={2} className="job-detail__title">
            {data.title}
          </Typography.Title>
          <span className="salary salary--large">{formatSalary(t, data)}</span>
        </div>
        <div className="job-actions">
          <ApplyButton jobId={data.id} jobTitle={data.title} enterpriseId={data.enterprise.id} enterpriseName={data.enterprise.name} />
          <FavouriteButton kind="job" id={data.id} />
          <ReportButton target="job" id={data.id} />
        </div>
        <JobFacts job={data} />
        <div className="job-detail__sub muted">
          <span>{label('position', data.position)}</span>
          <span>{t('jobs.headcount', { count: data.headcount })}</span>
          <time dateTime={data.refreshedAt}>{t('jobs.publishedAt', { time: relative(data.refreshedAt) })}</time>
          <time dateTime={data.expiresAt}>{t('postings.jobPage.validThrough', { date: date(data.expiresAt) })}</time>
        </div>
        {data.address && (
          <p className="job-detail__address">
            {t('postings.jobPage.address', { address: [data.city, data.district, data.address].filter(Boolean).join(' ') })}
          </p>
        )}
        <JobTags tags={data.tags} />
      </Card>
      <div className="job-detail__body">
        <div className="job-detail__main">
          <Card title={t('jobs.description')} size="small">
            <p className="prose">{data.description}</p>
          </Card>
          {data.requirements && (
            <Card title={t('jobs.requirements')} size="small">
              <p className="prose">{data.requirements}</p>
            </Card>
          )}
        </div>
        <aside className="job-detail__aside">
          <EnterpriseCard enterprise={data.enterprise} />
        </aside>
      </div>
    </article>
  );
}
