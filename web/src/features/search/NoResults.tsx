import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SearchSuggestion } from './useJobSearch';

interface Props {
  suggestions: SearchSuggestion[];
  /** Whether any filter is set (then "clear filters" is offered too). */
  filtered: boolean;
  onSuggestion: (suggestion: SearchSuggestion) => void;
  onClearFilters: () => void;
}

/** Nothing matched: the server's suggestions (another keyword, the same one without filters, popular positions). */
export function NoResults({ suggestions, filtered, onSuggestion, onClearFilters }: Props) {
  const { t } = useTranslation();
  const popularOnly = suggestions.length > 0 && suggestions.every((s) => s.kind === 'popular');
  return (
    <div className="search-empty">
      <Empty
        description={
          <>
            <strong className="search-empty__title">{t('search.empty')}</strong>
            <span className="muted search-empty__hint">{t('search.emptyHint')}</span>
          </>
        }
      />
      {suggestions.length > 0 && (
        <section className="search-suggestions" aria-labelledby="search-suggestions-title">
          <h3 id="search-suggestions-title" className="search-suggestions__title">
            {t(popularOnly ? 'search.popularTitle' : 'search.suggestionsTitle')}
          </h3>
          <ul className="search-suggestions__list">
            {suggestions.map((s) => (
              <li key={`${s.kind}:${s.q ?? ''}:${s.label}`}>
                <Button onClick={() => onSuggestion(s)} className="search-suggestion">
                  <span>{t(`search.suggestion.${s.kind}`, { label: s.label })}</span>
                  {s.count !== null && <span className="search-suggestion__count">{t('search.suggestionCount', { count: s.count })}</span>}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {filtered && (
        <Button type="link" onClick={onClearFilters}>
          {t('search.filters.clear')}
        </Button>
      )}
    </div>
  );
}
