import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formErrors } from '../api/errors';
import {
  useNotificationsListQuery,
  useNotificationsRetryCreateMutation,
  type NotificationOutputRead,
  type NotificationsListApiArg,
} from '../api/generated';
import { Field, SelectField } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { FilterForm } from '../components/FilterForm';
import { LONG_PAGE_SIZE, usePage } from '../components/Pagination';
import { RowsTable } from '../components/RowsTable';
import { t, type MessageKey } from '../i18n/t';
import { formatWhen } from './format';

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
  const [params] = useSearchParams();
  const page = usePage();
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const list = useNotificationsListQuery({
    status: (params.get('status') || undefined) as NotificationsListApiArg['status'],
    channel: (params.get('channel') || undefined) as NotificationsListApiArg['channel'],
    event: params.get('event') || undefined,
    recipient: params.get('recipient') || undefined,
    page,
    pageSize: LONG_PAGE_SIZE,
  });

  return (
    <div>
      <h1>{t('notifications.title')}</h1>
      <FilterForm label={t('notifications.filters')} onSearch={() => setMessage(null)}>
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
      </FilterForm>
      <FormAlert message={message?.text ?? null} tone={message?.ok ? 'success' : 'error'} focus={false} />
      <RowsTable
        label={t('notifications.title')}
        list={list}
        rows={list.data?.results}
        page={page}
        pageSize={LONG_PAGE_SIZE}
        columns={[
          {
            label: t('notifications.col.created'),
            cell: (row) => (
              <Link to={`/manage/notifications/${row.id}`} aria-label={t('notifications.open', { id: row.id, when: formatWhen(row.created_at) })}>
                {formatWhen(row.created_at)}
              </Link>
            ),
          },
          { label: t('notifications.event'), cell: (row) => row.event },
          { label: t('notifications.channel'), cell: (row) => t(`notifications.channel.${row.channel}` as MessageKey) },
          { label: t('notifications.recipient'), cell: (row) => row.recipient },
          { label: t('notifications.col.subject'), className: 'cell-clip', cell: (row) => row.subject || '—' },
          {
            label: t('notifications.status'),
            cell: (row) => <span className={`badge badge-notification-${row.status}`}>{t(`notifications.status.${row.status}` as MessageKey)}</span>,
          },
          { label: t('notifications.col.attempts'), numeric: true, cell: (row) => row.attempts },
          { label: t('notifications.col.error'), className: 'cell-clip', cell: (row) => row.last_error || '—' },
          // Its one button is named per row, so the heading needs no visible word.
          {
            label: t('notifications.col.actions'),
            hiddenLabel: true,
            cell: (row) => (row.status === 'failed' ? <RetryButton row={row} onResult={(text, ok) => setMessage({ text, ok })} /> : null),
          },
        ]}
      />
    </div>
  );
}
