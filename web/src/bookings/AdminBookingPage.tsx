import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formErrors } from '../api/errors';
import {
  useBookingsPartialUpdateMutation,
  useBookingsRetrieveQuery,
  useStoresListQuery,
  useUsersListQuery,
  type BookingStatusEnum,
} from '../api/generated';
import { SelectField } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { Loading, NotFound, QueryError } from '../components/Status';
import { t } from '../i18n/t';
import { TextAreaField } from '../public/TextAreaField';
import { BookingSummary, statusLabel } from './BookingSummary';

/** The workflow of the bookings spec; cancelling and rejecting need a reason. */
export const BOOKING_NEXT: Record<BookingStatusEnum, BookingStatusEnum[]> = {
  pending: ['approved', 'rejected', 'cancelled'],
  approved: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
  rejected: [],
};
export const NEEDS_REASON = new Set<BookingStatusEnum>(['cancelled', 'rejected']);

/** System admin: one booking; move it through the workflow, assign its store and advisor. */
export function AdminBookingPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const booking = useBookingsRetrieveQuery({ id }, { skip: !valid });
  const stores = useStoresListQuery({ pageSize: 100 });
  const storeId = booking.data?.store ?? undefined;
  const advisors = useUsersListQuery({ role: ['advisor'], isActive: true, store: storeId, pageSize: 100 }, { skip: !booking.data });
  const [move, moveState] = useBookingsPartialUpdateMutation();
  const [assign, assignState] = useBookingsPartialUpdateMutation();
  const [target, setTarget] = useState<string>('');
  const [done, setDone] = useState<'move' | 'assign' | null>(null);
  const moveRef = useRef<HTMLFormElement>(null);
  const assignRef = useRef<HTMLFormElement>(null);
  const moveErrors = formErrors(moveState.error);
  const assignErrors = formErrors(assignState.error);

  if (!valid) return <NotFound />;
  if (booking.error) return <QueryError error={booking.error} />;
  if (!booking.data) return <Loading />;
  const b = booking.data;
  const next = BOOKING_NEXT[b.status];

  const submitMove = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = String(data.get('status') ?? '') as BookingStatusEnum;
    const reason = String(data.get('reason') ?? '').trim();
    setDone(null);
    const result = await move({ id, patchedBookingUpdateInputRequest: { status, ...(reason ? { reason } : {}) } });
    if ('data' in result) {
      setDone('move');
      setTarget('');
      moveRef.current?.reset();
    }
  };
  const submitAssign = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const store = String(data.get('store') ?? '');
    const attendant = String(data.get('attendant') ?? '');
    setDone(null);
    const result = await assign({
      id,
      patchedBookingUpdateInputRequest: { store: store ? Number(store) : null, attendant: attendant ? Number(attendant) : null },
    });
    if ('data' in result) setDone('assign');
  };

  return (
    <div>
      <p>
        <Link to="/manage/bookings">{t('adminBookings.back')}</Link>
      </p>
      <h1>{t('adminBookings.detail', { reference: b.reference })}</h1>
      <div className="two-columns">
        <div>
          <BookingSummary booking={b} />
          <dl className="facts">
            <dt>{t('admin.col.name')}</dt>
            <dd>{b.name}</dd>
            <dt>{t('admin.col.email')}</dt>
            <dd>{b.email ?? '—'}</dd>
            <dt>{t('admin.col.phone')}</dt>
            <dd>{b.phone ?? '—'}</dd>
            <dt>{t('book.address')}</dt>
            <dd className="prewrap">{b.address || '—'}</dd>
            <dt>{t('book.message')}</dt>
            <dd className="prewrap">{b.message || '—'}</dd>
            <dt>{t('adminBookings.advisor')}</dt>
            <dd>{b.attendant_name ?? '—'}</dd>
          </dl>
          {b.responses.length ? (
            <>
              <h3>{t('book.questions')}</h3>
              <dl className="facts">
                {b.responses.map((r) => (
                  <div key={r.id} className="contents">
                    <dt>{r.question}</dt>
                    <dd>{r.response || '—'}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
        </div>
        <div>
          <form ref={moveRef} onSubmit={submitMove} noValidate aria-labelledby="move-title">
            <h2 id="move-title">{t('adminBookings.move')}</h2>
            <FormAlert message={moveState.error ? moveErrors.form : done === 'move' ? t('adminBookings.moved') : null} formRef={moveRef} tone={moveState.error ? 'error' : 'success'} />
            {next.length === 0 ? <p>{t('adminBookings.closed')}</p> : null}
            {next.length ? (
              <>
                <SelectField label={t('adminBookings.newStatus')} name="status" value={target} onChange={(e) => setTarget(e.target.value)} errors={moveErrors.fields.status}>
                  <option value="">{t('adminBookings.choose')}</option>
                  {next.map((value) => (
                    <option key={value} value={value}>
                      {statusLabel(value)}
                    </option>
                  ))}
                </SelectField>
                <TextAreaField
                  label={NEEDS_REASON.has(target as BookingStatusEnum) ? t('adminBookings.reasonRequired') : t('adminBookings.reason')}
                  name="reason"
                  maxLength={1000}
                  rows={2}
                  required={NEEDS_REASON.has(target as BookingStatusEnum)}
                  errors={moveErrors.fields.reason}
                />
                <button type="submit" disabled={moveState.isLoading || !target}>
                  {t('adminBookings.apply')}
                </button>
              </>
            ) : null}
          </form>
          <form ref={assignRef} onSubmit={submitAssign} noValidate aria-labelledby="assign-title" key={`${b.store}-${b.attendant}-${stores.isSuccess}-${advisors.isSuccess}`}>
            <h2 id="assign-title">{t('adminBookings.assign')}</h2>
            <FormAlert message={assignState.error ? assignErrors.form : done === 'assign' ? t('adminBookings.assigned') : null} formRef={assignRef} tone={assignState.error ? 'error' : 'success'} />
            <SelectField label={t('admin.col.store')} name="store" defaultValue={b.store ?? ''} errors={assignErrors.fields.store}>
              <option value="">{t('book.anyStore')}</option>
              {stores.data?.results.map((row) => (
                <option key={row.id} value={row.id}>
                  {row.name}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('adminBookings.advisor')} name="attendant" defaultValue={b.attendant ?? ''} help={t('adminBookings.advisorHelp')} errors={assignErrors.fields.attendant}>
              <option value="">{t('adminBookings.noAdvisor')}</option>
              {advisors.data?.results.map((user) => (
                <option key={user.id} value={user.id}>
                  {[user.first_name, user.last_name].filter(Boolean).join(' ') || user.username}
                  {user.store_name ? ` (${user.store_name})` : ''}
                </option>
              ))}
            </SelectField>
            <button type="submit" disabled={assignState.isLoading}>
              {t('adminBookings.saveAssign')}
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
