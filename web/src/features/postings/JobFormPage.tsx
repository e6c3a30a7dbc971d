import { Alert, App, Skeleton, Typography } from 'antd';
import './postings.css';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { RecommendedCandidatesPanel } from '../recommendations/RecommendedCandidatesPanel';
import { JobForm } from './JobForm';
import { JobStatusTag } from './JobStatusTag';
import { NoEnterprise } from './NoEnterprise';
import { type JobWrite, useMyJob, useMyJobs, useSaveJob } from './usePostings';

function parseId(raw: string | undefined): number | null {
  if (!raw || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? id : null;
}

/** /workspace/jobs/new and /workspace/jobs/:id/edit */
export function JobFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const raw = useParams().id;
  const id = raw === undefined ? null : parseId(raw);
  const editing = raw !== undefined;
  useDocumentTitle(t(editing ? 'postings.form.editTitle' : 'postings.form.newTitle'));
  const workspace = useMyJobs();
  const job = useMyJob(id);
  const save = useSaveJob(id);

  const onSave = async (body: JobWrite) => {
    const saved = await save.mutateAsync(body);
    if (saved.status === 'open' && body.submit) message.success(t('postings.form.submittedOpen'));
    else if (saved.status === 'pending' && (body.submit || job.data?.status !== 'pending')) message.success(t('postings.form.submittedPending'));
    else message.success(t('postings.form.saved'));
    navigate('/workspace/jobs');
  };

  const back = (
    <Link to="/workspace/jobs" className="back-link">
      ← {t('postings.form.back')}
    </Link>
  );

  if (workspace.isPending || (editing && id !== null && job.isPending)) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (workspace.isSuccess && !workspace.data.enterprise) return <NoEnterprise />;
  if (editing && (id === null || job.isError)) {
    return (
      <>
        {back}
        <Alert type="error" showIcon title={t('postings.form.loadError')} description={job.isError ? errorMessage(job.error) : undefined} />
      </>
    );
  }

  return (
    <div className="postings-page">
      {back}
      <div className="postings-page__head">
        <Typography.Title level={2} className="postings-page__title">
          {t(editing ? 'postings.form.editTitle' : 'postings.form.newTitle')}
        </Typography.Title>
        {job.data && (
          <span>
            {t('postings.form.statusNow')}
            <JobStatusTag status={job.data.status} />
          </span>
        )}
      </div>
      {job.data?.status === 'rejected' && job.data.reviewNote && (
        <Alert type="error" showIcon className="postings-page__note" title={t('postings.workspace.rejectedReason', { reason: job.data.reviewNote })} />
      )}
      {job.data && <RecommendedCandidatesPanel jobId={job.data.id} open={job.data.status === 'open'} />}
      <JobForm key={job.data?.id ?? 'new'} job={job.data ?? null} saving={save.isPending} onSave={onSave} />
    </div>
  );
}
