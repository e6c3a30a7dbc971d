import { Alert, Button, Empty, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage, isApiError } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { CandidateCard } from './CandidateCard';
import { CandidateSearchForm } from './CandidateSearchForm';
import { type CandidateSearchState, candidateSearchParams, isSearching, parseCandidateSearch } from './candidateQuery';
import { useCandidateSearch, useCandidates } from './useResumes';
import './resumes.css';

/**
 * /workspace/candidates — with nothing asked for, the resumes the recruiter's enterprise may see,
 * newest first; with a keyword or filters (kept in the address), the candidate search, which only
 * verified enterprises may use. Names and numbers stay masked until disclosure either way.
 */
export function CandidatesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseCandidateSearch(params), [params]);
  const searching = isSearching(state);
  const all = useCandidates(!searching);
  const found = useCandidateSearch(state, searching);
  const list = searching ? found : all;
  useDocumentTitle(t('resumes.candidates.title'));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const words = searching ? (found.data?.pages[0]?.words ?? []) : [];
  const go = (next: CandidateSearchState) => setParams(candidateSearchParams(next));

  let body: React.ReactNode;
  if (list.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (list.isError && !list.data)
    body = isApiError(list.error, 'NOT_IN_ENTERPRISE') ? (
      <Alert
        type="info"
        showIcon
        title={t('resumes.candidates.notInEnterprise')}
        action={
          <Link to="/workspace/enterprise">
            <Button size="small">{t('resumes.candidates.toWorkspace')}</Button>
          </Link>
        }
      />
    ) : isApiError(list.error, 'CANDIDATE_SEARCH_UNVERIFIED') ? (
      <Alert
        type="warning"
        showIcon
        title={list.error.message}
        action={
          <Link to="/workspace/enterprise">
            <Button size="small">{t('resumes.candidates.search.unverifiedAction')}</Button>
          </Link>
        }
      />
    ) : (
      <Alert
        type="error"
        showIcon
        title={searching ? t('resumes.candidates.search.loadError') : errorMessage(list.error)}
        description={searching ? errorMessage(list.error) : undefined}
        action={
          <Button size="small" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  else if (!items.length) body = <Empty description={t(searching ? 'resumes.candidates.search.empty' : 'resumes.candidates.empty')} />;
  else
    body = (
      <>
        <ul
          className={list.isPlaceholderData ? 'resume-cards resume-cards--stale' : 'resume-cards'}
          aria-label={t('resumes.candidates.title')}
          aria-busy={list.isPlaceholderData}
        >
          {items.map((c) => (
            <li key={c.resumeId}>
              <CandidateCard candidate={c} words={words} />
            </li>
          ))}
        </ul>
        {list.isFetchNextPageError && <Alert type="error" showIcon title={errorMessage(list.error)} />}
        {list.hasNextPage && (
          <Button block onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('resumes.candidates.loadMore')}
          </Button>
        )}
      </>
    );

  return (
    <div className="resume-page resume-page--narrow">
      <p className="admin-page__eyebrow">{t('resumes.candidates.eyebrow')}</p>
      <Typography.Title level={2} className="admin-page__title">
        {t('resumes.candidates.title')}
      </Typography.Title>
      <p className="muted admin-page__intro">{t('resumes.candidates.intro')}</p>
      <CandidateSearchForm state={state} onChange={go} />
      <h3 className="resume-page__subtitle">{t(searching ? 'resumes.candidates.search.resultsTitle' : 'resumes.candidates.search.allTitle')}</h3>
      {body}
    </div>
  );
}
