import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formErrors } from '../api/errors';
import {
  useNotificationsListQuery,
  useNotificationsRetryCreateMutation,
  type NotificationOutputRead,
  type NotificationsListApiArg,
} from '../api/generated';
import { Field, SelectField } from '../components/Field';
import { Pagination } from '../components/Pagination';
import { Loading, QueryError } from '../components/Status';
import { t, type MessageKey } from '../i18n/t';
import { filterParams, formatWhen } from './format';

const PAGE_SIZE = 25;
const FILTERS = ['status', 'channel', 'event', 'recipient'] as const;
const STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;

/** Puts a failed notification back in the queue (the outbox list and the detail page). */
export function RetryButton({ row, onResult }: { row: NotificationOutputRead; onResult: (message: string, ok: boolean) => void }) {
  const [retry, { isLoading }] = useNotificationsRetryCreateMutation();
  return (
    <button
      type="button"
      className="button-secondary button-small"
      disabled={isLoading}
      aria-label={t('notifications.retryOne', { id: row.id })}
      onClick={async () => {
        const result = await retry({ id: row.id });
        if ('data' in result) onResult(t('notifications.retried', { id: row.id }), true);
        else onResult(formErrors(result.error).form ?? t('app.error'), false);
      }}
    >
      {t('notifications.retry')}
    </button>
  );
}

/** System admin: the notification outbox (e-mail and SMS), filtered; each row opens in full; failed messages can be sent again. */
export function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const list = useNotificationsListQuery({
    status: (params.get('status') || undefined) as NotificationsListApiArg['status'],
    channel: (params.get('channel') || undefined) as NotificationsListApiArg['channel'],
    event: params.get('event') || undefined,
    recipient: params.get('recipient') || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    setParams(filterParams(event.currentTarget, FILTERS));
  };

  return (
    <div>
      <h1>{t('notifications.title')}</h1>
      <form className="filters" onSubmit={submit} key={params.toString()} aria-label={t('notifications.filters')}>
        <SelectField label={t('notifications.status')} name="status" defaultValue={params.get('status') ?? ''}>
          <option value="">{t('leads.anyStatus')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`notifications.status.${value}` as MessageKey)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('notifications.channel')} name="channel" defaultValue={params.get('channel') ?? ''}>
          <option value="">{t('notifications.anyChannel')}</option>
          <option value="email">{t('notifications.channel.email')}</option>
          <option value="sms">{t('notifications.channel.sms')}</option>
        </SelectField>
        <Field label={t('notifications.event')} name="event" defaultValue={params.get('event') ?? ''} />
        <Field label={t('notifications.recipient')} name="recipient" defaultValue={params.get('recipient') ?? ''} />
        <div className="filter-actions">
          <button type="submit">{t('admin.search')}</button>
        </div>
      </form>
      {message ? (
        <div className={`alert ${message.ok ? 'alert-success' : 'alert-error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </div>
      ) : null}
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {list.data && list.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('notifications.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('notifications.col.created')}</th>
                <th scope="col">{t('notifications.event')}</th>
                <th scope="col">{t('notifications.channel')}</th>
                <th scope="col">{t('notifications.recipient')}</th>
                <th scope="col">{t('notifications.col.subject')}</th>
                <th scope="col">{t('notifications.status')}</th>
                <th scope="col" className="numeric">{t('notifications.col.attempts')}</th>
                <th scope="col">{t('notifications.col.error')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('notifications.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link to={`/manage/notifications/${row.id}`} aria-label={t('notifications.open', { id: row.id, when: formatWhen(row.created_at) })}>
                      {formatWhen(row.created_at)}
                    </Link>
                  </td>
                  <td>{row.event}</td>
                  <td>{t(`notifications.channel.${row.channel}` as MessageKey)}</td>
                  <td>{row.recipient}</td>
                  <td className="cell-clip">{row.subject || '—'}</td>
                  <td>
                    <span className={`badge badge-notification-${row.status}`}>{t(`notifications.status.${row.status}` as MessageKey)}</span>
                  </td>
                  <td className="numeric">{row.attempts}</td>
                  <td className="cell-clip">{row.last_error || '—'}</td>
                  <td>{row.status === 'failed' ? <RetryButton row={row} onResult={(text, ok) => setMessage({ text, ok })} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? <Pagination page={page} count={list.data.count} pageSize={PAGE_SIZE} /> : null}
    </div>
  );
}
