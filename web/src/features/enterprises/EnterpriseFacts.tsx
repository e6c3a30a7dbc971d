import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseProfile } from '../../api/types';

/** The public facts of a listing, as shown on its page, in the workspace and to operators. */
export function EnterpriseFacts({ enterprise, withCreditCode = true }: { enterprise: EnterpriseProfile; withCreditCode?: boolean }) {
  const { t } = useTranslation();
  const missing = <span className="muted">{t('enterprise.fields.notProvided')}</span>;
  return (
    <Descriptions
      column={1}
      size="small"
      className="enterprise-facts"
      items={[
        ...(withCreditCode ? [{ key: 'code', label: t('enterprise.fields.creditCode'), children: enterprise.creditCode ?? missing }] : []),
        { key: 'industry', label: t('enterprise.fields.industry'), children: enterprise.industry || missing },
        { key: 'size', label: t('enterprise.fields.size'), children: enterprise.size || missing },
        { key: 'city', label: t('enterprise.fields.city'), children: enterprise.city || missing },
        { key: 'address', label: t('enterprise.fields.address'), children: enterprise.address || missing },
      ]}
    />
  );
}
