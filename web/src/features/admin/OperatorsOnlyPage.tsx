import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../../app/useDocumentTitle';

export function OperatorsOnlyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('admin.operatorsOnly.title'));
  return (
    <Result
      status="403"
      title={t('admin.operatorsOnly.title')}
      subTitle={t('admin.operatorsOnly.hint')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}
