import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import 'dayjs/locale/zh-cn';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// The choice is kept in localStorage only: no cookie is set for it.
const STORAGE_KEY = 'renhe.language';

dayjs.extend(relativeTime);

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** The dayjs locale name for a UI language. */
export function dayjsLocale(language: Language): string {
  return language === 'en' ? 'en' : 'zh-cn';
}

export function changeLanguage(language: Language): Promise<unknown> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode); the switch still works for this visit.
  }
  return i18n.changeLanguage(language);
}

function applyLanguage(language: string) {
  const lang: Language = language === 'en' ? 'en' : 'zh-CN';
  document.documentElement.lang = lang;
  dayjs.locale(dayjsLocale(lang));
}

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

applyLanguage(i18n.language);

export default i18n;
