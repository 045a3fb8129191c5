import { useSearchParams } from 'react-router-dom';
import { useBookingsListQuery, type BookingStatusEnum } from '../../api/generated';
import { SelectField } from '../../components/Field';
import { PAGE_SIZE, usePage } from '../../components/Pagination';
import { RowsTable } from '../../components/RowsTable';
import { t, type MessageKey } from '../../i18n/t';
import { BOOKING_STATUSES } from '../../dashboard/bookingWeeks';

const statusLabel = (status: BookingStatusEnum) => t(`dashboard.bookings.status.${status}` as MessageKey);

/**
 * The branch head's store bookings, read only (the API limits the list to the store they head). The one filter
 * applies as it is chosen, so it needs no Search button.
 */
export function StoreBookingsPage() {
  const [params, setParams] = useSearchParams();
  const page = usePage();
  const status = (BOOKING_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as BookingStatusEnum) : undefined;
  const list = useBookingsListQuery({ status, page, pageSize: PAGE_SIZE, ordering: '-date' });
  return (
    <div>
      <h1>{t('storeBookings.title')}</h1>
      <div className="filters">
        <SelectField label={t('storeBookings.status')} name="status" value={status ?? ''} onChange={(event) => setParams(event.target.value ? { status: event.target.value } : {})}>
          <option value="">{t('storeBookings.all')}</option>
          {BOOKING_STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </SelectField>
      </div>
      <RowsTable
        label={t('storeBookings.title')}
        list={list}
        rows={list.data?.results}
        page={page}
        pageSize={PAGE_SIZE}
        columns={[
          { label: t('storeBookings.reference'), cell: (booking) => booking.reference },
          { label: t('storeBookings.when'), cell: (booking) => `${booking.date} ${booking.time.slice(0, 5)}` },
          { label: t('storeBookings.customer'), cell: (booking) => booking.name },
          { label: t('storeBookings.status'), cell: (booking) => statusLabel(booking.status) },
          { label: t('storeBookings.attendant'), cell: (booking) => booking.attendant_name ?? '—' },
        ]}
      />
    </div>
  );
}
