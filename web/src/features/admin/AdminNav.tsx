import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

/** The operator console's queues, as tabs above each queue page. */
export const ADMIN_SECTIONS = [
  { path: '/admin/requests', label: 'admin.nav.requests' },
  { path: '/admin/enterprise-reviews', label: 'admin.nav.reviews' },
  { path: '/admin/job-reviews', label: 'postings.nav.jobReviews' },
  { path: '/admin/reports', label: 'reports.queue.nav' },
] as const;

export function AdminNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('admin.nav.label')} className="admin-nav">
      <Tabs
        activeKey={pathname}
        onChange={(path) => navigate(path)}
        items={ADMIN_SECTIONS.map((section) => ({ key: section.path, label: t(section.label) }))}
      />
    </nav>
  );
}
