import { useTranslation } from 'react-i18next';
import type { JobSummary } from '../../api/types';
import { useTaxonomyLabel } from './useTaxonomy';

/** "杭州·西湖区 | 3-5年 | 本科 | 全职" */
export function JobFacts({ job }: { job: Pick<JobSummary, 'city' | 'district' | 'experience' | 'education' | 'jobType'> }) {
  const { t } = useTranslation();
  const label = useTaxonomyLabel();
  const facts = [
    { key: 'place', text: job.district ? `${job.city}·${job.district}` : job.city },
    { key: 'experience', text: label('experience', job.experience) },
    { key: 'education', text: label('education', job.education) },
    { key: 'type', text: t(`jobs.jobType.${job.jobType}`) },
  ];
  return (
    <ul className="job-facts">
      {facts.map((fact) => (
        <li key={fact.key}>{fact.text}</li>
      ))}
    </ul>
  );
}
