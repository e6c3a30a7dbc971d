import { Alert, Button, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { EnterpriseDashboard } from './EnterpriseDashboard';
import { StartEnterprise } from './StartEnterprise';
import { useMyEnterprise } from './useEnterprise';

/** The recruiter's enterprise workspace: set one up or join one, then run it. */
export function EnterpriseWorkspacePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('enterprise.workspace.title'));
  const mine = useMyEnterprise();

  let body: ReactNode;
  if (mine.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (mine.isError)
    body = (
      <Alert
        type="error"
        showIcon
        title={t('enterprise.workspace.loadError')}
        description={errorMessage(mine.error)}
        action={
          <Button size="small" onClick={() => void mine.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  else if (mine.data.membership) body = <EnterpriseDashboard key={mine.data.membership.enterprise.id} membership={mine.data.membership} />;
  else body = <StartEnterprise mine={mine.data} />;

  return (
    <div className="workspace-page">
      <p className="admin-page__eyebrow">{t('enterprise.workspace.eyebrow')}</p>
      <Typography.Title level={2} className="admin-page__title">
        {t('enterprise.workspace.title')}
      </Typography.Title>
      <p className="muted admin-page__intro">{t(mine.data?.membership ? 'enterprise.workspace.introMember' : 'enterprise.workspace.introNone')}</p>
      {body}
    </div>
  );
}
