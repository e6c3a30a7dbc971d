import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../../app/useDocumentTitle';

export function RecruitersOnlyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('enterprise.recruitersOnly.title'));
  return (
    <Result
      status="403"
      title={t('enterprise.recruitersOnly.title')}
      subTitle={t('enterprise.recruitersOnly.hint')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}
