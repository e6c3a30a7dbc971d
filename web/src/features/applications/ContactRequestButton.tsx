import { Alert, App, Button, Form, Input, Modal, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useSession } from '../auth/useSession';
import { type ContactEligibility, useContactEligibility, useMyOpenJobs, useSendContactRequest } from './useApplications';

export interface ContactRequestButtonProps {
  resumeId: number;
}

const REASONS = {
  not_accepted: 'notAccepted',
  unverified: 'unverified',
  shared: 'shared',
  pending: 'pending',
  not_found: 'notFound',
} as const satisfies Record<Exclude<ContactEligibility['status'], 'ok'>, string>;

/** A recruiter asks the seeker behind a resume for contact (shown on the resume view); says why when it cannot. */
export function ContactRequestButton({ resumeId }: ContactRequestButtonProps) {
  const { t } = useTranslation();
  const session = useSession();
  const isRecruiter = session.data?.profile.role === 'recruiter';
  const eligibility = useContactEligibility(resumeId, isRecruiter);
  const [open, setOpen] = useState(false);
  if (!isRecruiter || !eligibility.data) return null;
  const { status, remainingToday } = eligibility.data;
  if (status !== 'ok' || remainingToday === 0) {
    const reason = status === 'ok' ? 'limit' : REASONS[status];
    return <Alert type={status === 'shared' ? 'success' : 'info'} showIcon title={t(`applications.contactButton.${reason}`)} />;
  }
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('applications.contactButton.button')}
      </Button>
      {open && <ContactDialog resumeId={resumeId} remaining={remainingToday} onClose={() => setOpen(false)} />}
    </>
  );
}

function ContactDialog({ resumeId, remaining, onClose }: { resumeId: number; remaining: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ jobId: number; message: string }>();
  const jobs = useMyOpenJobs(true);
  const send = useSendContactRequest();
  const options = (jobs.data ?? []).map((j) => ({ value: j.id, label: `${j.title} · ${j.city}` }));

  return (
    <Modal
      open
      title={t('applications.contactButton.title')}
      okText={t('applications.contactButton.send')}
      okButtonProps={{ loading: send.isPending, disabled: options.length === 0 }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p className="muted">{t('applications.contactButton.intro', { count: remaining })}</p>
      {jobs.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : options.length === 0 ? (
        <Alert type="warning" showIcon title={t('applications.contactButton.noJobs')} />
      ) : (
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ jobId: options[0]?.value }}
          onFinish={(v) =>
            send.mutate(
              { resumeId, jobId: v.jobId, message: v.message.trim() },
              {
                onSuccess: () => {
                  message.success(t('applications.contactButton.sent'));
                  onClose();
                },
              },
            )
          }
        >
          <Form.Item name="jobId" label={t('applications.contactButton.job')} rules={[{ required: true, message: t('applications.contactButton.job') }]}>
            <Select options={options} />
          </Form.Item>
          <Form.Item
            name="message"
            label={t('applications.contactButton.message')}
            rules={[{ required: true, whitespace: true, message: t('applications.contactButton.message') }]}
          >
            <Input.TextArea maxLength={300} rows={4} showCount placeholder={t('applications.contactButton.messagePlaceholder')} />
          </Form.Item>
        </Form>
      )}
      {send.isError && <Alert type="error" showIcon title={errorMessage(send.error)} />}
    </Modal>
  );
}
