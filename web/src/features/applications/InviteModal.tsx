import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { type InviteInput, useInvite } from './useApplications';

interface Values {
  scheduledAt: Dayjs;
  mode: InviteInput['mode'];
  location: string;
  contactPerson: string;
  note?: string;
}

/** The recruiter invites an applicant: time, on site or online (address or link), contact person, note. */
export function InviteModal({ applicationId, onDone, onClose }: { applicationId: number; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'onsite';
  const invite = useInvite();

  const submit = (v: Values) =>
    invite.mutate(
      {
        applicationId,
        scheduledAt: v.scheduledAt.toISOString(),
        mode: v.mode,
        location: v.location.trim(),
        contactPerson: v.contactPerson.trim(),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      },
      { onSuccess: onDone },
    );

  return (
    <Modal
      open
      title={t('applications.invite.title')}
      okText={t('applications.invite.send')}
      okButtonProps={{ loading: invite.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ mode: 'onsite' }} requiredMark={false}>
        <Form.Item name="scheduledAt" label={t('applications.invite.time')} rules={[{ required: true, message: t('applications.invite.time') }]}>
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 15 }}
            format="YYYY-MM-DD HH:mm"
            className="full-width"
            disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
          />
        </Form.Item>
        <Form.Item name="mode" label={t('applications.invite.mode')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'onsite', label: t('applications.interview.mode.onsite') },
              { value: 'online', label: t('applications.interview.mode.online') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="location"
          label={t(mode === 'online' ? 'applications.invite.link' : 'applications.invite.location')}
          rules={[{ required: true, whitespace: true, message: t(mode === 'online' ? 'applications.invite.linkHint' : 'applications.invite.location') }]}
        >
          <Input maxLength={300} placeholder={mode === 'online' ? 'https://' : undefined} />
        </Form.Item>
        <Form.Item
          name="contactPerson"
          label={t('applications.invite.contactPerson')}
          rules={[{ required: true, whitespace: true, message: t('applications.invite.contactPerson') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="note" label={t('applications.invite.note')}>
          <Input.TextArea maxLength={1000} rows={3} placeholder={t('applications.invite.notePlaceholder')} />
        </Form.Item>
      </Form>
      {invite.isError && <Alert type="error" showIcon title={errorMessage(invite.error)} />}
    </Modal>
  );
}
