import { Alert, App, Button, Card, Empty, Form, Input, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { AttachmentBox } from './AttachmentBox';
import { Completeness } from './Completeness';
import { useCreateResume, useDeleteResume, useMyResumes } from './useResumes';
import { VisibilitySelect } from './VisibilitySelect';
import './resumes.css';

const MAX_RESUMES = 5;

function CreateResume({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ title: string }>();
  const create = useCreateResume();
  return (
    <Form
      form={form}
      layout="inline"
      className="resume-create"
      onFinish={({ title }) =>
        create.mutate(title, {
          onSuccess: (r) => {
            message.success(t('resumes.list.created'));
            navigate(`/resumes/${r.id}`);
          },
          onError: (e) => message.error(errorMessage(e)),
        })
      }
    >
      <Form.Item name="title" label={t('resumes.list.titleLabel')} rules={[{ required: true, whitespace: true, message: t('resumes.editor.required') }]}>
        <Input maxLength={40} placeholder={t('resumes.list.titlePlaceholder')} disabled={disabled} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} disabled={disabled}>
          {t('resumes.list.create')}
        </Button>
      </Form.Item>
    </Form>
  );
}

/** /resumes — the seeker's resumes: completeness, who may see each, attachments; create and delete. */
export function MyResumesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { relative } = useFormat();
  const resumes = useMyResumes();
  const remove = useDeleteResume();
  useDocumentTitle(t('resumes.list.title'));
  const items = resumes.data?.items ?? [];

  return (
    <div className="resume-page resume-page--narrow">
      <p className="admin-page__eyebrow">{t('resumes.list.eyebrow')}</p>
      <div className="resume-page__titlebar">
        <Typography.Title level={2} className="admin-page__title">
          {t('resumes.list.title')}
        </Typography.Title>
        <Link to="/resumes/blocked">{t('resumes.list.blockedLink')}</Link>
      </div>
      <p className="muted admin-page__intro">{t('resumes.list.intro')}</p>
      <Card size="small" className="resume-page__create">
        <CreateResume disabled={items.length >= MAX_RESUMES} />
        {items.length >= MAX_RESUMES && <p className="muted">{t('resumes.list.limit')}</p>}
      </Card>
      {resumes.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : resumes.isError ? (
        <Alert type="error" showIcon title={t('resumes.list.loadError')} description={errorMessage(resumes.error)} />
      ) : items.length === 0 ? (
        <Empty description={t('resumes.list.empty')} />
      ) : (
        <ul className="resume-cards" aria-label={t('resumes.list.title')}>
          {items.map((r) => (
            <li key={r.id}>
              <Card size="small" className="resume-card">
                <div className="resume-card__head">
                  <Link to={`/resumes/${r.id}`} className="resume-card__title">
                    {r.title}
                  </Link>
                  <span className="muted">{t('resumes.list.updated', { time: relative(r.updatedAt) })}</span>
                </div>
                <Completeness value={r.completeness} />
                <VisibilitySelect resumeId={r.id} value={r.visibility} />
                <AttachmentBox resumeId={r.id} attachment={r.attachment} />
                <Space wrap className="resume-card__actions">
                  <Link to={`/resumes/${r.id}`}>
                    <Button type="primary" size="small">
                      {t('resumes.list.edit')}
                    </Button>
                  </Link>
                  <Link to={`/resumes/${r.id}/preview`}>
                    <Button size="small">{t('resumes.list.preview')}</Button>
                  </Link>
                  <Popconfirm
                    title={t('resumes.list.deleteTitle')}
                    description={t('resumes.list.deleteText')}
                    onConfirm={() =>
                      remove.mutate(r.id, { onSuccess: () => message.success(t('resumes.list.deleted')), onError: (e) => message.error(errorMessage(e)) })
                    }
                  >
                    <Button size="small" danger>
                      {t('resumes.list.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
