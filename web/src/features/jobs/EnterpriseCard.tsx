import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { JobDetail } from '../../api/types';
import { EnterpriseName } from './EnterpriseName';

export function EnterpriseCard({ enterprise }: { enterprise: JobDetail['enterprise'] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('jobs.enterprise')} size="small" className="enterprise-card">
      <h3 className="enterprise-card__name">
        <Link to={`/enterprises/${enterprise.id}`} className="enterprise-link">
          <EnterpriseName name={enterprise.name} verified={enterprise.verified} />
        </Link>
      </h3>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'industry', label: t('jobs.industry'), children: enterprise.industry },
          { key: 'size', label: t('jobs.size'), children: enterprise.size },
          { key: 'city', label: t('jobs.enterpriseCity'), children: enterprise.city },
        ]}
      />
      {enterprise.description && <p className="prose">{enterprise.description}</p>}
    </Card>
  );
}
