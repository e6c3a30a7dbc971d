import { Alert, Button, Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { EnterpriseCard } from './EnterpriseCard';
import { JobFacts } from './JobFacts';
import { JobNotFound } from './JobNotFound';
import { JobTags } from './JobTags';
import { formatSalary } from './salary';
import { useJob } from './useJobs';

function parseId(raw: string | undefined): number | null {
  if (!raw || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? id : null;
}

export function JobDetailPage() {
  const { t } = useTranslation();
  const { relative } = useFormat();
  const id = parseId(useParams().id);
  const job = useJob(id);
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
      {back}
      <Card className="job-detail__summary">
        <div className="job-detail__head">
          <Typography.Title level={2} className="job-detail__title">
            {data.title}
          </Typography.Title>
          <span className="salary salary--large">{formatSalary(t, data)}</span>
        </div>
        <JobFacts job={data} />
        <div className="job-detail__sub muted">
          <span>{t('jobs.headcount', { count: data.headcount })}</span>
          <time dateTime={data.publishedAt}>{t('jobs.publishedAt', { time: relative(data.publishedAt) })}</time>
        </div>
        <JobTags tags={data.tags} />
        <p className="apply-note">{t('jobs.applyNote')}</p>
      </Card>
      <div className="job-detail__body">
        <div className="job-detail__main">
          <Card title={t('jobs.description')} size="small">
            <p className="prose">{data.description}</p>
          </Card>
          <Card title={t('jobs.requirements')} size="small">
            <p className="prose">{data.requirements}</p>
          </Card>
        </div>
        <aside className="job-detail__aside">
          <EnterpriseCard enterprise={data.enterprise} />
        </aside>
      </div>
    </article>
  );
}
