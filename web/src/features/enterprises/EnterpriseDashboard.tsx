import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Membership } from '../../api/types';
import { CertificationCard } from './CertificationCard';
import { InviteCard } from './InviteCard';
import { JoinRequestsCard } from './JoinRequestsCard';
import { MembersCard } from './MembersCard';
import { ProfileCard } from './ProfileCard';
import { useCertification } from './useEnterprise';

/** A member's view of their enterprise; the admin-only cards are left out for recruiters. */
export function EnterpriseDashboard({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const id = membership.enterprise.id;
  const certification = useCertification(id);
  const isAdmin = membership.role === 'admin';
  return (
    <div className="workspace-grid">
      <div className="workspace-grid__main">
        <ProfileCard membership={membership} status={certification.data?.status} />
        <MembersCard membership={membership} />
        {isAdmin && <JoinRequestsCard enterpriseId={id} />}
      </div>
      <div className="workspace-grid__side">
        <Card size="small" title={t('postings.workspace.title')}>
          <p className="muted">{t('postings.workspace.intro')}</p>
          <Link to="/workspace/jobs">
            <Button type="primary">{t('postings.workspace.toJobs')}</Button>
          </Link>
        </Card>
        <CertificationCard membership={membership} certification={certification} />
        {isAdmin && <InviteCard enterpriseId={id} />}
      </div>
    </div>
  );
}
