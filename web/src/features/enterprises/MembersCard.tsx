import { Alert, App, Button, Card, Popconfirm, Select, Skeleton, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { EnterpriseMember, MemberRole, Membership } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { useMembers, useRemoveMember, useSetMemberRole } from './useEnterprise';

const ROLES: MemberRole[] = ['admin', 'recruiter'];

/** Who recruits for the enterprise. Admins set roles and remove members; anyone may leave. The server keeps one admin at least. */
export function MembersCard({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { date } = useFormat();
  const id = membership.enterprise.id;
  const members = useMembers(id);
  const setRole = useSetMemberRole(id);
  const remove = useRemoveMember(id);
  const isAdmin = membership.role === 'admin';

  const name = (m: EnterpriseMember) => m.displayName ?? t('enterprise.members.withheld');
  const onError = (err: unknown) => message.error(errorMessage(err));

  let body: ReactNode;
  if (members.isPending) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (members.isError) body = <Alert type="error" showIcon title={errorMessage(members.error)} />;
  else
    body = (
      <ul className="plain-list" aria-label={t('enterprise.members.listLabel')}>
        {members.data.members.map((m) => (
          <li key={m.userId} className="plain-list__item plain-list__item--row member-row">
            <div className="plain-list__main">
              <span className="member-row__name">
                <strong>{name(m)}</strong>
                {m.you && <Tag>{t('enterprise.members.you')}</Tag>}
                {!(isAdmin && !m.you) && <Tag color={m.role === 'admin' ? 'gold' : 'default'}>{t(`enterprise.roles.${m.role}`)}</Tag>}
              </span>
              <span className="muted plain-list__meta">{t('enterprise.members.joinedAt', { date: date(m.joinedAt) })}</span>
            </div>
            <div className="plain-list__actions">
              {isAdmin && !m.you && (
                <Select<MemberRole>
                  size="small"
                  aria-label={t('enterprise.members.roleOf', { name: name(m) })}
                  value={m.role}
                  className="member-row__role"
                  loading={setRole.isPending && setRole.variables?.userId === m.userId}
                  onChange={(role) =>
                    setRole.mutate({ userId: m.userId, role }, { onSuccess: () => message.success(t('enterprise.members.roleChanged')), onError })
                  }
                  options={ROLES.map((role) => ({ value: role, label: t(`enterprise.roles.${role}`) }))}
                />
              )}
              {(isAdmin || m.you) && (
                <Popconfirm
                  title={m.you ? t('enterprise.members.leaveConfirm') : t('enterprise.members.removeConfirm', { name: name(m) })}
                  okText={m.you ? t('enterprise.members.leave') : t('enterprise.members.remove')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('enterprise.common.cancel')}
                  onConfirm={() =>
                    remove.mutateAsync(m.userId).then(() => message.success(t(m.you ? 'enterprise.members.left' : 'enterprise.members.removed')), onError)
                  }
                >
                  <Button
                    size="small"
                    danger
                    loading={remove.isPending && remove.variables === m.userId}
                    aria-label={m.you ? t('enterprise.members.leave') : t('enterprise.members.removeLabel', { name: name(m) })}
                  >
                    {m.you ? t('enterprise.members.leave') : t('enterprise.members.remove')}
                  </Button>
                </Popconfirm>
              )}
            </div>
          </li>
        ))}
      </ul>
    );

  return (
    <Card size="small" title={t('enterprise.members.title')}>
      <p className="muted card-intro">{t('enterprise.members.intro')}</p>
      {body}
    </Card>
  );
}
