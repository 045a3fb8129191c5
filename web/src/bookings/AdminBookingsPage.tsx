import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useBookingsListQuery, useStoresListQuery, type BookingsListApiArg, type BookingStatusEnum } from '../api/generated';
import { Field, SelectField } from '../components/Field';
import { Pagination } from '../components/Pagination';
import { Loading, QueryError } from '../components/Status';
import { t } from '../i18n/t';
import { filterParams } from '../manage/format';
import { BookingStatusBadge, formatSlot, statusLabel } from './BookingSummary';

const PAGE_SIZE = 25;
export const BOOKING_STATUSES: readonly BookingStatusEnum[] = ['pending', 'approved', 'in_progress', 'completed', 'cancelled', 'rejected'];
const FILTERS = ['status', 'store', 'search', 'date_from', 'date_to', 'ordering'] as const;
const ORDERINGS = ['-created_at', 'date', '-date', 'status'] as const;

/** System admin: every booking, with the API's filters. */
export function AdminBookingsPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const stores = useStoresListQuery({ pageSize: 100 });
  const store = params.get('store');
  const list = useBookingsListQuery({
    status: (params.get('status') || undefined) as BookingsListApiArg['status'],
    store: store ? Number(store) : undefined,
    search: params.get('search') || undefined,
    dateFrom: params.get('date_from') || undefined,
    dateTo: params.get('date_to') || undefined,
    ordering: params.get('ordering') || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(filterParams(event.currentTarget, FILTERS));
  };

  return (
    <div>
      <h1>{t('adminBookings.title')}</h1>
      <form className="filters" onSubmit={submit} key={params.toString()} aria-label={t('adminBookings.filters')}>
        <SelectField label={t('adminBookings.status')} name="status" defaultValue={params.get('status') ?? ''}>
          <option value="">{t('leads.anyStatus')}</option>
          {BOOKING_STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </SelectField>
        <SelectField key={String(stores.isSuccess)} label={t('admin.col.store')} name="store" defaultValue={store ?? ''}>
          <option value="">{t('admin.stock.allStores')}</option>
          {stores.data?.results.map((row) => (
            <option key={row.id} value={row.id}>
              {row.name}
            </option>
          ))}
        </SelectField>
        <Field label={t('adminBookings.search')} name="search" type="search" defaultValue={params.get('search') ?? ''} />
        <SelectField label={t('admin.stock.ordering')} name="ordering" defaultValue={params.get('ordering') ?? '-created_at'}>
          {ORDERINGS.map((value) => (
            <option key={value} value={value}>
              {t(`adminBookings.ordering.${value}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t('adminBookings.dateFrom')} name="date_from" type="date" defaultValue={params.get('date_from') ?? ''} />
        <Field label={t('adminBookings.dateTo')} name="date_to" type="date" defaultValue={params.get('date_to') ?? ''} />
        <div className="filter-actions">
          <button type="submit">{t('admin.search')}</button>
        </div>
      </form>
      {list.isLoading || list.isFetching ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {list.data && list.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('adminBookings.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('adminBookings.reference')}</th>
                <th scope="col">{t('adminBookings.status')}</th>
                <th scope="col">{t('booking.slot')}</th>
                <th scope="col">{t('admin.col.name')}</th>
                <th scope="col">{t('adminBookings.contact')}</th>
                <th scope="col">{t('admin.col.store')}</th>
                <th scope="col">{t('adminBookings.advisor')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((booking) => (
                <tr key={booking.id}>
                  <td>
                    <Link to={`/manage/bookings/${booking.id}`}>{booking.reference}</Link>
                  </td>
                  <td>
                    <BookingStatusBadge status={booking.status} />
                  </td>
                  <td>{formatSlot(booking.date, booking.time)}</td>
                  <td>{booking.name}</td>
                  <td>{booking.email ?? booking.phone ?? '—'}</td>
                  <td>{booking.store_name ?? '—'}</td>
                  <td>{booking.attendant_name ?? '—'}</td>
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
