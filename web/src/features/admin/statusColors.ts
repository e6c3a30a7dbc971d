import type { QueuedDataRequest } from '../../api/types';

/** Tag colours for a request's status: new ones blue, being handled animated, closed ones by outcome. */
export const STATUS_COLORS: Record<QueuedDataRequest['status'], string> = {
  received: 'blue',
  in_progress: 'processing',
  completed: 'success',
  refused: 'error',
  withdrawn: 'default',
};
