import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ApplicationStatus, STATUS_COLORS } from './useApplications';

export function StatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`applications.status.${status}`)}</Tag>;
}
