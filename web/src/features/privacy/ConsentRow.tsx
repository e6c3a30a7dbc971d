import { App, Switch, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { ConsentItem } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { useDecideConsent } from './usePrivacy';

/** "营销信息：短信" under the heading "营销信息" reads as "短信"; the switch keeps the full name. */
function shortLabel(label: string, groupTitle: string | undefined): string {
  if (!groupTitle) return label;
  const match = [`${groupTitle}：`, `${groupTitle}: `].find((prefix) => label.startsWith(prefix) && label.length > prefix.length);
  return match ? label.slice(match.length) : label;
}

/** One optional consent: a switch that grants or withdraws it in a single click, either way. */
export function ConsentRow({ item, groupTitle }: { item: ConsentItem; groupTitle?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { dateTime } = useFormat();
  const decide = useDecideConsent();

  const toggle = (on: boolean) =>
    decide.mutate(
      { purpose: item.purpose, decision: on ? 'granted' : 'withdrawn', screen: 'privacy_centre' },
      {
        onSuccess: () => message.success(t(on ? 'privacy.consents.grantedToast' : 'privacy.consents.withdrawnToast', { label: item.label })),
        onError: (err) => message.error(errorMessage(err)),
      },
    );

  let state = t('privacy.consents.neverGranted');
  if (item.since) state = t(item.granted ? 'privacy.consents.grantedSince' : 'privacy.consents.withdrawnSince', { time: dateTime(item.since) });

  return (
    <li className="consent-row">
      <div className="consent-row__text">
        <div className="consent-row__label">
          <strong>{shortLabel(item.label, groupTitle)}</strong>
          {item.sensitive && <Tag color="warning">{t('privacy.consents.sensitive')}</Tag>}
        </div>
        <p className="consent-row__description">{item.description}</p>
        {item.ifRefused && <p className="consent-row__description">{t('privacy.consents.ifRefused', { text: item.ifRefused })}</p>}
        <p className="consent-row__since muted">{state}</p>
      </div>
      <Switch aria-label={item.label} checked={item.granted} loading={decide.isPending} onChange={toggle} />
    </li>
  );
}
