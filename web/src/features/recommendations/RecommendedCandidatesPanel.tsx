import { BulbOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { errorMessage, isApiError } from '../../api/errors';
import { CandidateCard } from '../resumes/CandidateCard';
import { useRecommendedCandidates } from './useRecommendations';
import './recommendations.css';

const FIRST = 4;
export const RECOMMENDED_ANCHOR = 'recommended';

/** "推荐候选人" on the recruiter's page of one job: candidates the enterprise may see who want that job. */
export function RecommendedCandidatesPanel({ jobId, open }: { jobId: number; open: boolean }) {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const candidates = useRecommendedCandidates(open ? jobId : null);
  const [all, setAll] = useState(false);
  const ref = useRef<HTMLElement>(null);
  const loaded = !candidates.isPending;
  // Opened from the job list's "推荐候选人": bring the panel into view once it has its height.
  useEffect(() => {
    if (hash === `#${RECOMMENDED_ANCHOR}` && (loaded || !open)) ref.current?.scrollIntoView({ block: 'start' });
  }, [hash, loaded, open]);

  let body: React.ReactNode;
  if (!open) body = <p className="muted empty-note">{t('recommendations.candidates.notOpen')}</p>;
  else if (candidates.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (candidates.isError)
    body = isApiError(candidates.error, 'CANDIDATE_SEARCH_UNVERIFIED') ? (
      <Alert
        type="warning"
        showIcon
        title={candidates.error.message}
        action={
          <Link to="/workspace/enterprise">
            <Button size="small">{t('recommendations.candidates.unverifiedAction')}</Button>
          </Link>
        }
      />
    ) : isApiError(candidates.error, 'JOB_NOT_FOUND') ? (
      <p className="muted empty-note">{t('recommendations.candidates.notOpen')}</p>
    ) : (
      <Alert type="error" showIcon title={t('recommendations.candidates.loadError')} description={errorMessage(candidates.error)} />
    );
  else if (!candidates.data.items.length) body = <p className="muted empty-note">{t('recommendations.candidates.empty')}</p>;
  else {
    const items = candidates.data.items;
    body = (
      <>
        <ul className="recommend-candidates" aria-label={t('recommendations.candidates.listLabel')}>
          {(all ? items : items.slice(0, FIRST)).map((c) => (
            <li key={c.resumeId}>
              <CandidateCard candidate={c}>
                <p className="recommend-reason">
                  <BulbOutlined aria-hidden="true" />
                  <span className="visually-hidden">{t('recommendations.candidates.reason')}：</span>
                  <span>{c.reason}</span>
                </p>
              </CandidateCard>
            </li>
          ))}
        </ul>
        {items.length > FIRST && (
          <div className="recommend-panel__more">
            <Button type="link" onClick={() => setAll(!all)} aria-expanded={all}>
              {all ? t('recommendations.candidates.showFewer') : t('recommendations.candidates.showAll', { count: items.length })}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <section id={RECOMMENDED_ANCHOR} ref={ref} aria-labelledby="recommended-candidates-title" className="recommend-section">
      <Card
        size="small"
        className="recommend-panel"
        title={
          <h3 id="recommended-candidates-title" className="recommend-panel__title">
            {t('recommendations.candidates.title')}
          </h3>
        }
      >
        <p className="muted card-intro">{t('recommendations.candidates.intro')}</p>
        {body}
      </Card>
    </section>
  );
}
