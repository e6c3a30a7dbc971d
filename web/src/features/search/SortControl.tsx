import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { effectiveSort, type JobSearchState, type JobSort, SORTS } from './jobQuery';

/** 相关度 / 最新 / 薪资. Relevance needs a keyword; without one the server orders by recency. */
export function SortControl({ state, onChange }: { state: JobSearchState; onChange: (next: JobSearchState) => void }) {
  const { t } = useTranslation();
  return (
    <div className="search-sort">
      <span className="muted search-sort__label" aria-hidden="true">
        {t('search.sortLabel')}
      </span>
      <Segmented<JobSort>
        aria-label={t('search.sortLabel')}
        value={effectiveSort(state)}
        onChange={(sort) => onChange({ ...state, sort })}
        options={SORTS.map((s) => ({
          value: s,
          label: t(`search.sort.${s}`),
          disabled: s === 'relevance' && !state.q,
          title: s === 'relevance' && !state.q ? t('search.relevanceNeedsKeyword') : t(`search.sort.${s}`),
        }))}
      />
    </div>
  );
}
