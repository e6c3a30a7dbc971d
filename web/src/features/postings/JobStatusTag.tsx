import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from './usePostings';

const colours: Record<JobStatus, string> = {
  draft: 'default',
  pending: 'gold',
  open: 'green',
  rejected: 'red',
  closed: 'default',
  expired: 'orange',
};

export function JobStatusTag({ status }: { status: JobStatus }) {
  const { t } = useTranslation();
  return <Tag color={colours[status]}>{t(`postings.status.${status}`)}</Tag>;
}
