import { App, Button, Card, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useFormat } from '../../i18n/useFormat';
import { JobFacts } from '../jobs/JobFacts';
import { JobTags } from '../jobs/JobTags';
import { formatSalary } from '../jobs/salary';
import { useTaxonomyLabel } from '../jobs/useTaxonomy';
import { useFlagLabels } from './useFlagLabels';
import { type JobReview, useDecideJobReview } from './usePostings';

/** One job waiting for review: its full text, why it waits, and the decision. */
export function JobReviewItem({ review }: { review: JobReview }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { relative } = useFormat();
  const label = useTaxonomyLabel();
  const flagLabels = useFlagLabels();
  const decide = useDecideJobReview();
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const { job, enterprise } = review;

  const send = (decision: 'approve' | 'reject', reason?: string) =>
    decide.mutate(
      { id: job.id, decision, ...(reason === undefined ? {} : { reason }) },
      {
        onSuccess: () => message.success(t(decision === 'approve' ? 'postings.review.approved' : 'postings.review.rejected')),
        onError: (error) => message.error(errorMessage(error)),
      },
    );

  return (
    <Card size="small" className="job-review">
      <article aria-labelledby={`review-${job.id}`}>
        <div className="my-job__head">
          <Typography.Title level={4} className="my-job__title" id={`review-${job.id}`}>
            {job.title}
          </Typography.Title>
          <span className="salary">{formatSalary(t, job)}</span>
        </div>
        <p className="job-review__enterprise">
          {enterprise.name}{' '}
          <Tag color={enterprise.verified ? 'green' : 'default'}>{t(enterprise.verified ? 'postings.review.verified' : 'postings.review.unverified')}</Tag>
        </p>
        <div className="job-review__flags">
          {job.flags.length > 0 ? (
            <Typography.Text type="danger">
              {t('postings.review.flags')}
              {flagLabels(job.flags)}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('postings.review.noFlags')}</Typography.Text>
          )}
        </div>
        <p className="muted">
          {label('position', job.position)} · {t('postings.review.submitted', { time: relative(job.updatedAt) })}
        </p>
        <JobFacts job={job} />
        <JobTags tags={job.tags} />
        <p className="prose job-review__text">{job.description}</p>
        {job.requirements && <p className="prose job-review__text">{job.requirements}</p>}
        {rejecting ? (
          <Form form={form} layout="vertical" onFinish={(v) => send('reject', v.reason)}>
            <Form.Item
              name="reason"
              label={t('postings.review.reason')}
              rules={[{ required: true, whitespace: true, message: t('postings.review.reasonRequired') }, { max: 500 }]}
            >
              <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('postings.review.reasonPlaceholder')} />
            </Form.Item>
            <Space>
              <Button danger type="primary" htmlType="submit" loading={decide.isPending}>
                {t('postings.review.reject')}
              </Button>
              <Button onClick={() => setRejecting(false)}>{t('postings.review.cancel')}</Button>
            </Space>
          </Form>
        ) : (
          <Space>
            <Button type="primary" loading={decide.isPending && decide.variables?.decision === 'approve'} onClick={() => send('approve')}>
              {t('postings.review.approve')}
            </Button>
            <Button danger onClick={() => setRejecting(true)}>
              {t('postings.review.reject')}
            </Button>
          </Space>
        )}
      </article>
    </Card>
  );
}
