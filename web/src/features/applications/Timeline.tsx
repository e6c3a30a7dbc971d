import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { ApplicationEvent } from './useApplications';

/** Each change of an application with its time, oldest first. */
export function Timeline({ events, seekerView }: { events: ApplicationEvent[]; seekerView: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  return (
    <ol className="apps-timeline">
      {events.map((e) => (
        <li key={`${e.at}-${e.status}`}>
          {seekerView || e.by === 'recruiter'
            ? t('applications.mine.event', { by: t(`applications.by.${e.by}`), status: t(`applications.status.${e.status}`) })
            : t(`applications.status.${e.status}`)}
          <time dateTime={e.at}>{dateTime(e.at)}</time>
        </li>
      ))}
    </ol>
  );
}
