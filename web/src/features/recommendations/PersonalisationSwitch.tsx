import { App, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useConsents, useDecideConsent } from '../privacy/usePrivacy';

export const PERSONALISATION = 'personalised_recommendation';

/**
 * Personalisation on or off in one click, where the seeker meets recommendations: the same consent
 * the privacy centre shows, recorded as asked in the feature.
 */
export function PersonalisationSwitch() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const consents = useConsents();
  const decide = useDecideConsent();
  const item = consents.data?.purposes.find((p) => p.purpose === PERSONALISATION);
  if (!item) return null;
  return (
    <span className="personalisation-switch">
      <Switch
        id="personalisation-switch"
        checked={item.granted}
        loading={decide.isPending}
        onChange={(on) =>
          decide.mutate(
            { purpose: PERSONALISATION, decision: on ? 'granted' : 'withdrawn', screen: 'feature_prompt' },
            {
              onSuccess: () => message.success(t(on ? 'recommendations.jobs.turnedOn' : 'recommendations.jobs.turnedOff')),
              onError: (err) => message.error(errorMessage(err)),
            },
          )
        }
      />
      <label htmlFor="personalisation-switch">{t('recommendations.jobs.switchLabel')}</label>
    </span>
  );
}
