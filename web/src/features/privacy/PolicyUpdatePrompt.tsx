import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { PolicyLink } from './PolicyLink';
import { useConsents, useDecideConsent } from './usePrivacy';

/**
 * Shown on every page to a signed-in person whose agreement predates a material change of the
 * privacy policy. It blocks nothing: "later" hides it until the next page.
 */
export function PolicyUpdatePrompt() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const location = useLocation();
  const consents = useConsents();
  const decide = useDecideConsent();
  const [dismissedOn, setDismissedOn] = useState<string | null>(null);

  if (!consents.data?.needsReconsent || dismissedOn === location.key) return null;

  const agree = () =>
    decide.mutate(
      { purpose: 'terms', decision: 'granted', screen: 'policy_update' },
      {
        onSuccess: () => message.success(t('privacy.reconsent.agreed')),
        onError: (err) => message.error(errorMessage(err)),
      },
    );

  return (
    <section className="policy-prompt" aria-label={t('privacy.reconsent.title')}>
      <Alert
        type="info"
        showIcon
        title={t('privacy.reconsent.title')}
        description={
          <>
            <p className="policy-prompt__body">
              <Trans
                i18nKey="privacy.reconsent.body"
                components={{ policy: <PolicyLink document="policy" />, collected: <PolicyLink document="collected" /> }}
              />
            </p>
            <div className="policy-prompt__actions">
              <Button type="primary" size="small" onClick={agree} loading={decide.isPending}>
                {t('privacy.reconsent.agree')}
              </Button>
              <Button size="small" onClick={() => setDismissedOn(location.key)}>
                {t('privacy.reconsent.later')}
              </Button>
            </div>
          </>
        }
      />
    </section>
  );
}
