import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useAnswerInterview } from './useApplications';

interface Values {
  proposedAt?: Dayjs;
  note?: string;
}

/** Declining (with an optional note) or proposing another time for an interview invitation. */
export function AnswerModal({
  interviewId,
  kind,
  onDone,
  onClose,
}: {
  interviewId: number;
  kind: 'decline' | 'propose';
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const answer = useAnswerInterview();
  const propose = kind === 'propose';

  const submit = (values: Values) => {
    answer.mutate(
      {
        id: interviewId,
        answer: kind,
        ...(propose && values.proposedAt ? { proposedAt: values.proposedAt.toISOString() } : {}),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <Modal
      open
      title={t(propose ? 'applications.myInterviews.proposeTitle' : 'applications.myInterviews.declineTitle')}
      okText={t('applications.myInterviews.send')}
      okButtonProps={{ loading: answer.isPending, danger: !propose }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {propose && (
          <Form.Item
            name="proposedAt"
            label={t('applications.myInterviews.proposeTime')}
            rules={[{ required: true, message: t('applications.myInterviews.proposeTime') }]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 15 }}
              format="YYYY-MM-DD HH:mm"
              className="full-width"
              disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t(propose ? 'applications.myInterviews.proposeNote' : 'applications.myInterviews.declineNote')}>
          <Input.TextArea maxLength={500} rows={3} showCount />
        </Form.Item>
      </Form>
      {answer.isError && <Alert type="error" showIcon title={errorMessage(answer.error)} />}
    </Modal>
  );
}
