import type { TFunction } from 'i18next';
import type { JobSummary } from '../../api/types';

/** "8-15K·13薪" in Chinese, "¥8k–15k ×13" in English; the API gives thousands of yuan a month. */
export function formatSalary(t: TFunction, job: Pick<JobSummary, 'salaryMin' | 'salaryMax' | 'salaryMonths'>): string {
  const range = t('jobs.salary', { min: String(job.salaryMin), max: String(job.salaryMax) });
  return job.salaryMonths > 12 ? range + t('jobs.salaryMonths', { months: job.salaryMonths }) : range;
}
