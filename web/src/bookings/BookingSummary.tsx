import type { BookingOutputRead, BookingStatusEnum } from '../api/generated';
import { t, type MessageKey } from '../i18n/t';
import { formatWhen } from '../manage/format';

export function statusLabel(status: string): string {
  return t(`booking.status.${status}` as MessageKey);
}

export function BookingStatusBadge({ status }: { status: BookingStatusEnum }) {
  return <span className={`badge badge-booking-${status}`}>{statusLabel(status)}</span>;
}

export function formatSlot(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(t('format.locale'), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(y, m - 1, d, hh, mm));
}

/** A booking as its customer sees it: what was asked for, where it stands, and how it got there. */
export function BookingSummary({ booking, headingLevel = 2 }: { booking: BookingOutputRead; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const issues = [...(booking.details?.issues ?? []), ...(booking.details?.other_issues ?? [])].map((i) => i.name);
  const device = [booking.details?.brand, booking.details?.product].filter(Boolean).join(' ');
  return (
    <article className="card booking-card" aria-labelledby={`booking-${booking.id}`}>
      <Heading id={`booking-${booking.id}`} className="booking-heading">
        <span>{booking.reference}</span> <BookingStatusBadge status={booking.status} />
      </Heading>
      <dl className="facts">
        <dt>{t('booking.slot')}</dt>
        <dd>{formatSlot(booking.date, booking.time)}</dd>
        <dt>{t('booking.store')}</dt>
        <dd>{booking.store_name ?? t('booking.anyStore')}</dd>
        {device ? (
          <>
            <dt>{t('booking.device')}</dt>
            <dd>{device}</dd>
          </>
        ) : null}
        {issues.length ? (
          <>
            <dt>{t('booking.issues')}</dt>
            <dd>{issues.join(', ')}</dd>
          </>
        ) : null}
        {booking.reason ? (
          <>
            <dt>{t('booking.reason')}</dt>
            <dd className="prewrap">{booking.reason}</dd>
          </>
        ) : null}
        <dt>{t('booking.booked')}</dt>
        <dd>{formatWhen(booking.created_at)}</dd>
      </dl>
      <SubHeading>{t('booking.history')}</SubHeading>
      {booking.status_history.length === 0 ? <p className="muted">{t('booking.noHistory')}</p> : null}
      <ol className="history">
        {booking.status_history.map((entry, index) => (
          <li key={index}>
            <strong>{t('booking.changed', { from: statusLabel(entry.from_status), to: statusLabel(entry.to_status) })}</strong>{' '}
            <span className="muted">{formatWhen(entry.changed_at)}</span>
            {entry.reason ? <p className="prewrap">{entry.reason}</p> : null}
          </li>
        ))}
      </ol>
    </article>
  );
}
