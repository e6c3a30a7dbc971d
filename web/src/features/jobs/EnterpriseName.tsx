import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Highlight } from '../search/Highlight';

export function EnterpriseName({ name, verified, words }: { name: string; verified: boolean; words?: readonly string[] | undefined }) {
  const { t } = useTranslation();
  return (
    <span className="enterprise-name">
      <span className="enterprise-name__text">
        <Highlight text={name} words={words} />
      </span>
      {verified && (
        <Tag color="success" className="verified-tag">
          ✓ {t('jobs.verified')}
        </Tag>
      )}
    </span>
  );
}
