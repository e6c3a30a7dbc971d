import { Card, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../i18n/useFormat';
import { useTaxonomyLabel } from '../jobs/useTaxonomy';
import { Highlight } from '../search/Highlight';
import type { CandidateCardData } from './useResumes';

/** One candidate as the enterprise may see them: name and number masked until disclosure; search keywords marked. */
export function CandidateCard({
  candidate: c,
  words,
  children,
}: {
  candidate: CandidateCardData;
  words?: readonly string[] | undefined;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { relative } = useFormat();
  const label = useTaxonomyLabel();
  const facts = [c.city, c.educationLevel && label('education', c.educationLevel), c.experience && label('experience', c.experience), c.phone].filter(
    (f): f is string => Boolean(f),
  );
  return (
    <Card size="small" className="resume-card">
      <div className="resume-card__head">
        <Link to={`/workspace/candidates/${c.resumeId}`} className="resume-card__title" data-testid="candidate-card-name">
          {c.displayName}
        </Link>
        <Tag color={c.disclosed ? 'green' : 'default'}>{t(c.disclosed ? 'resumes.candidates.disclosedTag' : 'resumes.candidates.maskedTag')}</Tag>
      </div>
      <div className="resume-view__facts">
        <Highlight text={facts.join(' · ')} words={words} />
      </div>
      <div className="resume-view__tags">
        {c.intentions.map((p) => (
          <Tag key={p}>
            <Highlight text={label('position', p)} words={words} />
          </Tag>
        ))}
      </div>
      {children}
      <div className="resume-card__head">
        <span className="muted">{t('resumes.view.updated', { time: relative(c.updatedAt) })}</span>
        <Link to={`/workspace/candidates/${c.resumeId}`}>{t('resumes.candidates.open')}</Link>
      </div>
    </Card>
  );
}
