import { Alert, Drawer, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { QueuedDataRequest } from '../../api/types';
import { RequestDetail } from './RequestDetail';
import { useOpenedRequest } from './useRequestQueue';

/**
 * One request, opened from the queue. Opening it reads what the person wrote, which the server
 * records in the audit log (and the person sees in their privacy centre): the note says so up front.
 */
export function RequestDrawer({
  request,
  open,
  onClose,
  onClosed,
}: {
  request: QueuedDataRequest | null;
  open: boolean;
  onClose: () => void;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const detail = useOpenedRequest(open && request ? request.id : null);

  let body: ReactNode = null;
  if (request && detail.data) body = <RequestDetail summary={request} request={detail.data} />;
  else if (detail.isError) body = <Alert type="error" showIcon title={t('admin.request.loadError')} description={errorMessage(detail.error)} />;
  else if (request) body = <Skeleton active paragraph={{ rows: 6 }} />;

  return (
    <Drawer
      title={request ? t('admin.request.title', { kind: t(`privacy.requests.kinds.${request.kind}`) }) : null}
      open={open}
      onClose={onClose}
      afterOpenChange={(visible) => {
        if (!visible) onClosed();
      }}
      size="min(520px, 100vw)"
      destroyOnHidden
    >
      <Alert type="info" showIcon className="request-detail__audit" title={t('admin.request.auditNote')} />
      {body}
    </Drawer>
  );
}
