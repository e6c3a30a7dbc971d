import { Alert, App, Button, Card, Form, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage, isApiError } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AttachmentBox } from './AttachmentBox';
import { AvatarBox } from './AvatarBox';
import { Completeness } from './Completeness';
import { ResumeForm } from './ResumeForm';
import { fromForm, type ResumeFormValues, toForm } from './resumeForm';
import { type Resume, useResume, useSaveResume } from './useResumes';
import { VisibilitySelect } from './VisibilitySelect';
import './resumes.css';

function Editor({ resume }: { resume: Resume }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResumeFormValues>();
  const save = useSaveResume(resume.id);
  return (
    <div className="resume-editor">
      <aside className="resume-editor__side">
        <Card size="small" className="resume-side-card">
          <Completeness value={resume.completeness} hints />
        </Card>
        <Card size="small" className="resume-side-card">
          <AvatarBox resume={resume} />
          <VisibilitySelect resumeId={resume.id} value={resume.visibility} />
          <AttachmentBox resumeId={resume.id} attachment={resume.attachment} />
          <Link to={`/resumes/${resume.id}/preview`}>
            <Button block>{t('resumes.list.preview')}</Button>
          </Link>
        </Card>
      </aside>
      <div className="resume-editor__main">
        <ResumeForm
          form={form}
          initial={toForm(resume)}
          saving={save.isPending}
          onSave={(values) =>
            save.mutate(fromForm(values), {
              onSuccess: () => message.success(t('resumes.editor.saved')),
              onError: (e) => message.error(errorMessage(e)),
            })
          }
        />
      </div>
    </div>
  );
}

/** /resumes/:id — one resume, section by section, with its completeness, visibility and files. */
export function ResumeEditorPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const resume = useResume(id);
  useDocumentTitle(resume.data?.title ?? t('resumes.editor.eyebrow'));

  return (
    <div className="resume-page">
      <Link to="/resumes" className="resume-page__back">
        ← {t('resumes.editor.back')}
      </Link>
      <p className="admin-page__eyebrow">{t('resumes.editor.eyebrow')}</p>
      <Typography.Title level={2} className="admin-page__title">
        {resume.data?.title ?? t('resumes.list.title')}
      </Typography.Title>
      {resume.isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : resume.isError ? (
        <Alert type="error" showIcon title={isApiError(resume.error, 'RESUME_NOT_FOUND') ? t('resumes.editor.notFound') : errorMessage(resume.error)} />
      ) : (
        <Editor key={resume.data.id} resume={resume.data} />
      )}
    </div>
  );
}
