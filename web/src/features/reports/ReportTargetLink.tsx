import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReportTarget } from './useReports';

/** The reported job or enterprise, linked to its public page while it still exists. */
export function ReportTargetLink({ target }: { target: ReportTarget }) {
  const { t } = useTranslation();
  const kind = t(`reports.kind.${target.kind}`);
  if (target.id === null || target.name === null) return <span className="muted">{`${kind} ${t('reports.mine.removed')}`}</span>;
  const href = target.kind === 'job' ? `/jobs/${target.id}` : `/enterprises/${target.id}`;
  return (
    <span>
      <span className="muted">{kind} · </span>
      <Link to={href}>{target.name}</Link>
      {target.kind === 'job' && target.enterprise && <span className="muted"> · {target.enterprise.name}</span>}
    </span>
  );
}
