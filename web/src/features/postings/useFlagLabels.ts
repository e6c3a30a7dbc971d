import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { postingsZh } from './messages';

type Rule = keyof typeof postingsZh.flags;
const isRule = (flag: string): flag is Rule => flag in postingsZh.flags;

/** Why a job waits for review, readable: anti-fraud rules by their labels, any other reason as given. */
export function useFlagLabels() {
  const { t } = useTranslation();
  const { language } = useFormat();
  return (flags: string[]) => flags.map((flag) => (isRule(flag) ? t(`postings.flags.${flag}`) : flag)).join(language === 'en' ? ', ' : '、');
}
