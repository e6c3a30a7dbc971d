import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from './useReports';

const colours: Record<ReportStatus, string> = { open: 'processing', upheld: 'success', dismissed: 'default' };

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <Tag color={colours[status]}>{t(`reports.status.${status}`)}</Tag>;
}
