import { App, Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { MyInvitation } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { EnterpriseName } from '../jobs/EnterpriseName';
import { useAnswerInvitation } from './useEnterprise';

/** Invitations sent to the number I signed in with. */
export function MyInvitations({ invitations }: { invitations: MyInvitation[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { date } = useFormat();
  const answer = useAnswerInvitation();
  if (invitations.length === 0) return null;
  const busy = (id: string, a: 'accept' | 'decline') => answer.isPending && answer.variables?.id === id && answer.variables.answer === a;
  const send = (id: string, a: 'accept' | 'decline') =>
    answer.mutate(
      { id, answer: a },
      {
        onSuccess: () => message.success(t(a === 'accept' ? 'enterprise.invitations.accepted' : 'enterprise.invitations.declined')),
        onError: (err) => message.error(errorMessage(err)),
      },
    );
  return (
    <Card title={t('enterprise.invitations.title')} size="small" className="invitations-card">
      <ul className="plain-list" aria-label={t('enterprise.invitations.title')}>
        {invitations.map((inv) => (
          <li key={inv.id} className="plain-list__item plain-list__item--row">
            <div className="plain-list__main">
              <EnterpriseName name={inv.enterprise.name} verified={inv.enterprise.verified} />
              <span className="muted plain-list__meta">
                {t('enterprise.invitations.asRole', { role: t(`enterprise.roles.${inv.role}`) })} ·{' '}
                {t('enterprise.invitations.expires', { date: date(inv.expiresAt) })}
              </span>
            </div>
            <div className="plain-list__actions">
              <Button type="primary" size="small" loading={busy(inv.id, 'accept')} onClick={() => send(inv.id, 'accept')}>
                {t('enterprise.invitations.accept')}
              </Button>
              <Button size="small" loading={busy(inv.id, 'decline')} onClick={() => send(inv.id, 'decline')}>
                {t('enterprise.invitations.decline')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
