import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { CandidateSummary } from './CandidateSummary';
import { groupByDay } from './groupByDay';
import { InterviewFacts, InterviewStatusTag } from './InterviewFacts';
import { LoadState } from './LoadState';
import { PageHead } from './PageHead';
import { useEnterpriseInterviews } from './useApplications';
import './applications.css';

/** /workspace/interviews: the enterprise's interviews from today on, by day. */
export function RecruiterInterviewsPage() {
  const { t } = useTranslation();
  const { date } = useFormat();
  useDocumentTitle(t('applications.recruiterInterviews.title'));
  const list = useEnterpriseInterviews();
  return (
    <div className="apps-page">
      <PageHead
        eyebrow={t('applications.pipeline.eyebrow')}
        title={t('applications.recruiterInterviews.title')}
        intro={t('applications.recruiterInterviews.intro')}
        extra={<Link to="/workspace/pipeline">{t('applications.recruiterInterviews.backToPipeline')}</Link>}
      />
      <LoadState query={list}>
        {() =>
          list.data?.items.length ? (
            groupByDay(list.data.items).map(([day, items]) => (
              <section key={day} aria-label={date(day)}>
                <h3 className="apps-day">{date(day)}</h3>
                <ul className="apps-list">
                  {items.map((i) => (
                    <li key={i.id}>
                      <Card size="small">
                        <div className="apps-item__head">
                          <CandidateSummary candidate={i.candidate} />
                          <InterviewStatusTag status={i.status} />
                        </div>
                        <p className="muted apps-item__meta">{i.job.title}</p>
                        <InterviewFacts interview={i} />
                      </Card>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          ) : (
            <Empty description={t('applications.recruiterInterviews.empty')} />
          )
        }
      </LoadState>
    </div>
  );
}
