import { App, Button, Card, Empty, Input, List, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormat } from '../../i18n/useFormat';
import { useEnterpriseSearch } from '../enterprises/useEnterprise';
import { useBlock, useBlockedEnterprises, useUnblock } from './useResumes';
import './resumes.css';

/** /resumes/blocked — find enterprises by name and block them from every resume; unblock. */
export function BlockedCompaniesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { date } = useFormat();
  const [q, setQ] = useState('');
  const search = useEnterpriseSearch(q);
  const blocked = useBlockedEnterprises();
  const block = useBlock();
  const unblock = useUnblock();
  useDocumentTitle(t('resumes.blocked.title'));
  const blockedIds = new Set((blocked.data?.items ?? []).map((b) => b.enterpriseId));

  return (
    <div className="resume-page resume-page--narrow">
      <Link to="/resumes" className="resume-page__back">
        ← {t('resumes.blocked.back')}
      </Link>
      <p className="admin-page__eyebrow">{t('resumes.blocked.eyebrow')}</p>
      <Typography.Title level={2} className="admin-page__title">
        {t('resumes.blocked.title')}
      </Typography.Title>
      <p className="muted admin-page__intro">{t('resumes.blocked.intro')}</p>

      <Card size="small" title={t('resumes.blocked.search')} className="resume-side-card">
        <Input.Search
          aria-label={t('resumes.blocked.search')}
          placeholder={t('resumes.blocked.searchPlaceholder')}
          allowClear
          enterButton
          maxLength={50}
          onSearch={(value) => setQ(value.trim())}
        />
        {q && (
          <List
            className="resume-blocks__results"
            loading={search.isFetching}
            locale={{ emptyText: t('resumes.blocked.noResults') }}
            dataSource={search.data?.items ?? []}
            renderItem={(e) => (
              <List.Item
                actions={[
                  blockedIds.has(e.id) ? (
                    <span key="done" className="muted">
                      {t('resumes.blocked.isBlocked')}
                    </span>
                  ) : (
                    <Button
                      key="block"
                      size="small"
                      danger
                      loading={block.isPending && block.variables === e.id}
                      onClick={() =>
                        block.mutate(e.id, {
                          onSuccess: () => message.success(t('resumes.blocked.blocked', { name: e.name })),
                          onError: (err) => message.error(errorMessage(err)),
                        })
                      }
                    >
                      {t('resumes.blocked.block')}
                    </Button>
                  ),
                ]}
              >
                <List.Item.Meta title={e.name} description={e.city} />
              </List.Item>
            )}
          />
        )}
      </Card>

      <Card size="small" title={t('resumes.blocked.listTitle')} className="resume-side-card">
        {blocked.isPending ? (
          <Skeleton active />
        ) : blocked.data?.items.length ? (
          <ul className="resume-blocks__list" aria-label={t('resumes.blocked.listTitle')}>
            {blocked.data.items.map((b) => (
              <li key={b.enterpriseId} className="resume-blocks__item">
                <div>
                  <div className="resume-blocks__name">{b.name}</div>
                  <div className="muted">{t('resumes.blocked.blockedAt', { time: date(b.blockedAt) })}</div>
                </div>
                <Button
                  size="small"
                  loading={unblock.isPending && unblock.variables === b.enterpriseId}
                  onClick={() =>
                    unblock.mutate(b.enterpriseId, {
                      onSuccess: () => message.success(t('resumes.blocked.unblocked', { name: b.name })),
                      onError: (err) => message.error(errorMessage(err)),
                    })
                  }
                >
                  {t('resumes.blocked.unblock')}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <Empty description={t('resumes.blocked.empty')} />
        )}
      </Card>
    </div>
  );
}
