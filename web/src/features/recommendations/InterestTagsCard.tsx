import { Alert, App, Button, Card, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useFormat } from '../../i18n/useFormat';
import { useSession } from '../auth/useSession';
import { useDeleteInterestTag, useInterestTags } from './useRecommendations';
import './recommendations.css';

/** The privacy centre's "兴趣标签": what personalisation noted about the seeker, each deletable in one click. */
export function InterestTagsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { relative } = useFormat();
  const session = useSession();
  const isSeeker = session.data?.profile.role === 'seeker';
  const tags = useInterestTags(isSeeker);
  const remove = useDeleteInterestTag();
  if (!isSeeker) return null;

  let body: React.ReactNode;
  if (tags.isPending) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (tags.isError) body = <Alert type="error" showIcon title={t('recommendations.tags.loadError')} description={errorMessage(tags.error)} />;
  else {
    const { personalised, tags: list } = tags.data;
    body = (
      <>
        {!personalised && <Alert type="info" showIcon className="interest-tags__off" title={t('recommendations.tags.offNote')} />}
        {list.length === 0 ? (
          <p className="muted empty-note">{t('recommendations.tags.empty')}</p>
        ) : (
          <ul className="interest-tags" aria-label={t('recommendations.tags.listLabel')}>
            {list.map((tag) => (
              <li key={tag.id} className="interest-tag">
                <div className="interest-tag__text">
                  <Tag color={tag.kind === 'position' ? 'cyan' : 'blue'}>{t(`recommendations.tags.kinds.${tag.kind}`)}</Tag>
                  <strong>{tag.label}</strong>
                  <span className="muted interest-tag__when">{t('recommendations.tags.updated', { time: relative(tag.updatedAt) })}</span>
                </div>
                <Button
                  size="small"
                  danger
                  aria-label={t('recommendations.tags.deleteLabel', { label: tag.label })}
                  loading={remove.isPending && remove.variables?.id === tag.id}
                  onClick={() =>
                    remove.mutate(tag, {
                      onSuccess: () => message.success(t('recommendations.tags.deleted', { label: tag.label })),
                      onError: (err) => message.error(errorMessage(err)),
                    })
                  }
                >
                  {t('recommendations.tags.delete')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <Card title={t('recommendations.tags.title')} size="small">
      <p className="muted card-intro">{t('recommendations.tags.intro')}</p>
      {body}
    </Card>
  );
}
