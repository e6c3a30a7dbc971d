import { Alert, Button, Card, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { FavouriteButton } from '../favourites/FavouriteButton';
import { ReportButton } from '../reports/ReportButton';
import { CertificationStatus } from './CertificationStatus';
import { ClaimCard } from './ClaimCard';
import { EnterpriseFacts } from './EnterpriseFacts';
import { EnterpriseJobs } from './EnterpriseJobs';
import { EnterpriseLogo } from './EnterpriseLogo';
import { mediaUrl, useEnterpriseProfile } from './useEnterprise';

function parseId(raw: string | undefined): number | null {
  if (!raw || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? id : null;
}

/** A listing's public page: what the enterprise says about itself, and whether the platform verified it. No login needed. */
export function EnterprisePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = parseId(useParams().id);
  const enterprise = useEnterpriseProfile(id);
  useDocumentTitle(enterprise.data?.name ?? (id === null || enterprise.isError ? t('enterprise.page.notFoundTitle') : undefined));

  if (id === null || (enterprise.error instanceof ApiError && enterprise.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t('enterprise.page.notFoundTitle')}
        subTitle={t('enterprise.page.notFoundHint')}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('common.backHome')}
          </Button>
        }
      />
    );
  }
  if (enterprise.isError) return <Alert type="error" showIcon title={t('errors.loadFailed')} description={errorMessage(enterprise.error)} />;
  if (enterprise.isPending)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );

  const e = enterprise.data;
  return (
    <article className="enterprise-page">
      <Link to="/" className="back-link">
        ← {t('jobs.backToList')}
      </Link>
      <Card className="enterprise-page__summary">
        <div className="profile-card__head">
          <EnterpriseLogo id={e.id} name={e.name} fileId={e.logoFileId} size={72} />
          <div className="profile-card__title">
            <Typography.Title level={2} className="enterprise-page__name">
              {e.name}
            </Typography.Title>
            <div className="profile-card__tags">
              {e.verified ? <CertificationStatus status="verified" /> : <span className="muted">{t('enterprise.page.unverified')}</span>}
              <FavouriteButton kind="enterprise" id={e.id} />
              <ReportButton target="enterprise" id={e.id} />
            </div>
          </div>
        </div>
      </Card>
      <div className="job-detail__body">
        <div className="job-detail__main">
          <Card size="small" title={t('enterprise.page.about')}>
            {e.introduction ? <p className="prose">{e.introduction}</p> : <p className="muted">{t('enterprise.page.noIntroduction')}</p>}
          </Card>
          <EnterpriseJobs enterpriseId={e.id} />
          {e.photoFileIds.length > 0 && (
            <Card size="small" title={t('enterprise.page.photos')}>
              <ul className="photo-grid">
                {e.photoFileIds.map((fileId, index) => (
                  <li key={fileId} className="photo-grid__item">
                    <img src={mediaUrl(e.id, fileId)} alt={t('enterprise.profile.photoAlt', { n: index + 1 })} loading="lazy" />
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
        <aside className="job-detail__main">
          <Card size="small" title={t('enterprise.page.facts')}>
            <EnterpriseFacts enterprise={e} />
          </Card>
          <ClaimCard enterprise={e} />
        </aside>
      </div>
    </article>
  );
}
