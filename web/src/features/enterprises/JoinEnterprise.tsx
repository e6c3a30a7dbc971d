import { Alert, App, Button, Input, Skeleton, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import type { MyJoinRequest } from '../../api/types';
import { EnterpriseName } from '../jobs/EnterpriseName';
import { useEnterpriseSearch, useRequestToJoin } from './useEnterprise';

/** Finds a listing by name (the public search) and asks its admins to be let in. */
export function JoinEnterprise({ pending }: { pending: MyJoinRequest[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const search = useEnterpriseSearch(query);
  const join = useRequestToJoin();
  const asked = new Set(pending.filter((r) => r.status === 'pending').map((r) => r.enterprise.id));

  let results: ReactNode = null;
  if (!query) results = null;
  else if (search.isPending) results = <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  else if (search.isError) results = <Alert type="error" showIcon title={errorMessage(search.error)} />;
  else if (search.data.items.length === 0) results = <p className="empty-note">{t('enterprise.join.noResults')}</p>;
  else
    results = (
      <ul className="plain-list" aria-label={t('enterprise.join.resultsLabel')}>
        {search.data.items.map((item) => (
          <li key={item.id} className="plain-list__item plain-list__item--row">
            <div className="plain-list__main">
              <Link to={`/enterprises/${item.id}`}>
                <EnterpriseName name={item.name} verified={item.verified} />
              </Link>
              <span className="muted plain-list__meta">{[item.city, item.industry, item.size].filter(Boolean).join(' · ')}</span>
            </div>
            {asked.has(item.id) ? (
              <Tag color="processing">{t('enterprise.join.statuses.pending')}</Tag>
            ) : (
              <Button
                size="small"
                aria-label={t('enterprise.join.requestLabel', { name: item.name })}
                loading={join.isPending && join.variables === item.id}
                onClick={() =>
                  join.mutate(item.id, {
                    onSuccess: () => message.success(t('enterprise.join.sent')),
                    onError: (err) => message.error(errorMessage(err)),
                  })
                }
              >
                {t('enterprise.join.request')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    );

  return (
    <div className="join-enterprise">
      <p className="muted card-intro">{t('enterprise.join.intro')}</p>
      <Input.Search
        aria-label={t('enterprise.join.search')}
        placeholder={t('enterprise.join.searchPlaceholder')}
        enterButton={t('enterprise.join.searchButton')}
        maxLength={50}
        allowClear
        onSearch={(value) => setQuery(value.trim())}
        className="join-enterprise__search"
      />
      {results}
    </div>
  );
}
