import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { Interview } from './useApplications';

const COLORS = { invited: 'gold', accepted: 'green', declined: 'default', proposed: 'orange', cancelled: 'default' } as const;

export function InterviewStatusTag({ status }: { status: Interview['status'] }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`applications.interview.status.${status}`)}</Tag>;
}

/** When, where (or the meeting link), whom to ask for, and what either side wrote. */
export function InterviewFacts({ interview }: { interview: Interview }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const online = interview.mode === 'online';
  return (
    <dl className="apps-interview">
      <dt>{t('applications.interview.at')}</dt>
      <dd>
        <time dateTime={interview.scheduledAt}>{dateTime(interview.scheduledAt)}</time> · {t(`applications.interview.mode.${interview.mode}`)}
      </dd>
      <dt>{t(online ? 'applications.interview.link' : 'applications.interview.where')}</dt>
      <dd>
        {online ? (
          <a href={interview.location} target="_blank" rel="noopener noreferrer nofollow">
            {interview.location}
          </a>
        ) : (
          interview.location
        )}
      </dd>
      <dt>{t('applications.interview.contact')}</dt>
      <dd>{interview.contactPerson}</dd>
      {interview.note && (
        <>
          <dt>{t('applications.interview.note')}</dt>
          <dd>{interview.note}</dd>
        </>
      )}
      {interview.proposedAt && (
        <>
          <dt />
          <dd>{t('applications.interview.proposedAt', { time: dateTime(interview.proposedAt) })}</dd>
        </>
      )}
      {interview.responseNote && (
        <>
          <dt />
          <dd>{t('applications.interview.responseNote', { note: interview.responseNote })}</dd>
        </>
      )}
    </dl>
  );
}
