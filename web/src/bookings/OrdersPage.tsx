import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { formErrors } from '../api/errors';
import { useBookingsListQuery, useBookingsPartialUpdateMutation, type BookingOutputRead } from '../api/generated';
import { FormAlert } from '../components/FormAlert';
import { Pagination, usePage } from '../components/Pagination';
import { Loading, QueryError } from '../components/Status';
import { t } from '../i18n/t';
import { TextAreaField } from '../public/TextAreaField';
import { BookingSummary } from './BookingSummary';

const PAGE_SIZE = 10;
/** A customer may cancel while the shop has not started the repair (bookings spec, customer cancellation). */
export const CUSTOMER_CANCELLABLE = new Set(['pending', 'approved']);

function CancelForm({ booking }: { booking: BookingOutputRead }) {
  const [open, setOpen] = useState(false);
  const [cancel, { error, isLoading }] = useBookingsPartialUpdateMutation();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(error);
  if (!open) {
    return (
      <button type="button" className="button-secondary" onClick={() => setOpen(true)} aria-label={t('orders.cancelOne', { reference: booking.reference })}>
        {t('orders.cancel')}
      </button>
    );
  }
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    await cancel({ id: booking.id, patchedBookingUpdateInputRequest: { status: 'cancelled', reason } });
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('orders.cancelOne', { reference: booking.reference })}>
      <FormAlert message={error ? errors.form : null} formRef={formRef} />
      <TextAreaField label={t('orders.reason')} name="reason" required maxLength={1000} rows={2} help={t('orders.reasonHelp')} errors={errors.fields.reason ?? errors.fields.status} />
      <p className="actions">
        <button type="submit" disabled={isLoading}>
          {t('orders.confirmCancel')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
          {t('orders.keep')}
        </button>
      </p>
    </form>
  );
}

/** Customer: their own bookings, newest first, with the status history; cancel while it is still allowed. */
export function OrdersPage() {
  const page = usePage();
  const list = useBookingsListQuery({ page, pageSize: PAGE_SIZE });
  return (
    <div>
      <h1>{t('orders.title')}</h1>
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? (
        <p>
          {t('orders.empty')} <Link to="/book">{t('nav.book')}</Link>
        </p>
      ) : null}
      <ul className="booking-list">
        {list.data?.results.map((booking) => (
          <li key={booking.id}>
            <BookingSummary booking={booking} />
            {CUSTOMER_CANCELLABLE.has(booking.status) ? <CancelForm booking={booking} /> : null}
          </li>
        ))}
      </ul>
      {list.data ? <Pagination page={page} count={list.data.count} pageSize={PAGE_SIZE} /> : null}
    </div>
  );
}
