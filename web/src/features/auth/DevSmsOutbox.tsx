import { Button, Tag } from 'antd';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useFormat } from '../../i18n/useFormat';
import { maskPhone } from './phone';
import { useSmsOutbox } from './useSmsOutbox';

/**
 * Only shown when the server runs with the development SMS outbox: texts are stored instead of
 * sent, and this panel shows the latest one for the number a code was just sent to.
 */
export function DevSmsOutbox({ phone, round }: { phone: string | null; round: number }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const titleId = useId();
  const outbox = useSmsOutbox(phone, round);
  const latest = outbox.data?.messages[0];

  let body: ReactNode;
  if (!phone) body = <p className="muted">{t('devOutbox.waiting')}</p>;
  else if (outbox.isError) body = <p className="error-text">{errorMessage(outbox.error)}</p>;
  else if (latest)
    body = (
      <figure className="dev-outbox__message">
        <figcaption className="muted">{t('devOutbox.latest', { phone: maskPhone(phone), time: dateTime(latest.createdAt) })}</figcaption>
        <blockquote>{latest.body}</blockquote>
      </figure>
    );
  else body = <p className="muted">{t('devOutbox.empty', { phone: maskPhone(phone) })}</p>;

  return (
    <section className="dev-outbox" aria-labelledby={titleId}>
      <div className="dev-outbox__head">
        <h2 id={titleId} className="dev-outbox__title">
          <Tag color="warning">DEV</Tag>
          {t('devOutbox.title')}
        </h2>
        {phone && (
          <Button size="small" onClick={() => void outbox.refetch()} loading={outbox.isFetching}>
            {t('devOutbox.refresh')}
          </Button>
        )}
      </div>
      <p className="dev-outbox__intro">{t('devOutbox.intro')}</p>
      <div aria-live="polite">{body}</div>
    </section>
  );
}
