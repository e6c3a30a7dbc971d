import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { JobSummary } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { Highlight } from '../search/Highlight';
import { EnterpriseName } from './EnterpriseName';
import { JobFacts } from './JobFacts';
import { JobTags } from './JobTags';
import { formatSalary } from './salary';

/** What a job card shows: a listed job, a search hit or a recommendation. */
export type CardJob = Pick<
  JobSummary,
  'id' | 'title' | 'city' | 'district' | 'experience' | 'education' | 'jobType' | 'tags' | 'refreshedAt' | 'salaryMin' | 'salaryMax' | 'salaryMonths'
> & {
  enterprise: { id: number; name: string; verified: boolean };
  /** Part of the description around the keyword (search hits). */
  snippet?: string | null;
};

/** One job in a list; `words` are the search keywords to mark in the title, enterprise name and snippet. */
export function JobCard({ job, words, children }: { job: CardJob; words?: readonly string[] | undefined; children?: ReactNode }) {
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
              <Highlight text={job.title} words={words} />
            </Link>
          </h3>
          <span className="salary">{formatSalary(t, job)}</span>
        </div>
        <JobFacts job={job} />
        {job.snippet && (
          <p className="job-card__snippet">
            <Highlight text={job.snippet} words={words} />
          </p>
        )}
        <JobTags tags={job.tags} />
        {children}
        <div className="job-card__foot">
          <Link to={`/enterprises/${job.enterprise.id}`} className="enterprise-link" onClick={(e) => e.stopPropagation()}>
            <EnterpriseName name={job.enterprise.name} verified={job.enterprise.verified} words={words} />
          </Link>
          <time className="muted" dateTime={job.refreshedAt}>
            {relative(job.refreshedAt)}
          </time>
        </div>
      </article>
    </Card>
  );
}
