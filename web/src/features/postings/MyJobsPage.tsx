import { Alert, Button, Card, Segmented, Skeleton, Typography } from 'antd';
import './postings.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { MyJobItem } from './MyJobItem';
import { NoEnterprise } from './NoEnterprise';
import { type JobStatus, useMyJobs } from './usePostings';

const STATUSES: JobStatus[] = ['open', 'pending', 'draft', 'rejected', 'closed', 'expired'];

/** The recruiter's workspace: their enterprise's jobs by status, with the actions each allows. */
export function MyJobsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('postings.workspace.title'));
  const mine = useMyJobs();
  const [filter, setFilter] = useState<JobStatus | 'all'>('all');

  if (mine.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (mine.isError) return <Alert type="error" showIcon title={t('postings.workspace.loadError')} description={errorMessage(mine.error)} />;
  if (!mine.data.enterprise) return <NoEnterprise />;

  const { enterprise, jobs } = mine.data;
  const count = (s: JobStatus) => jobs.filter((j) => j.status === s).length;
  const shown = filter === 'all' ? jobs : jobs.filter((j) => j.status === filter);

  return (
    <div className="postings-page">
      <div className="postings-page__head">
        <div>
          <p className="admin-page__eyebrow">{enterprise.name}</p>
          <Typography.Title level={2} className="postings-page__title">
            {t('postings.workspace.title')}
          </Typography.Title>
        </div>
        <Button type="primary" onClick={() => navigate('/workspace/jobs/new')}>
          {t('postings.workspace.newJob')}
        </Button>
      </div>
      <p className="muted">{t('postings.workspace.intro')}</p>
      {!enterprise.verified && <Alert type="info" showIcon className="postings-page__note" title={t('postings.workspace.unverifiedNote')} />}
      <div className="postings-page__filter">
        <Segmented<JobStatus | 'all'>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `${t('postings.statusFilter.all')} ${jobs.length}` },
            ...STATUSES.filter((s) => count(s) > 0 || s === 'open').map((s) => ({ value: s, label: `${t(`postings.status.${s}`)} ${count(s)}` })),
          ]}
        />
      </div>
      {shown.length === 0 ? (
        <Card size="small">
          <p className="empty-note">{t('postings.workspace.empty')}</p>
        </Card>
      ) : (
        <div className="my-jobs">
          {shown.map((job) => (
            <MyJobItem key={job.id} job={job} />
          ))}
        </div>
      )}
    </div>
  );
}
