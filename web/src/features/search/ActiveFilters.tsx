import { CloseOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { type FilterKey, type JobSearchState, withoutFilter, withoutFilters } from './jobQuery';
import { useFilterOptions } from './useFilterOptions';

/** The filters in force, each with a button to take it away, and one to clear them all. */
export function ActiveFilters({ state, onChange }: { state: JobSearchState; onChange: (next: JobSearchState) => void }) {
  const { t } = useTranslation();
  const { label, salaryLabel, daysLabel, positionLabel } = useFilterOptions();
  const list = (kind: 'experience' | 'education' | 'welfare', codes: string[]) => codes.map((c) => label(kind, c)).join(t('search.listSeparator'));

  const chips: { key: FilterKey; text: string | undefined }[] = [
    { key: 'city', text: state.city },
    { key: 'position', text: positionLabel(state) },
    { key: 'salary', text: state.salaryMin !== undefined || state.salaryMax !== undefined ? salaryLabel(state.salaryMin, state.salaryMax) : undefined },
    { key: 'experience', text: state.experience.length ? list('experience', state.experience) : undefined },
    { key: 'education', text: state.education.length ? list('education', state.education) : undefined },
    { key: 'jobType', text: state.jobType ? t(`jobs.jobType.${state.jobType}`) : undefined },
    { key: 'tags', text: state.tags.length ? list('welfare', state.tags) : undefined },
    { key: 'verified', text: state.verified ? t('search.filters.verified') : undefined },
    { key: 'days', text: state.days ? daysLabel(state.days) : undefined },
  ];
  const shown = chips.filter((c): c is { key: FilterKey; text: string } => Boolean(c.text));
  if (!shown.length) return null;

  return (
    <div className="search-chips">
      <span className="muted search-chips__label">{t('search.filters.active')}</span>
      <ul className="search-chips__list" aria-label={t('search.filters.active')}>
        {shown.map((chip) => (
          <li key={chip.key}>
            <Button
              size="small"
              className="search-chip"
              aria-label={t('search.filters.remove', { label: chip.text })}
              onClick={() => onChange(withoutFilter(state, chip.key))}
              icon={<CloseOutlined aria-hidden="true" />}
              iconPlacement="end"
            >
              {chip.text}
            </Button>
          </li>
        ))}
      </ul>
      <Button type="link" size="small" onClick={() => onChange(withoutFilters(state))}>
        {t('search.filters.clear')}
      </Button>
    </div>
  );
}
