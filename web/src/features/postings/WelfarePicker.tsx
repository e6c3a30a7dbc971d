import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTaxonomy, useTaxonomyLabel } from '../jobs/useTaxonomy';

/** Welfare tags as checkable tags; the value is the list of chosen codes. */
export function WelfarePicker({ value = [], onChange, id }: { value?: string[]; onChange?: (next: string[]) => void; id?: string }) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const label = useTaxonomyLabel();
  const toggle = (code: string, checked: boolean) => onChange?.(checked ? [...value, code] : value.filter((c) => c !== code));
  return (
    <fieldset className="welfare-picker" id={id} aria-label={t('postings.form.tags')}>
      {(taxonomy.data?.welfareTags ?? []).map((tag) => (
        <Tag.CheckableTag
          key={tag.code}
          checked={value.includes(tag.code)}
          onChange={(checked) => toggle(tag.code, checked)}
          aria-pressed={value.includes(tag.code)}
        >
          {label('welfare', tag.code)}
        </Tag.CheckableTag>
      ))}
    </fieldset>
  );
}
