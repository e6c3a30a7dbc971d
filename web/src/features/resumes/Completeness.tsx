import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Resume } from './useResumes';

/** The completeness score, and (when `hints`) what to add, most valuable first. */
export function Completeness({ value, hints = false }: { value: Resume['completeness']; hints?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="resume-completeness">
      <div className="resume-completeness__head">
        <span>{t('resumes.completeness.title')}</span>
        <Progress
          percent={value.score}
          size="small"
          status={value.score === 100 ? 'success' : 'normal'}
          aria-label={t('resumes.completeness.title')}
          format={(p) => t('resumes.completeness.score', { score: p })}
        />
      </div>
      {hints &&
        (value.missing.length ? (
          <>
            <p className="muted resume-completeness__intro">{t('resumes.completeness.hintsTitle')}</p>
            <ul className="resume-completeness__hints">
              {value.missing.map((s) => (
                <li key={s}>{t(`resumes.completeness.${s}`)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t('resumes.completeness.done')}</p>
        ))}
    </div>
  );
}
