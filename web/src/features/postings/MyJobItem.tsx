import { App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useFormat } from '../../i18n/useFormat';
import { JobFacts } from '../jobs/JobFacts';
import { formatSalary } from '../jobs/salary';
import { RECOMMENDED_ANCHOR } from '../recommendations/RecommendedCandidatesPanel';
import { JobStatusTag } from './JobStatusTag';
import { useFlagLabels } from './useFlagLabels';
import { type JobAction, type ManagedJob, useJobAction } from './usePostings';

/** One job in the recruiter's list, with the actions its status allows. */
export function MyJobItem({ job }: { job: ManagedJob }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { relative, date, dateTime } = useFormat();
  const flagLabels = useFlagLabels();
  const act = useJobAction();

  const run = (action: JobAction) =>
    act.mutate(
      { id: job.id, action },
      {
        onSuccess: () => message.success(t(`postings.workspace.done.${action}`)),
        onError: (error) => message.error(errorMessage(error)),
      },
    );
  const busy = (action: JobAction) => act.isPending && act.variables?.action === action;
  const refreshWait = job.canRefreshAt && new Date(job.canRefreshAt).getTime() > Date.now() ? job.canRefreshAt : null;

  return (
    <Card size="small" className="my-job">
      <article aria-labelledby={`my-job-${job.id}`}>
        <div className="my-job__head">
          <Typography.Title level={4} className="my-job__title" id={`my-job-${job.id}`}>
            {job.status === 'open' ? <Link to={`/jobs/${job.id}`}>{job.title}</Link> : job.title}
          </Typography.Title>
          <JobStatusTag status={job.status} />
        </div>
        <div className="my-job__facts">
          <span className="salary">{formatSalary(t, job)}</span>
          <JobFacts job={job} />
        </div>
        {job.status === 'rejected' && job.reviewNote && (
          <Typography.Paragraph type="danger" className="my-job__note">
            {t('postings.workspace.rejectedReason', { reason: job.reviewNote })}
          </Typography.Paragraph>
        )}
        {job.status === 'pending' && (
          <Typography.Paragraph type="warning" className="my-job__note">
            {job.flags.length > 0 ? t('postings.workspace.flagged', { flags: flagLabels(job.flags) }) : t('postings.workspace.pendingNote')}
          </Typography.Paragraph>
        )}
        {job.status === 'expired' && <Typography.Paragraph className="my-job__note muted">{t('postings.workspace.expiredNote')}</Typography.Paragraph>}
        <div className="my-job__foot">
          <span className="muted">
            {t('postings.workspace.updated', { time: relative(job.updatedAt) })}
            {job.status === 'open' && job.expiresAt ? ` · ${t('postings.workspace.expires', { date: date(job.expiresAt) })}` : ''}
          </span>
          <Space wrap size="small">
            <Button size="small" onClick={() => navigate(`/workspace/jobs/${job.id}/edit`)}>
              {t('postings.workspace.edit')}
            </Button>
            {job.status === 'open' && (
              <Button size="small" onClick={() => navigate(`/workspace/jobs/${job.id}/edit#${RECOMMENDED_ANCHOR}`)}>
                {t('recommendations.candidates.link')}
              </Button>
            )}
            {(job.status === 'draft' || job.status === 'rejected') && (
              <Button size="small" type="primary" loading={busy('submit')} onClick={() => run('submit')}>
                {t('postings.workspace.submit')}
              </Button>
            )}
            {job.status === 'open' && (
              <Button
                size="small"
                loading={busy('refresh')}
                disabled={refreshWait !== null}
                title={refreshWait ? t('postings.workspace.refreshLater', { time: dateTime(refreshWait) }) : undefined}
                onClick={() => run('refresh')}
              >
                {t('postings.workspace.refresh')}
              </Button>
            )}
            {(job.status === 'open' || job.status === 'pending') && (
              <Popconfirm title={t('postings.workspace.closeConfirm')} onConfirm={() => run('close')}>
                <Button size="small" danger loading={busy('close')}>
                  {t('postings.workspace.close')}
                </Button>
              </Popconfirm>
            )}
            {(job.status === 'closed' || job.status === 'expired') && (
              <Button size="small" type="primary" loading={busy('reopen')} onClick={() => run('reopen')}>
                {t('postings.workspace.reopen')}
              </Button>
            )}
          </Space>
        </div>
      </article>
    </Card>
  );
}
