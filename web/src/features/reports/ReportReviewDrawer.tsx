import { Alert, App, Button, Descriptions, Drawer, Form, Input, Radio, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useFormat } from '../../i18n/useFormat';
import { ReportStatusTag } from './ReportStatusTag';
import { ReportTargetLink } from './ReportTargetLink';
import { useDecideReport, useReportReview } from './useReports';

interface Values {
  decision: 'uphold' | 'dismiss';
  outcome: string;
}

/** One report, opened from the queue: reading it is audited; an open one can be decided here. */
export function ReportReviewDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const review = useReportReview(id);
  const decide = useDecideReport();
  const [form] = Form.useForm<Values>();
  const r = review.data;

  const onFinish = (values: Values) => {
    if (!id) return;
    decide.mutate(
      { id, ...values },
      {
        onSuccess: (res) => {
          message.success(t('reports.queue.decided', { count: res.decidedReports }));
          form.resetFields();
          onClose();
        },
        onError: (error) => message.error(errorMessage(error)),
      },
    );
  };

  return (
    <Drawer title={t('reports.queue.detailTitle')} open={id !== null} onClose={onClose} size="min(560px, 100vw)" destroyOnHidden>
      {review.isPending && <Skeleton active />}
      {review.isError && <Alert type="error" showIcon title={t('reports.queue.loadError')} description={errorMessage(review.error)} />}
      {r && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('reports.queue.target')}>
              <ReportTargetLink target={r.target} />
              {r.target.jobStatus && (
                <div className="muted">
                  {t('reports.queue.jobStatus', { status: t(`postings.status.${r.target.jobStatus}`, { defaultValue: r.target.jobStatus }) })}
                </div>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.modal.reason')}>{r.reason ? t(`reports.reasons.${r.reason}`) : ''}</Descriptions.Item>
            <Descriptions.Item label={t('reports.queue.description')}>
              <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{r.description}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.queue.statusLabel')}>
              <ReportStatusTag status={r.status} /> {t('reports.queue.onTarget', { count: r.openReportsOnTarget })}
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.queue.reportedAtLabel')}>{format.dateTime(r.createdAt)}</Descriptions.Item>
          </Descriptions>
          {r.status === 'open' ? (
            <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} style={{ marginTop: 16 }}>
              <Form.Item name="decision" label={t('reports.queue.decision')} rules={[{ required: true, message: t('reports.queue.decision') }]}>
                <Radio.Group>
                  <Radio value="uphold" style={{ display: 'flex', marginBottom: 6 }}>
                    {t('reports.queue.uphold')}
                  </Radio>
                  <Radio value="dismiss" style={{ display: 'flex' }}>
                    {t('reports.queue.dismiss')}
                  </Radio>
                </Radio.Group>
              </Form.Item>
              <Form.Item
                name="outcome"
                label={t('reports.queue.outcome')}
                rules={[{ required: true, whitespace: true, message: t('reports.queue.outcomeRequired') }]}
              >
                <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('reports.queue.outcomePlaceholder')} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={decide.isPending}>
                {t('reports.queue.submit')}
              </Button>
            </Form>
          ) : (
            <Alert
              style={{ marginTop: 16 }}
              type={r.status === 'upheld' ? 'success' : 'warning'}
              showIcon
              title={t('reports.queue.decidedInfo', { status: t(`reports.status.${r.status}`), time: r.decidedAt ? format.dateTime(r.decidedAt) : '' })}
              description={<span style={{ whiteSpace: 'pre-wrap' }}>{r.outcome}</span>}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
