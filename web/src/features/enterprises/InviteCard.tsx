import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Skeleton, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import type { MemberRole } from '../../api/types';
import { useFormat } from '../../i18n/useFormat';
import { usePhoneRules } from '../auth/usePhoneRules';
import { showOnField } from './fieldErrors';
import { useInvitations, useInvite, useRevokeInvitation } from './useEnterprise';

interface InviteValues {
  phone: string;
  role: MemberRole;
}

/** Admins invite recruiters by phone; the server keeps only a masked form of the number, which is what the list shows. */
export function InviteCard({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { date } = useFormat();
  const [form] = Form.useForm<InviteValues>();
  const [error, setError] = useState<string | null>(null);
  const phoneRules = usePhoneRules();
  const invitations = useInvitations(enterpriseId, true);
  const invite = useInvite(enterpriseId);
  const revoke = useRevokeInvitation(enterpriseId);

  let list: ReactNode;
  if (invitations.isPending) list = <Skeleton active paragraph={{ rows: 1 }} title={false} />;
  else if (invitations.isError) list = <Alert type="error" showIcon title={errorMessage(invitations.error)} />;
  else if (invitations.data.invitations.length === 0) list = <p className="empty-note">{t('enterprise.invite.empty')}</p>;
  else
    list = (
      <ul className="plain-list" aria-label={t('enterprise.invite.listLabel')}>
        {invitations.data.invitations.map((inv) => (
          <li key={inv.id} className="plain-list__item plain-list__item--row">
            <div className="plain-list__main">
              <span className="member-row__name">
                <strong className="phone-masked">{inv.phoneMasked}</strong>
                <Tag>{t(`enterprise.roles.${inv.role}`)}</Tag>
                <Tag color="processing">{t('enterprise.invite.waiting')}</Tag>
              </span>
              <span className="muted plain-list__meta">{t('enterprise.invite.expires', { date: date(inv.expiresAt) })}</span>
            </div>
            <Popconfirm
              title={t('enterprise.invite.revokeConfirm')}
              okText={t('enterprise.invite.revoke')}
              cancelText={t('enterprise.common.cancel')}
              onConfirm={() =>
                revoke.mutateAsync(inv.id).then(
                  () => message.success(t('enterprise.invite.revoked')),
                  (err: unknown) => message.error(errorMessage(err)),
                )
              }
            >
              <Button size="small" aria-label={t('enterprise.invite.revokeLabel', { phone: inv.phoneMasked })}>
                {t('enterprise.invite.revoke')}
              </Button>
            </Popconfirm>
          </li>
        ))}
      </ul>
    );

  return (
    <Card size="small" title={t('enterprise.invite.title')}>
      <p className="muted card-intro">{t('enterprise.invite.intro')}</p>
      <Form<InviteValues>
        form={form}
        name="invite"
        aria-label={t('enterprise.invite.title')}
        layout="vertical"
        initialValues={{ role: 'recruiter' }}
        onFinish={(values) => {
          setError(null);
          invite.mutate(
            { phone: values.phone.trim(), role: values.role },
            {
              onSuccess: () => {
                message.success(t('enterprise.invite.sent'));
                form.resetFields();
              },
              onError: (err) => setError(showOnField(form, err, ['phone'])),
            },
          );
        }}
      >
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <div className="invite-row">
          <Form.Item label={t('enterprise.invite.phone')} name="phone" rules={phoneRules} className="invite-row__phone">
            <Input inputMode="numeric" maxLength={13} placeholder={t('login.phonePlaceholder')} autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('enterprise.invite.role')} name="role" className="invite-row__role">
            <Select<MemberRole> options={(['recruiter', 'admin'] as const).map((role) => ({ value: role, label: t(`enterprise.roles.${role}`) }))} />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={invite.isPending}>
          {t('enterprise.invite.submit')}
        </Button>
      </Form>
      <h4 className="section-heading invite-list-heading">{t('enterprise.invite.listLabel')}</h4>
      {list}
    </Card>
  );
}
