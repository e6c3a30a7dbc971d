import type { Membership } from '../../api/types';
import { CertificationCard } from './CertificationCard';
import { InviteCard } from './InviteCard';
import { JoinRequestsCard } from './JoinRequestsCard';
import { MembersCard } from './MembersCard';
import { ProfileCard } from './ProfileCard';
import { useCertification } from './useEnterprise';

/** A member's view of their enterprise; the admin-only cards are left out for recruiters. */
export function EnterpriseDashboard({ membership }: { membership: Membership }) {
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
        <CertificationCard membership={membership} certification={certification} />
        {isAdmin && <InviteCard enterpriseId={id} />}
      </div>
    </div>
  );
}
