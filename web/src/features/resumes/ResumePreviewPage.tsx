import { Alert, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ResumeView } from './ResumeView';
import { attachmentUrl, useResumePreview } from './useResumes';
import './resumes.css';

/** /resumes/:id/preview — the resume as an employer the seeker has not disclosed to sees it. */
export function ResumePreviewPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const preview = useResumePreview(id);
  useDocumentTitle(t('resumes.preview.title'));
  return (
    <div className="resume-page resume-page--narrow">
      <Link to={`/resumes/${id}`} className="resume-page__back">
        ← {t('resumes.preview.back')}
      </Link>
      <Typography.Title level={2} className="admin-page__title">
        {t('resumes.preview.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('resumes.preview.intro')} className="resume-page__alert" />
      {preview.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : preview.isError ? (
        <Alert type="error" showIcon title={errorMessage(preview.error)} />
      ) : (
        <ResumeView view={preview.data} attachmentHref={attachmentUrl(id)} />
      )}
    </div>
  );
}
