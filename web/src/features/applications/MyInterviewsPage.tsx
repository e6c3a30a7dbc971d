import { App, Button, Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { AnswerModal } from './AnswerModal';
import { groupByDay } from './groupByDay';
import { InterviewFacts, InterviewStatusTag } from './InterviewFacts';
import { LoadState } from './LoadState';
import { PageHead } from './PageHead';
import { type MyInterview, useAnswerInterview, useMyInterviews } from './useApplications';
import './applications.css';

/** /my/interviews: upcoming interviews by day; accept, decline or propose another time. */
export function MyInterviewsPage() {
  const { t } = useTranslation();
  const { date } = useFormat();
  useDocumentTitle(t('applications.myInterviews.title'));
  const list = useMyInterviews();
  return (
    <div className="apps-page">
      <PageHead title={t('applications.myInterviews.title')} intro={t('applications.myInterviews.intro')} />
      <LoadState query={list}>
        {() =>
          list.data?.items.length ? (
            groupByDay(list.data.items).map(([day, items]) => (
              <section key={day} aria-label={date(day)}>
                <h3 className="apps-day">{date(day)}</h3>
                <ul className="apps-list">
                  {items.map((i) => (
                    <li key={i.id}>
                      <InterviewCard interview={i} />
                    </li>
                  ))}
                </ul>
              </section>
            ))
          ) : (
            <Empty description={t('applications.myInterviews.empty')} />
          )
        }
      </LoadState>
    </div>
  );
}

function InterviewCard({ interview: i }: { interview: MyInterview }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const answer = useAnswerInterview();
  const [modal, setModal] = useState<'decline' | 'propose' | null>(null);
  return (
    <Card size="small">
      <div className="apps-item__head">
        <span className="apps-item__title">
          <Link to={`/jobs/${i.job.id}`}>{i.job.title}</Link>
        </span>
        <InterviewStatusTag status={i.status} />
      </div>
      <p className="muted apps-item__meta">
        <Link to={`/enterprises/${i.enterprise.id}`}>{i.enterprise.name}</Link>
      </p>
      <InterviewFacts interview={i} />
      {i.status === 'invited' && (
        <div className="apps-item__actions">
          <Button
            type="primary"
            loading={answer.isPending}
            onClick={() =>
              answer.mutate(
                { id: i.id, answer: 'accept' },
                { onSuccess: () => message.success(t('applications.myInterviews.accepted')), onError: (e) => message.error(errorMessage(e)) },
              )
            }
          >
            {t('applications.myInterviews.accept')}
          </Button>
          <Button onClick={() => setModal('propose')}>{t('applications.myInterviews.propose')}</Button>
          <Button danger onClick={() => setModal('decline')}>
            {t('applications.myInterviews.decline')}
          </Button>
        </div>
      )}
      {modal && (
        <AnswerModal
          interviewId={i.id}
          kind={modal}
          onClose={() => setModal(null)}
          onDone={() => {
            message.success(t(modal === 'propose' ? 'applications.myInterviews.proposed' : 'applications.myInterviews.declined'));
            setModal(null);
          }}
        />
      )}
    </Card>
  );
}
