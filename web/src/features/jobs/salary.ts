import type { TFunction } from 'i18next';
import type { JobSummary } from '../../api/types';

/** Yuan per month to thousands, keeping one decimal when needed: 8000 → "8", 4500 → "4.5". */
function thousands(yuan: number): string {
  return String(Math.round(yuan / 100) / 10);
}

/** "8-15K·13薪" in Chinese, "¥8k–15k ×13" in English. */
export function formatSalary(t: TFunction, job: Pick<JobSummary, 'salaryMin' | 'salaryMax' | 'salaryMonths'>): string {
  const range = t('jobs.salary', { min: thousands(job.salaryMin), max: thousands(job.salaryMax) });
  return job.salaryMonths > 12 ? range + t('jobs.salaryMonths', { months: job.salaryMonths }) : range;
}
