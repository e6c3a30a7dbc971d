import { Alert, App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { DataRequestUpdate, OperatorDataRequest } from '../../api/types';
import { ReasonForm } from './ReasonForm';
import { useUpdateRequest } from './useRequestQueue';

/**
 * Moves an open request on: in progress, completed, or refused. A refusal needs a reason, which
 * the person reads in their privacy centre, so it is written in a form of its own first.
 */
export function RequestActions({ request }: { request: OperatorDataRequest }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [refusing, setRefusing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateRequest();

  const send = (body: DataRequestUpdate) => {
    setError(null);
    return update.mutateAsync({ id: request.id, body }).then(
      () => {
        message.success(t(`admin.request.updated.${body.status}`));
        setRefusing(false);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  };

  const pending = (status: DataRequestUpdate['status']) => update.isPending && update.variables?.body.status === status;

  return (
    <div className="request-actions">
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      {refusing ? (
        <ReasonForm
          name="refusal"
          title={t('admin.request.refuseTitle')}
          label={t('admin.request.refusalLabel')}
          hint={t('admin.request.refusalHint')}
          requiredMessage={t('admin.request.refusalRequired')}
          submitLabel={t('admin.request.refuseSubmit')}
          maxLength={1000}
          submitting={pending('refused')}
          onSubmit={(reason) => send({ status: 'refused', refusalReason: reason })}
          onCancel={() => {
            setRefusing(false);
            setError(null);
          }}
        />
      ) : (
        <div className="request-actions__buttons">
          {request.status === 'received' && (
            <Button onClick={() => void send({ status: 'in_progress' })} loading={pending('in_progress')}>
              {t('admin.request.markInProgress')}
            </Button>
          )}
          <Popconfirm
            title={t('admin.request.completeConfirm')}
            okText={t('admin.request.completeOk')}
            cancelText={t('admin.request.cancel')}
            onConfirm={() => send({ status: 'completed' })}
          >
            <Button type="primary" loading={pending('completed')}>
              {t('admin.request.complete')}
            </Button>
          </Popconfirm>
          <Button
            danger
            onClick={() => {
              setRefusing(true);
              setError(null);
            }}
          >
            {t('admin.request.refuse')}
          </Button>
        </div>
      )}
    </div>
  );
}
