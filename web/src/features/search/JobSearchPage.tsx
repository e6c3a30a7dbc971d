import { FilterOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Drawer, Skeleton, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { errorMessage, isApiError } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { JobCard } from '../jobs/JobCard';
import { ActiveFilters } from './ActiveFilters';
import { JobFilterFields } from './JobFilterFields';
import { filterCount, type JobSearchState, jobSearchParams, parseJobSearch, withoutFilters } from './jobQuery';
import { NoResults } from './NoResults';
import { SearchBox } from './SearchBox';
import { SortControl } from './SortControl';
import { TotalLine } from './TotalLine';
import { type SearchSuggestion, useJobSearch } from './useJobSearch';
import { useMediaQuery, WIDE } from './useMediaQuery';
import './search.css';

/**
 * The public jobs page: keyword, filters and order, all kept in the address so a search survives a
 * reload and can be shared; results with the keywords marked, the total, and "load more".
 * `landing` is shown above the results while nothing is searched for (the seeker's recommendations).
 */
export function JobSearchPage({ landing }: { landing?: ReactNode }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseJobSearch(params), [params]);
  const wide = useMediaQuery(WIDE);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const search = useJobSearch(state);
  const title = state.q ? t('search.titleFor', { q: state.q }) : t('jobs.latest');
  useDocumentTitle(title);

  const go = (next: JobSearchState) => setParams(jobSearchParams(next));
  const filters = filterCount(state);
  const first = search.data?.pages[0];
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];
  const words = first?.words ?? [];

  const follow = (s: SearchSuggestion) => {
    const q = s.q ?? state.q;
    if (s.kind === 'word') go({ ...state, q, sort: undefined });
    else go({ ...withoutFilters(state), q, sort: undefined });
  };

  const sort = <SortControl state={state} onChange={go} />;
  const filterButton = (
    <Badge count={filters} size="small" color="var(--brand)">
      <Button icon={<FilterOutlined aria-hidden="true" />} onClick={() => setDrawerOpen(true)} aria-haspopup="dialog">
        {t('search.filters.open')}
      </Button>
    </Badge>
  );

  let results: ReactNode;
  if (search.isPending) {
    results = (
      <div className="job-grid" aria-busy="true">
        {['a', 'b', 'c', 'd'].map((k) => (
          <Card key={k} size="small">
            <Skeleton active paragraph={{ rows: 3 }} />
          </Card>
        ))}
      </div>
    );
  } else if (search.isError && !search.data) {
    const badFilter = isApiError(search.error, 'SEARCH_FILTER_INVALID') || isApiError(search.error, 'VALIDATION_FAILED');
    results = (
      <Alert
        type="error"
        showIcon
        title={t('search.loadError')}
        description={errorMessage(search.error)}
        action={
          badFilter ? (
            <Button size="small" onClick={() => go(withoutFilters(state))}>
              {t('search.filters.clear')}
            </Button>
          ) : (
            <Button size="small" onClick={() => void search.refetch()}>
              {t('common.retry')}
            </Button>
          )
        }
      />
    );
  } else if (items.length === 0) {
    results = (
      <NoResults suggestions={first?.suggestions ?? []} filtered={filters > 0} onSuggestion={follow} onClearFilters={() => go(withoutFilters(state))} />
    );
  } else {
    results = (
      <>
        <ul
          className={search.isPlaceholderData ? 'job-grid job-grid--stale' : 'job-grid'}
          aria-label={t('jobs.listLabel')}
          aria-busy={search.isPlaceholderData}
        >
          {items.map((job) => (
            <li key={job.id}>
              <JobCard job={job} words={words} />
            </li>
          ))}
        </ul>
        <div className="load-more">
          {search.isFetchNextPageError && <Alert type="error" showIcon title={errorMessage(search.error)} />}
          {search.hasNextPage ? (
            <Button onClick={() => void search.fetchNextPage()} loading={search.isFetchingNextPage}>
              {t('jobs.loadMore')}
            </Button>
          ) : (
            <span className="muted">{t('jobs.noMore')}</span>
          )}
        </div>
      </>
    );
  }

  return (
    <section className="search-page">
      <div className="search-panel">
        <SearchBox
          id="job-search-q"
          value={state.q}
          label={t('search.keyword')}
          placeholder={t('search.keywordPlaceholder')}
          submitLabel={t('search.submit')}
          onSearch={(q) => go({ ...state, q })}
        />
        {wide ? (
          <JobFilterFields state={state} onChange={go} />
        ) : (
          <div className="search-panel__compact">
            {filterButton}
            {sort}
          </div>
        )}
      </div>
      {!wide && (
        <Drawer
          title={t('search.filters.title')}
          placement="bottom"
          size="min(88vh, 640px)"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          destroyOnHidden
          className="search-drawer"
          footer={
            <div className="search-drawer__footer">
              <Button onClick={() => go(withoutFilters(state))} disabled={filters === 0}>
                {t('search.filters.clear')}
              </Button>
              <Button type="primary" onClick={() => setDrawerOpen(false)}>
                {t('search.filters.done')}
              </Button>
            </div>
          }
        >
          <JobFilterFields state={state} onChange={go} />
        </Drawer>
      )}

      {!state.q && filters === 0 && landing}

      <div className="search-results__head">
        <div className="search-results__title">
          <Typography.Title level={2} className="page-heading__title">
            {title}
          </Typography.Title>
          <TotalLine total={first?.total ?? null} />
        </div>
        {wide && sort}
      </div>
      <ActiveFilters state={state} onChange={go} />
      {results}
    </section>
  );
}
