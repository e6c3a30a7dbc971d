import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function EnterpriseName({ name, verified }: { name: string; verified: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="enterprise-name">
      <span className="enterprise-name__text">{name}</span>
      {verified && (
        <Tag color="success" className="verified-tag">
          ✓ {t('jobs.verified')}
        </Tag>
      )}
    </span>
  );
}
