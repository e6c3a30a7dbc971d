import { Alert, Button, Card, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { useSavedCandidates, useToggleFavourite } from './useFavourites';

/** A recruiter's saved candidates, as their enterprise may see them now (masked until disclosure). */
export function SavedCandidatesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('favourites.candidates.title'));
  const saved = useSavedCandidates();
  const toggle = useToggleFavourite();
  const noEnterprise = saved.error instanceof ApiError && saved.error.code === 'NOT_IN_ENTERPRISE';

  return (
    <div className="postings-page">
      <Typography.Title level={2}>{t('favourites.candidates.title')}</Typography.Title>
      <p className="muted">{t('favourites.candidates.intro')}</p>
      {saved.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {noEnterprise && <Alert type="info" showIcon title={t('favourites.candidates.noEnterprise')} />}
      {saved.isError && !noEnterprise && <Alert type="error" showIcon title={t('favourites.candidates.loadError')} description={errorMessage(saved.error)} />}
      {saved.isSuccess && saved.data.items.length === 0 && (
        <Card size="small">
          <p className="empty-note">{t('favourites.candidates.empty')}</p>
        </Card>
      )}
      {saved.isSuccess && (
        <ul aria-label={t('favourites.candidates.title')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {saved.data.items.map((c) => (
            <li key={c.resumeId}>
              <Card
                size="small"
                title={c.displayName}
                extra={
                  <Button
                    size="small"
                    type="link"
                    danger
                    loading={toggle.isPending && toggle.variables?.id === c.resumeId}
                    onClick={() => toggle.mutate({ kind: 'candidate', id: c.resumeId, save: false })}
                  >
                    {t('favourites.candidates.remove')}
                  </Button>
                }
              >
                <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
                  <Tag color={c.disclosed ? 'green' : 'default'}>{t(c.disclosed ? 'favourites.candidates.disclosed' : 'favourites.candidates.masked')}</Tag>
                  {c.phone && <span>{c.phone}</span>}
                  {c.city && <span className="muted">{c.city}</span>}
                  <span className="muted">{t('favourites.candidates.updatedAt', { date: format.date(c.updatedAt) })}</span>
                  <span className="muted">{t('favourites.candidates.savedAt', { date: format.date(c.savedAt) })}</span>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
