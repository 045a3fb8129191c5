import { Link, useParams } from 'react-router-dom';
import { useLogsRetrieveQuery } from '../api/generated';
import { Loading, QueryError } from '../components/Status';
import { t } from '../i18n/t';
import { formatWhen } from './format';

function Json({ value }: { value: unknown }) {
  const empty = value === null || (typeof value === 'object' && Object.keys(value as object).length === 0);
  if (empty) return <>—</>;
  return <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
}

/** System admin: one activity event in full, with links to the rest of that entity's and request's history. */
export function ActivityEventPage() {
  const { id = '' } = useParams();
  const event = useLogsRetrieveQuery({ id });
  if (event.error) return <QueryError error={event.error} />;
  if (!event.data) return <Loading />;
  const e = event.data;
  const history = new URLSearchParams({ entity: e.entity_type, entity_id: e.entity_id });
  return (
    <div>
      <p>
        <Link to="/manage/logs">{t('logs.back')}</Link>
      </p>
      <h1>{t('logs.event', { id: e.id })}</h1>
      <dl className="facts">
        <dt>{t('logs.col.when')}</dt>
        <dd>{formatWhen(e.occurred_at)}</dd>
        <dt>{t('logs.col.action')}</dt>
        <dd>{e.action}</dd>
        <dt>{t('logs.col.entity')}</dt>
        <dd>
          <Link to={`/manage/logs?${history}`}>
            {e.entity_type} #{e.entity_id}
          </Link>
          {e.entity_label ? ` · ${e.entity_label}` : ''}
        </dd>
        <dt>{t('logs.col.actor')}</dt>
        <dd>
          {e.actor_label || t('logs.system')}
          {e.actor_role ? ` (${e.actor_role})` : ''}
        </dd>
        <dt>{t('admin.col.store')}</dt>
        <dd>{e.store ?? '—'}</dd>
        <dt>{t('logs.reason')}</dt>
        <dd>{e.reason || '—'}</dd>
        <dt>{t('logs.requestId')}</dt>
        <dd>{e.request_id ? <Link to={`/manage/logs?request_id=${encodeURIComponent(e.request_id)}`}>{e.request_id}</Link> : '—'}</dd>
        <dt>{t('logs.ip')}</dt>
        <dd>{e.ip ?? '—'}</dd>
      </dl>
      <h2>{t('logs.changes')}</h2>
      <Json value={e.changes} />
      <h2>{t('logs.metadata')}</h2>
      <Json value={e.metadata} />
    </div>
  );
}
