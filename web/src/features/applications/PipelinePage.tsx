import { App, Button, Card, Checkbox, Empty, Result, Select, Space, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage, isApiError } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { ApplicationDrawer } from './ApplicationDrawer';
import { CandidateSummary } from './CandidateSummary';
import { LoadState } from './LoadState';
import { PageHead } from './PageHead';
import { StatusTag } from './StatusTag';
import { type MoveTarget, NEXT_STATUSES, PIPELINE_STATUSES, type PipelineItem, type PipelineStatus, useMoveApplications, usePipeline } from './useApplications';
import './applications.css';

/** /workspace/pipeline: the enterprise's applications by job and status, bulk moves, one opened in a drawer. */
export function PipelinePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  useDocumentTitle(t('applications.pipeline.title'));
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const jobId = Number(params.get('job')) || undefined;
  const status = (PIPELINE_STATUSES as string[]).includes(params.get('status') ?? '') ? (params.get('status') as PipelineStatus) : undefined;
  const [opened, setOpened] = useState<number | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const pipeline = usePipeline({ jobId, status });
  const move = useMoveApplications();

  const setFilter = (key: 'job' | 'status', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setSelected([]);
  };

  const items = pipeline.data?.items ?? [];
  const chosen = items.filter((i) => selected.includes(i.id));
  // Only moves every selected application allows are offered: the server moves all or none.
  const targets = useMemo(
    () =>
      (['viewed', 'interview', 'offer', 'not_suitable'] as MoveTarget[]).filter(
        (s) => chosen.length > 0 && chosen.every((i) => NEXT_STATUSES[i.status].includes(s)),
      ),
    [chosen],
  );

  if (isApiError(pipeline.error, 'NOT_IN_ENTERPRISE')) {
    return (
      <Result
        status="info"
        title={t('applications.pipeline.noEnterprise')}
        extra={
          <Button type="primary" onClick={() => navigate('/workspace/enterprise')}>
            {t('applications.pipeline.toWorkspace')}
          </Button>
        }
      />
    );
  }

  const counts = pipeline.data?.counts;
  const total = counts ? PIPELINE_STATUSES.reduce((n, s) => n + counts[s], 0) : 0;

  return (
    <div className="apps-page">
      <PageHead eyebrow={t('applications.pipeline.eyebrow')} title={t('applications.pipeline.title')} intro={t('applications.pipeline.intro')} />
      <div className="pipeline-toolbar">
        <Select
          aria-label={t('applications.pipeline.job')}
          className="pipeline-toolbar__job"
          value={jobId ?? 0}
          onChange={(v) => setFilter('job', v ? String(v) : undefined)}
          options={[
            { value: 0, label: t('applications.pipeline.allJobs') },
            ...(pipeline.data?.jobs ?? []).map((j) => ({ value: j.id, label: `${j.title} (${j.applications})` })),
          ]}
        />
        <Button onClick={() => navigate('/workspace/interviews')}>{t('applications.pipeline.interviewsLink')}</Button>
      </div>
      <Tabs
        activeKey={status ?? 'all'}
        onChange={(k) => setFilter('status', k === 'all' ? undefined : k)}
        items={[
          { key: 'all', label: `${t('applications.pipeline.all')} ${counts ? total : ''}` },
          ...PIPELINE_STATUSES.map((s) => ({ key: s, label: `${t(`applications.status.${s}`)} ${counts ? counts[s] : ''}` })),
        ]}
      />
      {chosen.length > 0 && (
        <div className="pipeline-bulk" role="toolbar" aria-label={t('applications.pipeline.moveTo')}>
          <span>{t('applications.pipeline.selected', { count: chosen.length })}</span>
          <span className="muted">{t('applications.pipeline.moveTo')}</span>
          <Space wrap>
            {targets.map((s) => (
              <Button
                key={s}
                size="small"
                danger={s === 'not_suitable'}
                loading={move.isPending && move.variables?.status === s}
                onClick={() =>
                  move.mutateAsync({ ids: chosen.map((i) => i.id), status: s }).then(
                    (r) => {
                      message.success(t('applications.pipeline.moved', { count: r.moved }));
                      setSelected([]);
                    },
                    (e) => message.error(errorMessage(e)),
                  )
                }
              >
                {t(`applications.status.${s}`)}
              </Button>
            ))}
          </Space>
        </div>
      )}
      <LoadState query={pipeline}>
        {() =>
          items.length === 0 ? (
            <Empty description={t('applications.pipeline.empty')} />
          ) : (
            <ul className="apps-list" aria-label={t('applications.pipeline.title')}>
              {items.map((item) => (
                <li key={item.id}>
                  <PipelineRow
                    item={item}
                    checked={selected.includes(item.id)}
                    onCheck={(on) => setSelected((s) => (on ? [...s, item.id] : s.filter((x) => x !== item.id)))}
                    onOpen={() => setOpened(item.id)}
                  />
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
      <ApplicationDrawer id={opened} onClose={() => setOpened(null)} />
    </div>
  );
}

function PipelineRow({ item, checked, onCheck, onOpen }: { item: PipelineItem; checked: boolean; onCheck: (on: boolean) => void; onOpen: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  return (
    <Card size="small">
      <div className="pipeline-row">
        <Checkbox checked={checked} onChange={(e) => onCheck(e.target.checked)} aria-label={item.candidate.name || String(item.id)} />
        <div className="pipeline-row__main">
          <div className="apps-item__head">
            <CandidateSummary candidate={item.candidate} />
            <StatusTag status={item.status} />
          </div>
          <p className="muted apps-item__meta">
            {item.job.title} · {t('applications.pipeline.appliedAt', { time: dateTime(item.appliedAt) })}
          </p>
        </div>
        <Button onClick={onOpen}>{t('applications.pipeline.open')}</Button>
      </div>
    </Card>
  );
}
