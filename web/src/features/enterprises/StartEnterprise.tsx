import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyEnterprise } from '../../api/types';
import { CreateEnterpriseForm } from './CreateEnterpriseForm';
import { JoinEnterprise } from './JoinEnterprise';
import { MyApplications } from './MyApplications';
import { MyInvitations } from './MyInvitations';

/** A recruiter without an enterprise: invitations first, then create one or ask to join one. */
export function StartEnterprise({ mine }: { mine: MyEnterprise }) {
  const { t } = useTranslation();
  const hasPendingJoin = mine.joinRequests.some((r) => r.status === 'pending');
  return (
    <div className="workspace-grid">
      <div className="workspace-grid__main">
        <MyInvitations invitations={mine.invitations} />
        <Card size="small" title={t('enterprise.start.title')}>
          <p className="muted card-intro">{t('enterprise.start.intro')}</p>
          <Tabs
            defaultActiveKey={hasPendingJoin ? 'join' : 'create'}
            items={[
              { key: 'create', label: t('enterprise.start.create'), children: <CreateEnterpriseForm /> },
              { key: 'join', label: t('enterprise.start.join'), children: <JoinEnterprise pending={mine.joinRequests} /> },
            ]}
          />
        </Card>
      </div>
      <div className="workspace-grid__side">
        <MyApplications joinRequests={mine.joinRequests} claims={mine.claims} />
        <Card size="small" title={t('enterprise.start.claimTitle')}>
          <p className="muted card-intro">{t('enterprise.start.claimHint')}</p>
        </Card>
      </div>
    </div>
  );
}
