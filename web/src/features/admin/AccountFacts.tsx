import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OperatorAccountView } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';

/** The account as the server returned it to an operator, with a reminder that this look was recorded. */
export function AccountFacts({ account }: { account: OperatorAccountView }) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormat();
  const missing = <span className="muted">{t('admin.account.notProvided')}</span>;
  return (
    <>
      <Alert type="success" showIcon className="form-alert" title={t('admin.account.recorded')} />
      <Descriptions
        column={1}
        size="small"
        bordered
        className="account-view"
        items={[
          { key: 'name', label: t('admin.account.fields.displayName'), children: account.displayName },
          { key: 'phone', label: t('admin.account.fields.phone'), children: account.phone ?? missing },
          { key: 'role', label: t('admin.account.fields.role'), children: t(`account.roles.${account.role}`) },
          { key: 'status', label: t('admin.account.fields.status'), children: t(`admin.account.statuses.${account.status}`) },
          { key: 'birthDate', label: t('admin.account.fields.birthDate'), children: account.birthDate ? date(account.birthDate) : missing },
          { key: 'gender', label: t('admin.account.fields.gender'), children: account.gender ? t(`account.genders.${account.gender}`) : missing },
          { key: 'city', label: t('admin.account.fields.city'), children: account.city ?? missing },
          { key: 'createdAt', label: t('admin.account.fields.createdAt'), children: dateTime(account.createdAt) },
        ]}
      />
    </>
  );
}
