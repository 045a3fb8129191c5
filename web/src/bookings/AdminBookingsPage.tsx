import { Link, useSearchParams } from 'react-router-dom';
import { useBookingsListQuery, type BookingsListApiArg, type BookingStatusEnum } from '../api/generated';
import { Field, SelectField } from '../components/Field';
import { FilterForm, StoreFilter } from '../components/FilterForm';
import { LONG_PAGE_SIZE, usePage } from '../components/Pagination';
import { RowsTable } from '../components/RowsTable';
import { t } from '../i18n/t';
import { BookingStatusBadge, formatSlot, statusLabel } from './BookingSummary';

export const BOOKING_STATUSES: readonly BookingStatusEnum[] = ['pending', 'approved', 'in_progress', 'completed', 'cancelled', 'rejected'];
const ORDERINGS = ['-created_at', 'date', '-date', 'status'] as const;

/** System admin: every booking, with the API's filters. */
export function AdminBookingsPage() {
  const [params] = useSearchParams();
  const page = usePage();
  const store = params.get('store');
  const list = useBookingsListQuery({
    status: (params.get('status') || undefined) as BookingsListApiArg['status'],
    store: store ? Number(store) : undefined,
    search: params.get('search') || undefined,
    dateFrom: params.get('date_from') || undefined,
    dateTo: params.get('date_to') || undefined,
    ordering: params.get('ordering') || undefined,
    page,
    pageSize: LONG_PAGE_SIZE,
  });

  return (
    <div>
      <h1>{t('adminBookings.title')}</h1>
      <FilterForm label={t('adminBookings.filters')}>
        <SelectField label={t('adminBookings.status')} name="status" defaultValue={params.get('status') ?? ''}>
          <option value="">{t('leads.anyStatus')}</option>
          {BOOKING_STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </SelectField>
        <StoreFilter />
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
      </FilterForm>
      <RowsTable
        label={t('adminBookings.title')}
        list={list}
        busy={list.isFetching}
        rows={list.data?.results}
        page={page}
        pageSize={LONG_PAGE_SIZE}
        columns={[
          { label: t('adminBookings.reference'), cell: (booking) => <Link to={`/manage/bookings/${booking.id}`}>{booking.reference}</Link> },
          { label: t('adminBookings.status'), cell: (booking) => <BookingStatusBadge status={booking.status} /> },
          { label: t('booking.slot'), cell: (booking) => formatSlot(booking.date, booking.time) },
          { label: t('admin.col.name'), cell: (booking) => booking.name },
          { label: t('adminBookings.contact'), cell: (booking) => booking.email ?? booking.phone ?? '—' },
          { label: t('admin.col.store'), cell: (booking) => booking.store_name ?? '—' },
          { label: t('adminBookings.advisor'), cell: (booking) => booking.attendant_name ?? '—' },
        ]}
      />
    </div>
  );
}
