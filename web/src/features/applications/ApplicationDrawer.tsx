import { App, Button, Card, Divider, Drawer, Empty, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useFormat } from '../../i18n/useFormat';
import { CandidateSummary } from './CandidateSummary';
import { InterviewFacts, InterviewStatusTag } from './InterviewFacts';
import { InviteModal } from './InviteModal';
import { LoadState } from './LoadState';
import { StatusTag } from './StatusTag';
import { Timeline } from './Timeline';
import { NEXT_STATUSES, useApplicationDetail, useChangeInterview, useMoveApplications } from './useApplications';

/** One application opened by a recruiter: the candidate card, status changes, history and interviews. */
export function ApplicationDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const { message } = App.useApp();
  const detail = useApplicationDetail(id);
  const move = useMoveApplications();
  const change = useChangeInterview();
  const [inviting, setInviting] = useState(false);
  const fail = (e: unknown) => message.error(errorMessage(e));

  return (
    <Drawer open={id !== null} onClose={onClose} title={t('applications.detail.title')} size="min(560px, 100vw)" destroyOnHidden>
      <LoadState query={detail}>
        {() => {
          const d = detail.data;
          if (!d) return null;
          const next = NEXT_STATUSES[d.status];
          const open = d.interviews.some((i) => i.status === 'invited' || i.status === 'proposed');
          const mayInvite = (d.status === 'new' || d.status === 'viewed' || d.status === 'interview') && !open;
          return (
            <div className="apps-page">
              <Card size="small">
                <CandidateSummary candidate={d.candidate} />
              </Card>
              <p className="apps-item__meta">
                {t('applications.detail.job')}: <strong>{d.job.title}</strong> · {t('applications.pipeline.appliedAt', { time: dateTime(d.appliedAt) })}
              </p>
              <p className="apps-item__meta">
                {t('applications.detail.status')}: <StatusTag status={d.status} />
              </p>
              <Space wrap>
                {mayInvite && (
                  <Button type="primary" onClick={() => setInviting(true)}>
                    {t('applications.detail.invite')}
                  </Button>
                )}
                {next
                  .filter((s) => s !== 'viewed')
                  .map((s) => (
                    <Button
                      key={s}
                      danger={s === 'not_suitable'}
                      loading={move.isPending && move.variables?.status === s}
                      onClick={() =>
                        move.mutateAsync({ ids: [d.id], status: s }).then(() => message.success(t('applications.pipeline.moved', { count: 1 })), fail)
                      }
                    >
                      {t('applications.detail.moveTo')} {t(`applications.status.${s}`)}
                    </Button>
                  ))}
              </Space>
              <Divider titlePlacement="start">{t('applications.detail.interviews')}</Divider>
              {d.interviews.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('applications.detail.noInterviews')} />
              ) : (
                <ul className="apps-list">
                  {d.interviews.map((i) => (
                    <li key={i.id}>
                      <Card size="small">
                        <InterviewStatusTag status={i.status} />
                        <InterviewFacts interview={i} />
                        <Space wrap className="apps-item__actions">
                          {i.status === 'proposed' && (
                            <Button
                              type="primary"
                              size="small"
                              onClick={() =>
                                change
                                  .mutateAsync({ id: i.id, action: 'accept_proposal' })
                                  .then(() => message.success(t('applications.detail.proposalAccepted')), fail)
                              }
                            >
                              {t('applications.detail.acceptProposal')}
                            </Button>
                          )}
                          {(i.status === 'invited' || i.status === 'proposed' || i.status === 'accepted') && (
                            <Button
                              size="small"
                              danger
                              onClick={() =>
                                change.mutateAsync({ id: i.id, action: 'cancel' }).then(() => message.success(t('applications.detail.cancelled')), fail)
                              }
                            >
                              {t('applications.detail.cancel')}
                            </Button>
                          )}
                        </Space>
                      </Card>
                    </li>
                  ))}
                </ul>
              )}
              <Divider titlePlacement="start">{t('applications.detail.timeline')}</Divider>
              <Timeline events={d.events} seekerView={false} />
              {inviting && (
                <InviteModal
                  applicationId={d.id}
                  onClose={() => setInviting(false)}
                  onDone={() => {
                    message.success(t('applications.invite.sent'));
                    setInviting(false);
                  }}
                />
              )}
            </div>
          );
        }}
      </LoadState>
    </Drawer>
  );
}
