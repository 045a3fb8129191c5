import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useNotificationsRetrieveQuery } from '../api/generated';
import { FormAlert } from '../components/FormAlert';
import { Loading, NotFound, QueryError } from '../components/Status';
import { t, type MessageKey } from '../i18n/t';
import { formatWhen } from './format';
import { RetryButton } from './NotificationsPage';

/** The screen of the record a notification is about, where there is one. */
const ENTITY_SCREENS: Record<string, (id: string) => string> = {
  booking: (id) => `/manage/bookings/${id}`,
  contact_request: (id) => `/manage/leads/contact/${id}`,
  call_request: (id) => `/manage/leads/call/${id}`,
};

/** System admin: one outbox row in full — the rendered message, its delivery state, and retry when it failed. */
export function NotificationDetailPage() {
  const { id: rawId } = useParams();
  const id = Number(rawId);
  const valid = Number.isInteger(id) && id > 0;
  const notification = useNotificationsRetrieveQuery({ id }, { skip: !valid });
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  if (!valid) return <NotFound />;
  if (notification.error) return <QueryError error={notification.error} />;
  if (!notification.data) return <Loading />;
  const n = notification.data;
  const screen = n.entity_type && n.entity_id ? ENTITY_SCREENS[n.entity_type]?.(n.entity_id) : undefined;
  const history = new URLSearchParams({ entity: n.entity_type, entity_id: n.entity_id });
  return (
    <div>
      <p>
        <Link to="/manage/notifications">{t('notifications.back')}</Link>
      </p>
      <h1>{t('notifications.detail', { id: n.id })}</h1>
      <FormAlert message={message?.text ?? null} tone={message?.ok ? 'success' : 'error'} focus={false} />
      <dl className="facts">
        <dt>{t('notifications.status')}</dt>
        <dd>
          <span className={`badge badge-notification-${n.status}`}>{t(`notifications.status.${n.status}` as MessageKey)}</span>
        </dd>
        <dt>{t('notifications.event')}</dt>
        <dd>{n.event}</dd>
        <dt>{t('notifications.channel')}</dt>
        <dd>{t(`notifications.channel.${n.channel}` as MessageKey)}</dd>
        <dt>{t('notifications.recipient')}</dt>
        <dd>
          {n.recipient}
          {n.recipient_user !== null ? ` (${t('notifications.userId', { id: n.recipient_user })})` : ''}
        </dd>
        <dt>{t('notifications.audience')}</dt>
        <dd>{t(`notifications.audience.${n.audience}` as MessageKey)}</dd>
        <dt>{t('notifications.about')}</dt>
        <dd>
          {n.entity_type ? (
            <>
              {screen ? <Link to={screen}>{`${n.entity_type} #${n.entity_id}`}</Link> : `${n.entity_type} #${n.entity_id}`}
              {' · '}
              <Link to={`/manage/logs?${history}`}>{t('notifications.history')}</Link>
            </>
          ) : (
            '—'
          )}
        </dd>
        <dt>{t('notifications.col.attempts')}</dt>
        <dd>{n.attempts}</dd>
        <dt>{t('notifications.col.error')}</dt>
        <dd>{n.last_error || '—'}</dd>
        <dt>{t('notifications.col.created')}</dt>
        <dd>{formatWhen(n.created_at)}</dd>
        <dt>{t('notifications.nextAttempt')}</dt>
        <dd>{n.status === 'pending' || n.status === 'sending' ? formatWhen(n.next_attempt_at) : '—'}</dd>
        <dt>{t('notifications.sentAt')}</dt>
        <dd>{formatWhen(n.sent_at)}</dd>
      </dl>
      {n.status === 'failed' ? (
        <p>
          <RetryButton row={n} onResult={(text, ok) => setMessage({ text, ok })} />
        </p>
      ) : null}
      <h2>{t('notifications.col.subject')}</h2>
      <p>{n.subject || t('notifications.noSubject')}</p>
      <h2>{t('notifications.body')}</h2>
      {n.body ? <pre className="json message-body">{n.body}</pre> : <p>—</p>}
    </div>
  );
}
