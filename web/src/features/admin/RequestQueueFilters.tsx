import { Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QueuedDataRequest } from '../../api/types';

export type KindFilter = QueuedDataRequest['kind'] | 'all';
export type StatusFilter = 'received' | 'in_progress' | 'all';

export interface QueueFilters {
  kind: KindFilter;
  status: StatusFilter;
}

const KINDS: QueuedDataRequest['kind'][] = ['complaint', 'deletion', 'correction', 'restriction', 'export', 'cancellation'];
// The queue holds open requests only, so these are the statuses there is anything to filter by.
const STATUSES: StatusFilter[] = ['all', 'received', 'in_progress'];

/** Narrows the queue by kind and status; the server sends the whole queue, so this happens here. */
export function RequestQueueFilters({
  value,
  onChange,
  counts,
}: {
  value: QueueFilters;
  onChange: (next: QueueFilters) => void;
  counts: Partial<Record<QueuedDataRequest['kind'], number>>;
}) {
  const { t } = useTranslation();
  return (
    <div className="queue-filters">
      <Select<KindFilter>
        aria-label={t('admin.queue.kindFilter')}
        className="queue-filters__kind"
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
        options={[
          { value: 'all', label: t('admin.queue.allKinds') },
          ...KINDS.map((kind) => ({
            value: kind,
            label: t('admin.queue.kindOption', { kind: t(`privacy.requests.kinds.${kind}`), count: counts[kind] ?? 0 }),
          })),
        ]}
      />
      <Segmented<StatusFilter>
        aria-label={t('admin.queue.statusFilter')}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={STATUSES.map((status) => ({
          value: status,
          label: status === 'all' ? t('admin.queue.allStatuses') : t(`privacy.requests.statuses.${status}`),
        }))}
      />
    </div>
  );
}
