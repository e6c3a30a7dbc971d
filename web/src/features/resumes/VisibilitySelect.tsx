import { App, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useSetVisibility, type Visibility } from './useResumes';

const choices: Visibility[] = ['public', 'applied', 'private'];

/** Who may see one resume, changed at once, with what the current choice means. */
export function VisibilitySelect({ resumeId, value }: { resumeId: number; value: Visibility }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = useId();
  const change = useSetVisibility();
  return (
    <div className="resume-visibility">
      <label htmlFor={id} className="resume-visibility__label">
        {t('resumes.visibility.label')}
      </label>
      <Select<Visibility>
        id={id}
        value={value}
        loading={change.isPending}
        className="resume-visibility__select"
        options={choices.map((v) => ({ value: v, label: t(`resumes.visibility.${v}`) }))}
        onChange={(visibility) =>
          change.mutate(
            { id: resumeId, visibility },
            { onSuccess: () => message.success(t('resumes.visibility.changed')), onError: (e) => message.error(errorMessage(e)) },
          )
        }
      />
      <span className="muted resume-visibility__hint">{t(`resumes.visibility.${value}Hint`)}</span>
    </div>
  );
}
