import { useTranslation } from 'react-i18next';
import type { JobSearchResult } from './useJobSearch';

/** "共 86 个职位", or "1000+ 个职位" with a note when the server stopped counting. */
export function TotalLine({ total }: { total: JobSearchResult['total'] }) {
  const { t } = useTranslation();
  if (!total) return <span className="muted search-total">&nbsp;</span>;
  if (!total.capped)
    return (
      <span className="muted search-total" role="status">
        {t('search.total', { count: total.count })}
      </span>
    );
  return (
    <span className="muted search-total" role="status">
      {t('search.totalCapped', { count: total.count })}
      <span className="search-total__note">{t('search.cappedNote')}</span>
    </span>
  );
}
