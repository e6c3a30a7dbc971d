import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCities } from './useJobs';

const ALL = '';

export function CityFilter({ value, onChange }: { value: string | undefined; onChange: (city: string | undefined) => void }) {
  const { t } = useTranslation();
  const cities = useCities();
  const options = [
    { value: ALL, label: t('jobs.allCities') },
    ...(cities.data?.cities ?? []).map((c) => ({ value: c.city, label: t('jobs.cityOption', { city: c.city, count: c.jobs }) })),
  ];
  return (
    <div className="city-filter">
      <label htmlFor="city-filter" className="city-filter__label">
        {t('jobs.city')}
      </label>
      <Select
        id="city-filter"
        className="city-filter__select"
        value={value ?? ALL}
        options={options}
        loading={cities.isPending}
        onChange={(next) => onChange(next === ALL ? undefined : next)}
        popupMatchSelectWidth={false}
      />
    </div>
  );
}
