import { Alert, Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { ReportStatusTag } from './ReportStatusTag';
import { ReportTargetLink } from './ReportTargetLink';
import { useMyReports } from './useReports';

/** The signed-in person's reports and how each was decided. */
export function MyReportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('reports.mine.title'));
  const mine = useMyReports();

  return (
    <div className="postings-page">
      <Typography.Title level={2}>{t('reports.mine.title')}</Typography.Title>
      <p className="muted">{t('reports.mine.intro')}</p>
      {mine.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {mine.isError && <Alert type="error" showIcon title={t('reports.mine.loadError')} description={errorMessage(mine.error)} />}
      {mine.isSuccess && mine.data.items.length === 0 && (
        <Card size="small">
          <p className="empty-note">{t('reports.mine.empty')}</p>
        </Card>
      )}
      {mine.isSuccess && (
        <ul aria-label={t('reports.mine.title')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {mine.data.items.map((r) => (
            <li key={r.id}>
              <Card size="small" title={<ReportTargetLink target={r.target} />} extra={<ReportStatusTag status={r.status} />}>
                <p>
                  <strong>{r.reason ? t(`reports.reasons.${r.reason}`) : ''}</strong>
                  <span className="muted"> · {t('reports.mine.submittedAt', { time: format.dateTime(r.createdAt) })}</span>
                </p>
                {r.description && <p style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{r.description}</p>}
                {r.status === 'open' ? (
                  <Alert type="info" showIcon title={t('reports.mine.waiting')} />
                ) : (
                  <Alert
                    type={r.status === 'upheld' ? 'success' : 'warning'}
                    showIcon
                    title={`${t('reports.mine.outcome')} · ${r.decidedAt ? t('reports.mine.decidedAt', { time: format.dateTime(r.decidedAt) }) : ''}`}
                    description={<span style={{ whiteSpace: 'pre-wrap' }}>{r.outcome}</span>}
                  />
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
