import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCities } from '../jobs/useJobs';
import { useTaxonomy, useTaxonomyLabel } from '../jobs/useTaxonomy';
import { DAY_CHOICES, JOB_TYPES, type JobSearchState, SALARY_BANDS } from './jobQuery';

export interface Option {
  value: string;
  label: string;
}

/** "3-5K", "3K 以下", "50K 以上": a pay band's label; the key is "min-max" with an open side empty. */
export const salaryKey = (min: number | undefined | null, max: number | undefined | null) => `${min ?? ''}-${max ?? ''}`;

/** The choices of every job filter and the labels of what is chosen, in the current language. */
export function useFilterOptions() {
  const { t } = useTranslation();
  const label = useTaxonomyLabel();
  const taxonomy = useTaxonomy();
  const cities = useCities();

  const salaryLabel = useCallback(
    (min: number | undefined | null, max: number | undefined | null) => {
      if (min == null && max == null) return t('search.filters.any');
      if (min == null) return t('search.filters.salaryBelow', { max: String(max) });
      if (max == null) return t('search.filters.salaryAbove', { min: String(min) });
      return t('search.filters.salaryRange', { min: String(min), max: String(max) });
    },
    [t],
  );

  const daysLabel = useCallback((days: number) => (days === 1 ? t('search.filters.today') : t('search.filters.daysOption', { count: days })), [t]);

  /** A position filter's label: the position, or "全部<category>". */
  const positionLabel = useCallback(
    (state: Pick<JobSearchState, 'category' | 'position'>) => {
      if (state.position) return label('position', state.position);
      if (state.category) return t('search.filters.anyInCategory', { name: label('category', state.category) });
      return undefined;
    },
    [label, t],
  );

  const options = useMemo(() => {
    const data = taxonomy.data;
    const codes = (items: readonly { code: string }[] | undefined, kind: 'experience' | 'education' | 'welfare'): Option[] =>
      (items ?? []).map((i) => ({ value: i.code, label: label(kind, i.code) }));
    return {
      cities: (cities.data?.cities ?? []).map((c) => ({ value: c.city, label: t('search.filters.cityOption', { city: c.city, count: c.jobs }) })),
      positions: (data?.positionCategories ?? []).map((c) => {
        const name = label('category', c.code);
        return {
          label: name,
          title: name,
          options: [
            { value: `c:${c.code}`, label: t('search.filters.anyInCategory', { name }) },
            ...c.positions.map((p) => ({ value: `p:${p.code}`, label: label('position', p.code) })),
          ],
        };
      }),
      salaries: SALARY_BANDS.map((b) => ({ value: salaryKey(b.min, b.max), label: salaryLabel(b.min, b.max) })),
      experience: codes(data?.experienceLevels, 'experience'),
      education: codes(data?.educationLevels, 'education'),
      jobTypes: JOB_TYPES.map((j) => ({ value: j, label: t(`jobs.jobType.${j}`) })),
      tags: codes(data?.welfareTags, 'welfare'),
      days: DAY_CHOICES.map((d) => ({ value: String(d), label: daysLabel(d) })),
    };
  }, [taxonomy.data, cities.data, label, t, salaryLabel, daysLabel]);

  return { options, label, salaryLabel, daysLabel, positionLabel, loading: taxonomy.isPending || cities.isPending };
}
