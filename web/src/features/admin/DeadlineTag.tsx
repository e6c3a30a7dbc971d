import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QueuedDataRequest } from '../../api/types';
import { type DeadlineState, deadlineState } from './deadline';

const COLORS: Record<DeadlineState, string> = { overdue: 'error', dueSoon: 'warning', onTrack: 'default' };

/** How the deadline stands, in working days: red once overdue, orange when due within three. */
export function DeadlineTag({ request }: { request: Pick<QueuedDataRequest, 'dueOn' | 'workingDaysLeft'> }) {
  const { t } = useTranslation();
  const state = deadlineState(request);
  const left = request.workingDaysLeft;
  let label: string;
  if (state === 'overdue') label = left < 0 ? t('admin.deadline.overdue', { count: -left }) : t('admin.deadline.pastDue');
  else if (left === 0) label = t('admin.deadline.today');
  else label = t('admin.deadline.left', { count: left });
  return (
    <Tag color={COLORS[state]} className="deadline-tag">
      {label}
    </Tag>
  );
}
