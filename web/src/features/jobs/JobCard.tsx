import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { JobSummary } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { EnterpriseName } from './EnterpriseName';
import { JobFacts } from './JobFacts';
import { JobTags } from './JobTags';
import { formatSalary } from './salary';

export function JobCard({ job }: { job: JobSummary }) {
  const { t } = useTranslation();
  const { relative } = useFormat();
  const navigate = useNavigate();
  const href = `/jobs/${job.id}`;
  return (
    <Card hoverable size="small" className="job-card" onClick={() => navigate(href)}>
      <article aria-labelledby={`job-${job.id}-title`}>
        <div className="job-card__head">
          <h3 className="job-card__title" id={`job-${job.id}-title`}>
            <Link to={href} onClick={(e) => e.stopPropagation()}>
              {job.title}
            </Link>
          </h3>
          <span className="salary">{formatSalary(t, job)}</span>
        </div>
        <JobFacts job={job} />
        <JobTags tags={job.tags} />
        <div className="job-card__foot">
          <Link to={`/enterprises/${job.enterprise.id}`} className="enterprise-link" onClick={(e) => e.stopPropagation()}>
            <EnterpriseName name={job.enterprise.name} verified={job.enterprise.verified} />
          </Link>
          <time className="muted" dateTime={job.refreshedAt}>
            {relative(job.refreshedAt)}
          </time>
        </div>
      </article>
    </Card>
  );
}
