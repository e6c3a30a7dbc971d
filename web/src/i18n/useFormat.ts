import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayjsLocale, type Language } from './index';

/** Date formatting in the current UI language; re-renders when the language changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return useMemo(() => {
    const locale = dayjsLocale(language);
    return {
      language,
      /** "3 天前" / "3 days ago" */
      relative: (iso: string) => dayjs(iso).locale(locale).fromNow(),
      /** "2026年11月22日 21:05" / "22 Nov 2026, 21:05" */
      dateTime: (iso: string) =>
        dayjs(iso)
          .locale(locale)
          .format(language === 'en' ? 'D MMM YYYY, HH:mm' : 'YYYY年M月D日 HH:mm'),
      /** "2026年12月22日" / "22 Dec 2026", from a date-time or a calendar date (YYYY-MM-DD) */
      date: (value: string) =>
        dayjs(value)
          .locale(locale)
          .format(language === 'en' ? 'D MMM YYYY' : 'YYYY年M月D日'),
    };
  }, [language]);
}
