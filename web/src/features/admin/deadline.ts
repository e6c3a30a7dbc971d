import type { QueuedDataRequest } from '../../api/types';

export type DeadlineState = 'overdue' | 'dueSoon' | 'onTrack';

/** Requests due within this many working days are flagged before they become overdue. */
export const DUE_SOON_WORKING_DAYS = 3;

/** Today in mainland China (YYYY-MM-DD): the calendar the deadlines are kept in, wherever the operator is. */
export function chinaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Overdue once the due date has passed. The server counts working days only, so a deadline that
 * fell on Friday still reads "0 left" over the weekend: the date decides, not the count alone.
 */
export function deadlineState(request: Pick<QueuedDataRequest, 'dueOn' | 'workingDaysLeft'>, today: string = chinaToday()): DeadlineState {
  if (request.workingDaysLeft < 0 || request.dueOn < today) return 'overdue';
  if (request.workingDaysLeft <= DUE_SOON_WORKING_DAYS) return 'dueSoon';
  return 'onTrack';
}
