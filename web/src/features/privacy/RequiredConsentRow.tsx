import { Tag } from 'antd';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ConsentItem } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';

/**
 * A consent the account itself rests on (the user agreement and privacy policy): shown as agreed,
 * without a switch, because withdrawing it means cancelling the account.
 */
export function RequiredConsentRow({ item, cancellationAnchor }: { item: ConsentItem; cancellationAnchor: string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  return (
    <li className="consent-row">
      <div className="consent-row__text">
        <div className="consent-row__label">
          <strong>{item.label}</strong>
          {item.granted && <Tag color="success">{t('privacy.consents.agreed')}</Tag>}
        </div>
        <p className="consent-row__description">{item.description}</p>
        <p className="consent-row__description">
          <Trans i18nKey="privacy.consents.requiredNote" components={{ cancel: <Link to={{ hash: cancellationAnchor }} /> }} />
        </p>
        {item.since && item.granted && <p className="consent-row__since muted">{t('privacy.consents.agreedSince', { time: dateTime(item.since) })}</p>}
      </div>
    </li>
  );
}
