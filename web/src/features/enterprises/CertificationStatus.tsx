import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Certification } from '../../api/types';

const COLORS: Record<Certification['status'], string> = { none: 'default', pending: 'processing', verified: 'success', rejected: 'error' };

export function CertificationStatus({ status }: { status: Certification['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} className="certification-status">
      {status === 'verified' ? '✓ ' : ''}
      {t(`enterprise.certification.statuses.${status}`)}
    </Tag>
  );
}
