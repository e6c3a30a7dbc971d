import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useFormat } from '../../i18n/useFormat';

export type TaxonomyKind = 'position' | 'category' | 'experience' | 'education' | 'jobType' | 'welfare';

/** The shared lists (positions, experience, education, job types, welfare tags); they change only with a release. */
export function useTaxonomy() {
  return useQuery({ queryKey: ['taxonomy'], queryFn: () => unwrap(api.GET('/api/taxonomy')), staleTime: 60 * 60_000 });
}

/** A code's label in the current language; the code itself until the lists have loaded or when unknown. */
export function useTaxonomyLabel() {
  const { data } = useTaxonomy();
  const { language } = useFormat();
  return useCallback(
    (kind: TaxonomyKind, code: string): string => {
      if (!data) return code;
      let items: readonly { code: string; zh: string; en: string }[] = [];
      if (kind === 'position') items = data.positionCategories.flatMap((c) => c.positions);
      if (kind === 'category') items = data.positionCategories;
      if (kind === 'experience') items = data.experienceLevels;
      if (kind === 'education') items = data.educationLevels;
      if (kind === 'jobType') items = data.jobTypes;
      if (kind === 'welfare') items = data.welfareTags;
      const item = items.find((i) => i.code === code);
      if (!item) return code;
      return language === 'en' ? item.en : item.zh;
    },
    [data, language],
  );
}
