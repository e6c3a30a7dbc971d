import { Button, Input, Select } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useTaxonomy, useTaxonomyLabel } from '../jobs/useTaxonomy';
import { SearchBox } from '../search/SearchBox';
import { ACTIVE_CHOICES, type CandidateSearchState, EMPTY_CANDIDATE_SEARCH, isSearching, SALARY_CAPS, YEAR_BANDS } from './candidateQuery';
import '../search/search.css';

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="search-field">
      <label htmlFor={id} className="search-field__label">
        {label}
      </label>
      {children}
    </div>
  );
}

const yearsKey = (min: number | null | undefined, max: number | null | undefined) => `${min ?? ''}-${max ?? ''}`;

/** Keyword and filters of the recruiter's candidate search; choices apply at once, typed text on Enter. */
export function CandidateSearchForm({ state, onChange }: { state: CandidateSearchState; onChange: (next: CandidateSearchState) => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const label = useTaxonomyLabel();
  const taxonomy = useTaxonomy();
  const [city, setCity] = useState(state.city ?? '');
  useEffect(() => setCity(state.city ?? ''), [state.city]);
  const commitCity = () => {
    const next = city.trim() || undefined;
    if (next !== state.city) onChange({ ...state, city: next });
  };

  const yearsLabel = (min: number | null | undefined, max: number | null | undefined) => {
    if (min == null) return t('resumes.candidates.search.yearsBelow', { max: String(max) });
    if (max == null) return t('resumes.candidates.search.yearsAbove', { min: String(min) });
    return t('resumes.candidates.search.yearsRange', { min: String(min), max: String(max) });
  };
  const years = state.yearsMin !== undefined || state.yearsMax !== undefined ? yearsKey(state.yearsMin, state.yearsMax) : undefined;
  const yearOptions = YEAR_BANDS.map((b) => ({ value: yearsKey(b.min, b.max), label: yearsLabel(b.min, b.max) }));
  if (years && !yearOptions.some((o) => o.value === years)) yearOptions.push({ value: years, label: yearsLabel(state.yearsMin, state.yearsMax) });

  const amount = (yuan: number) => yuan.toLocaleString(language === 'en' ? 'en' : 'zh-CN');
  const salaryOptions = SALARY_CAPS.map((s) => ({ value: String(s), label: t('resumes.candidates.search.salaryUpTo', { amount: amount(s) }) }));
  if (state.salaryMax !== undefined && !SALARY_CAPS.some((s) => s === state.salaryMax)) {
    salaryOptions.push({ value: String(state.salaryMax), label: t('resumes.candidates.search.salaryUpTo', { amount: amount(state.salaryMax) }) });
  }
  const activeOptions = ACTIVE_CHOICES.map((d) => ({ value: String(d), label: t('resumes.candidates.search.activeOption', { count: d }) }));
  if (state.activeDays !== undefined && !ACTIVE_CHOICES.some((d) => d === state.activeDays)) {
    activeOptions.push({ value: String(state.activeDays), label: t('resumes.candidates.search.activeOption', { count: state.activeDays }) });
  }

  const any = { value: '', label: t('resumes.candidates.search.any') };
  const single = { allowClear: true, placeholder: t('resumes.candidates.search.any'), popupMatchSelectWidth: false };

  return (
    <section className="search-panel" aria-label={t('resumes.candidates.search.label')}>
      <SearchBox
        id="candidate-search-q"
        value={state.q}
        label={t('resumes.candidates.search.keyword')}
        placeholder={t('resumes.candidates.search.keywordPlaceholder')}
        submitLabel={t('resumes.candidates.search.submit')}
        size="middle"
        onSearch={(q) => onChange({ ...state, q, city: city.trim() || undefined })}
      />
      <fieldset className="search-filters search-filters--candidates">
        <legend className="visually-hidden">{t('resumes.candidates.search.filters')}</legend>
        <Field id="candidate-search-city" label={t('resumes.candidates.search.city')}>
          <Input
            id="candidate-search-city"
            value={city}
            maxLength={20}
            allowClear
            placeholder={t('resumes.candidates.search.cityPlaceholder')}
            onChange={(e) => {
              setCity(e.target.value);
              // Clearing with the × applies at once; typing waits for Enter or leaving the box.
              if (e.type === 'click' && state.city) onChange({ ...state, city: undefined });
            }}
            onPressEnter={commitCity}
            onBlur={commitCity}
          />
        </Field>
        <Field id="candidate-search-position" label={t('resumes.candidates.search.position')}>
          <Select
            id="candidate-search-position"
            {...single}
            value={state.position}
            showSearch={{ optionFilterProp: 'label' }}
            loading={taxonomy.isPending}
            options={[
              any,
              ...(taxonomy.data?.positionCategories ?? []).map((c) => ({
                label: label('category', c.code),
                title: label('category', c.code),
                options: c.positions.map((p) => ({ value: p.code, label: label('position', p.code) })),
              })),
            ]}
            onChange={(position?: string) => onChange({ ...state, position: position || undefined })}
          />
        </Field>
        <Field id="candidate-search-years" label={t('resumes.candidates.search.years')}>
          <Select
            id="candidate-search-years"
            {...single}
            value={years}
            options={[any, ...yearOptions]}
            onChange={(value?: string) => {
              const [min = '', max = ''] = (value ?? '').split('-');
              onChange({ ...state, yearsMin: min ? Number(min) : undefined, yearsMax: max ? Number(max) : undefined });
            }}
          />
        </Field>
        <Field id="candidate-search-education" label={t('resumes.candidates.search.education')}>
          <Select
            id="candidate-search-education"
            {...single}
            value={state.education}
            loading={taxonomy.isPending}
            options={[
              any,
              ...(taxonomy.data?.educationLevels ?? []).map((e) => ({
                value: e.code,
                label: t('resumes.candidates.search.educationOption', { level: label('education', e.code) }),
              })),
            ]}
            onChange={(education?: string) => onChange({ ...state, education: education || undefined })}
          />
        </Field>
        <Field id="candidate-search-salary" label={t('resumes.candidates.search.salaryMax')}>
          <Select
            id="candidate-search-salary"
            {...single}
            value={state.salaryMax !== undefined ? String(state.salaryMax) : undefined}
            options={[any, ...salaryOptions]}
            onChange={(value?: string) => onChange({ ...state, salaryMax: value ? Number(value) : undefined })}
          />
        </Field>
        <Field id="candidate-search-active" label={t('resumes.candidates.search.activeDays')}>
          <Select
            id="candidate-search-active"
            {...single}
            value={state.activeDays !== undefined ? String(state.activeDays) : undefined}
            options={[any, ...activeOptions]}
            onChange={(value?: string) => onChange({ ...state, activeDays: value ? Number(value) : undefined })}
          />
        </Field>
      </fieldset>
      {isSearching(state) && (
        <div>
          <Button
            type="link"
            size="small"
            className="search-panel__clear"
            onClick={() => {
              setCity('');
              onChange(EMPTY_CANDIDATE_SEARCH);
            }}
          >
            {t('resumes.candidates.search.clear')}
          </Button>
        </div>
      )}
    </section>
  );
}
