import { BulbOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useSession } from '../auth/useSession';
import { JobCard } from '../jobs/JobCard';
import { PersonalisationSwitch } from './PersonalisationSwitch';
import { useRecommendedJobs } from './useRecommendations';
import './recommendations.css';

const FIRST = 4;

/** "为你推荐" on a signed-in seeker's home: each job with why it is there, and whether the list is personal. */
export function RecommendedJobsPanel() {
  const { t } = useTranslation();
  const session = useSession();
  const isSeeker = session.data?.profile.role === 'seeker';
  const jobs = useRecommendedJobs(isSeeker);
  const [all, setAll] = useState(false);
  if (!isSeeker) return null;

  let body: React.ReactNode;
  if (jobs.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (jobs.isError) body = <Alert type="error" showIcon title={t('recommendations.jobs.loadError')} description={errorMessage(jobs.error)} />;
  else {
    const { personalised, items } = jobs.data;
    const shown = all ? items : items.slice(0, FIRST);
    body = (
      <>
        {personalised ? (
          <p className="muted recommend-panel__note">
            {t('recommendations.jobs.personalisedNote')} <Link to="/privacy-centre">{t('recommendations.jobs.manage')}</Link>
          </p>
        ) : (
          <Alert
            type="info"
            showIcon
            className="recommend-panel__general"
            title={t('recommendations.jobs.generalTitle')}
            description={
              <>
                <p className="recommend-panel__general-text">{t('recommendations.jobs.generalNote')}</p>
                <div className="recommend-panel__general-actions">
                  <PersonalisationSwitch />
                  <Link to="/privacy-centre">{t('recommendations.jobs.manage')}</Link>
                </div>
              </>
            }
          />
        )}
        {items.length === 0 ? (
          <p className="muted">{t('recommendations.jobs.empty')}</p>
        ) : (
          <ul className="job-grid recommend-panel__list" aria-label={t('recommendations.jobs.listLabel')}>
            {shown.map((job) => (
              <li key={job.id}>
                <JobCard job={job}>
                  <p className="recommend-reason">
                    <BulbOutlined aria-hidden="true" />
                    <span className="visually-hidden">{t('recommendations.jobs.reason')}：</span>
                    <span>{job.reason}</span>
                  </p>
                </JobCard>
              </li>
            ))}
          </ul>
        )}
        {items.length > FIRST && (
          <div className="recommend-panel__more">
            <Button type="link" onClick={() => setAll(!all)} aria-expanded={all}>
              {all ? t('recommendations.jobs.showFewer') : t('recommendations.jobs.showAll', { count: items.length })}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <Card
      className="recommend-panel"
      size="small"
      title={
        <h2 className="recommend-panel__title" id="recommended-jobs-title">
          {t('recommendations.jobs.title')}
        </h2>
      }
    >
      <section aria-labelledby="recommended-jobs-title">{body}</section>
    </Card>
  );
}
