import { Alert, App, Button, Form, Modal, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useSession } from '../auth/useSession';
import { RESUMES_PATH } from './paths';
import { useApply, useMyApplications, useMyResumes } from './useApplications';

export interface ApplyButtonProps {
  jobId: number;
  jobTitle: string;
  enterpriseId: number;
  enterpriseName: string;
}

/** Apply to a job with one of my resumes (shown on the job page). Recruiters and operators do not see it. */
export function ApplyButton({ jobId, jobTitle, enterpriseName }: ApplyButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const role = session.data?.profile.role;
  const isSeeker = role === 'seeker';
  const [open, setOpen] = useState(false);
  const mine = useMyApplications({ jobId, enabled: isSeeker });

  if (session.isPending) return null;
  if (!session.data) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <Button type="primary" size="large" onClick={() => navigate(`/login?next=${next}`)}>
        {t('applications.apply.signIn')}
      </Button>
    );
  }
  if (!isSeeker) return null;

  if (mine.data?.items.length) {
    return (
      <>
        <Button size="large" disabled>
          {t('applications.apply.applied')}
        </Button>
        <Link to="/my/applications">{t('applications.apply.viewApplication')}</Link>
      </>
    );
  }

  return (
    <>
      <Button type="primary" size="large" onClick={() => setOpen(true)} disabled={mine.isPending}>
        {t('applications.apply.button')}
      </Button>
      {open && <ApplyDialog jobId={jobId} jobTitle={jobTitle} enterpriseName={enterpriseName} onClose={() => setOpen(false)} />}
    </>
  );
}

function ApplyDialog({ jobId, jobTitle, enterpriseName, onClose }: { jobId: number; jobTitle: string; enterpriseName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const resumes = useMyResumes(true);
  const apply = useApply();
  const [resumeId, setResumeId] = useState<number | undefined>(undefined);
  const items = resumes.data?.items ?? [];
  // A private resume would reach the enterprise as nothing; the server refuses it too.
  const usable = items.filter((r) => r.visibility !== 'private');
  const chosen = resumeId ?? usable[0]?.id;

  const submit = () => {
    if (!chosen) return;
    apply.mutate(
      { jobId, resumeId: chosen },
      {
        onSuccess: () => {
          message.success(t('applications.apply.done'));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('applications.apply.title', { job: jobTitle })}
      onCancel={onClose}
      okText={t('applications.apply.confirm')}
      onOk={submit}
      okButtonProps={{ disabled: !chosen, loading: apply.isPending }}
      destroyOnHidden
    >
      {resumes.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : items.length === 0 ? (
        <Alert type="info" showIcon title={t('applications.apply.noResume')} action={<Link to={RESUMES_PATH}>{t('applications.apply.createResume')}</Link>} />
      ) : (
        <Form layout="vertical" onFinish={submit}>
          <Form.Item label={t('applications.apply.resume')} htmlFor="apply-resume">
            <Select
              id="apply-resume"
              value={chosen}
              onChange={setResumeId}
              options={items.map((r) => ({
                value: r.id,
                disabled: r.visibility === 'private',
                label: r.visibility === 'private' ? `${r.title} · ${t('applications.apply.privateResume')}` : `${r.title} · ${r.completeness.score}%`,
              }))}
            />
          </Form.Item>
          {items.some((r) => r.visibility === 'private') && (
            <p className="muted">
              {t('applications.apply.privateHint')} <Link to={RESUMES_PATH}>{t('applications.apply.manageResumes')}</Link>
            </p>
          )}
        </Form>
      )}
      <Alert
        className="apps-disclosure"
        type="warning"
        showIcon
        title={t('applications.apply.disclosureTitle')}
        description={t('applications.apply.disclosure', { enterprise: enterpriseName })}
      />
      {apply.isError && <Alert className="apps-disclosure" type="error" showIcon title={errorMessage(apply.error)} />}
    </Modal>
  );
}
