import { Alert, Button, Card, Empty, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage, isApiError } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { useTaxonomyLabel } from '../jobs/useTaxonomy';
import { useCandidates } from './useResumes';
import './resumes.css';

/** /workspace/candidates — resumes the recruiter's enterprise may see, newest first, masked until disclosure. */
export function CandidatesPage() {
  const { t } = useTranslation();
  const { relative } = useFormat();
  const label = useTaxonomyLabel();
  const candidates = useCandidates();
  useDocumentTitle(t('resumes.candidates.title'));
  const items = candidates.data?.pages.flatMap((p) => p.items) ?? [];

  let body: React.ReactNode;
  if (candidates.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (candidates.isError)
    body = isApiError(candidates.error, 'NOT_IN_ENTERPRISE') ? (
      <Alert
        type="info"
        showIcon
        title={t('resumes.candidates.notInEnterprise')}
        action={
          <Link to="/workspace/enterprise">
            <Button size="small">{t('resumes.candidates.toWorkspace')}</Button>
          </Link>
        }
      />
    ) : (
      <Alert type="error" showIcon title={errorMessage(candidates.error)} />
    );
  else if (!items.length) body = <Empty description={t('resumes.candidates.empty')} />;
  else
    body = (
      <>
        <ul className="resume-cards" aria-label={t('resumes.candidates.title')}>
          {items.map((c) => (
            <li key={c.resumeId}>
              <Card size="small" className="resume-card">
                <div className="resume-card__head">
                  <Link to={`/workspace/candidates/${c.resumeId}`} className="resume-card__title">
                    {c.displayName}
                  </Link>
                  <Tag color={c.disclosed ? 'green' : 'default'}>{t(c.disclosed ? 'resumes.candidates.disclosedTag' : 'resumes.candidates.maskedTag')}</Tag>
                </div>
                <div className="resume-view__facts">
                  {[c.city, c.educationLevel && label('education', c.educationLevel), c.experience && label('experience', c.experience), c.phone]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
                <div className="resume-view__tags">
                  {c.intentions.map((p) => (
                    <Tag key={p}>{label('position', p)}</Tag>
                  ))}
                </div>
                <div className="resume-card__head">
                  <span className="muted">{t('resumes.view.updated', { time: relative(c.updatedAt) })}</span>
                  <Link to={`/workspace/candidates/${c.resumeId}`}>{t('resumes.candidates.open')}</Link>
                </div>
              </Card>
            </li>
          ))}
        </ul>
        {candidates.hasNextPage && (
          <Button block onClick={() => void candidates.fetchNextPage()} loading={candidates.isFetchingNextPage}>
            {t('resumes.candidates.loadMore')}
          </Button>
        )}
      </>
    );

  return (
    <div className="resume-page resume-page--narrow">
      <p className="admin-page__eyebrow">{t('resumes.candidates.eyebrow')}</p>
      <Typography.Title level={2} className="admin-page__title">
        {t('resumes.candidates.title')}
      </Typography.Title>
      <p className="muted admin-page__intro">{t('resumes.candidates.intro')}</p>
      {body}
    </div>
  );
}
