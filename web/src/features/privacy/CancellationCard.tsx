import { Alert, App, Button, Card, Skeleton } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useFormat } from '../../i18n/useFormat';
import { useCancellation, useStartCancellation, useUndoCancellation } from './useRights';

/**
 * Account cancellation: starting it asks once more (it ends in erasure), undoing it during the
 * cooling-off period takes one click.
 */
export function CancellationCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { date, dateTime } = useFormat();
  const cancellation = useCancellation();
  const start = useStartCancellation();
  const undo = useUndoCancellation();

  const confirmStart = (days: number) =>
    modal.confirm({
      title: t('privacy.cancellation.confirmTitle'),
      content: t('privacy.cancellation.confirmBody', { days, date: date(dayjs().add(days, 'day').toISOString()) }),
      okText: t('privacy.cancellation.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('privacy.cancellation.confirmCancel'),
      onOk: () =>
        start.mutateAsync(undefined).then(
          () => {
            message.success(t('privacy.cancellation.started'));
          },
          (err: unknown) => {
            message.error(errorMessage(err));
          },
        ),
    });

  const onUndo = () =>
    undo.mutate(undefined, {
      onSuccess: () => message.success(t('privacy.cancellation.undone')),
      onError: (err) => message.error(errorMessage(err)),
    });

  let body: ReactNode;
  if (cancellation.isPending) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (cancellation.isError)
    body = <Alert type="error" showIcon title={t('privacy.cancellation.loadError')} description={errorMessage(cancellation.error)} />;
  else {
    const state = cancellation.data;
    body =
      state.status === 'pending' && state.erasesAt ? (
        <>
          <Alert
            type="warning"
            showIcon
            className="cancellation-pending"
            title={t('privacy.cancellation.pendingTitle', { date: date(state.erasesOn ?? state.erasesAt) })}
            description={t('privacy.cancellation.pendingBody', { time: dateTime(state.requestedAt ?? state.erasesAt) })}
          />
          <Button type="primary" onClick={onUndo} loading={undo.isPending}>
            {t('privacy.cancellation.undo')}
          </Button>
        </>
      ) : (
        <>
          <p className="card-intro">{t('privacy.cancellation.intro', { days: state.coolingOffDays })}</p>
          <p className="muted card-intro">{t('privacy.cancellation.consequences')}</p>
          <Button danger onClick={() => confirmStart(state.coolingOffDays)} loading={start.isPending}>
            {t('privacy.cancellation.start')}
          </Button>
        </>
      );
  }

  return (
    <Card id={id} title={t('privacy.cancellation.title')} size="small" className="anchor-target">
      {body}
    </Card>
  );
}
