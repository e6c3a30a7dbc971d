import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      size="small"
      value={value}
      onChange={(next) => void changeLanguage(next)}
      options={[
        { label: t('language.zh'), value: 'zh-CN' },
        { label: t('language.en'), value: 'en' },
      ]}
    />
  );
}
