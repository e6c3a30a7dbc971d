import { Checkbox, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobSearchState, JobType } from './jobQuery';
import { salaryKey, useFilterOptions } from './useFilterOptions';

const ANY = '';

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string | undefined; children: ReactNode }) {
  return (
    <div className="search-field">
      <label htmlFor={id} className="search-field__label">
        {label}
        {hint && <span className="search-field__hint"> · {hint}</span>}
      </label>
      {children}
    </div>
  );
}

/**
 * Every job filter, each applied as soon as it is chosen. Shown once per page: beside the search
 * box on wide screens, in the filter drawer on phones (so every label names exactly one field).
 */
export function JobFilterFields({ state, onChange }: { state: JobSearchState; onChange: (next: JobSearchState) => void }) {
  const { t } = useTranslation();
  const { options, salaryLabel, loading } = useFilterOptions();
  const any = { value: ANY, label: t('search.filters.any') };

  const cityOptions = [{ value: ANY, label: t('search.filters.allCities') }, ...options.cities];
  if (state.city && !options.cities.some((c) => c.value === state.city)) cityOptions.push({ value: state.city, label: state.city });

  const salary = state.salaryMin !== undefined || state.salaryMax !== undefined ? salaryKey(state.salaryMin, state.salaryMax) : undefined;
  const salaryOptions = [any, ...options.salaries];
  if (salary !== undefined && !options.salaries.some((s) => s.value === salary))
    salaryOptions.push({ value: salary, label: salaryLabel(state.salaryMin, state.salaryMax) });

  const position = state.position ? `p:${state.position}` : state.category ? `c:${state.category}` : undefined;
  const multiple = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const, placeholder: t('search.filters.any') };

  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">{t('search.filters.label')}</legend>
      <Field id="search-city" label={t('search.filters.city')}>
        <Select
          id="search-city"
          value={state.city}
          placeholder={t('search.filters.allCities')}
          options={cityOptions}
          loading={loading}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
          onChange={(city: string) => onChange({ ...state, city: city || undefined })}
        />
      </Field>
      <Field id="search-position" label={t('search.filters.position')}>
        <Select
          id="search-position"
          placeholder={t('search.filters.any')}
          value={position}
          options={[any, ...options.positions]}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
          onChange={(value: string) =>
            onChange({
              ...state,
              category: value.startsWith('c:') ? value.slice(2) : undefined,
              position: value.startsWith('p:') ? value.slice(2) : undefined,
            })
          }
        />
      </Field>
      <Field id="search-salary" label={t('search.filters.salary')}>
        <Select
          id="search-salary"
          placeholder={t('search.filters.any')}
          value={salary}
          options={salaryOptions}
          onChange={(value: string) => {
            const [min = '', max = ''] = value.split('-');
            onChange({ ...state, salaryMin: min ? Number(min) : undefined, salaryMax: max ? Number(max) : undefined });
          }}
        />
      </Field>
      <Field id="search-experience" label={t('search.filters.experience')}>
        <Select
          id="search-experience"
          {...multiple}
          value={state.experience}
          options={options.experience}
          onChange={(experience: string[]) => onChange({ ...state, experience })}
        />
      </Field>
      <Field id="search-education" label={t('search.filters.education')}>
        <Select
          id="search-education"
          {...multiple}
          value={state.education}
          options={options.education}
          onChange={(education: string[]) => onChange({ ...state, education })}
        />
      </Field>
      <Field id="search-job-type" label={t('search.filters.jobType')}>
        <Select
          id="search-job-type"
          placeholder={t('search.filters.any')}
          value={state.jobType}
          options={[any, ...options.jobTypes]}
          onChange={(value: string) => onChange({ ...state, jobType: (value || undefined) as JobType | undefined })}
        />
      </Field>
      <Field id="search-tags" label={t('search.filters.tags')} hint={t('search.filters.tagsHint')}>
        <Select id="search-tags" {...multiple} value={state.tags} options={options.tags} onChange={(tags: string[]) => onChange({ ...state, tags })} />
      </Field>
      <Field id="search-days" label={t('search.filters.days')}>
        <Select
          id="search-days"
          placeholder={t('search.filters.any')}
          value={state.days ? String(state.days) : undefined}
          options={[
            any,
            ...options.days,
            ...(state.days && !options.days.some((d) => d.value === String(state.days))
              ? [{ value: String(state.days), label: t('search.filters.daysOption', { count: state.days }) }]
              : []),
          ]}
          onChange={(value: string) => onChange({ ...state, days: value ? Number(value) : undefined })}
        />
      </Field>
      <div className="search-field search-field--check">
        <Checkbox checked={state.verified} onChange={(e) => onChange({ ...state, verified: e.target.checked })}>
          {t('search.filters.verified')}
        </Checkbox>
      </div>
    </fieldset>
  );
}
