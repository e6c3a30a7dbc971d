import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { JobCard } from '../jobs/JobCard';
import { useEnterpriseJobs } from '../jobs/useJobs';

const SHOWN = 20;

/** The enterprise's newest open jobs on its public page. */
export function EnterpriseJobs({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  const jobs = useEnterpriseJobs(enterpriseId, SHOWN);
  const items = jobs.data?.items ?? [];
  return (
    <Card size="small" title={t('enterprise.page.openJobs')}>
      {jobs.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : items.length === 0 ? (
        <p className="muted">{t('enterprise.page.noOpenJobs')}</p>
      ) : (
        <>
          <ul className="job-grid job-grid--single" aria-label={t('enterprise.page.openJobs')}>
            {items.map((job) => (
              <li key={job.id}>
                <JobCard job={job} />
              </li>
            ))}
          </ul>
          {jobs.data?.nextCursor && <p className="muted">{t('enterprise.page.moreJobs', { count: SHOWN })}</p>}
        </>
      )}
    </Card>
  );
}
