import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title to "<page> · 人和 Renhe". */
export function useDocumentTitle(page?: string) {
  const { t } = useTranslation();
  const site = t('app.title');
  useEffect(() => {
    document.title = page ? `${page} · ${site}` : site;
  }, [page, site]);
}
