import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTaxonomyLabel } from '../jobs/useTaxonomy';
import type { Candidate } from './useApplications';

/** A candidate as the enterprise may see them: real name and number only after the seeker disclosed. */
export function CandidateSummary({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const label = useTaxonomyLabel();
  if (!candidate.visible) return <span className="muted">{t('applications.candidate.hidden')}</span>;
  const facts = [
    candidate.city,
    candidate.educationLevel ? label('education', candidate.educationLevel) : null,
    candidate.experience ? label('experience', candidate.experience) : null,
  ].filter(Boolean);
  return (
    <div className="candidate">
      <span className="candidate__name">
        {candidate.name}{' '}
        <Tag color={candidate.disclosed ? 'green' : 'default'}>
          {t(candidate.disclosed ? 'applications.candidate.disclosed' : 'applications.candidate.masked')}
        </Tag>
      </span>
      <span className="candidate__line">
        <span>
          {t('applications.candidate.phone')}: <span className={candidate.disclosed ? undefined : 'phone-masked'}>{candidate.phone ?? '—'}</span>
        </span>
        {facts.length > 0 && <span>{facts.join(' · ')}</span>}
      </span>
      {candidate.intentions.length > 0 && <span className="candidate__line">{candidate.intentions.map((p) => label('position', p)).join('、')}</span>}
    </div>
  );
}
