import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** For a recruiter who does not belong to an enterprise yet: where to go first. */
export function NoEnterprise() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="info"
      title={t('postings.workspace.noEnterpriseTitle')}
      subTitle={t('postings.workspace.noEnterpriseHint')}
      extra={
        <Button type="primary" onClick={() => navigate('/workspace/enterprise')}>
          {t('postings.workspace.toEnterprise')}
        </Button>
      }
    />
  );
}
