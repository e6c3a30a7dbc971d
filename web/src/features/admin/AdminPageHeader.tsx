import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AdminNav } from './AdminNav';

/** The top of every operator console page: where you are, the console's tabs, the page title. */
export function AdminPageHeader({ title, intro }: { title: string; intro: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="admin-page__eyebrow">{t('admin.console')}</p>
      <AdminNav />
      <Typography.Title level={2} className="admin-page__title">
        {title}
      </Typography.Title>
      <p className="muted admin-page__intro">{intro}</p>
    </>
  );
}
