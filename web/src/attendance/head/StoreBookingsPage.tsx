import { useSearchParams } from 'react-router-dom';
import { useBookingsListQuery, type BookingStatusEnum } from '../../api/generated';
import { SelectField } from '../../components/Field';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { t, type MessageKey } from '../../i18n/t';
import { BOOKING_STATUSES } from '../../dashboard/bookingWeeks';

const PAGE_SIZE = 20;

/** The branch head's store bookings, read only (the API limits the list to the store they head). */
export function StoreBookingsPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
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
              {t(`dashboard.bookings.status.${value}` as MessageKey)}
            </option>
          ))}
        </SelectField>
      </div>
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {list.data && list.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('storeBookings.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('storeBookings.reference')}</th>
                <th scope="col">{t('storeBookings.when')}</th>
                <th scope="col">{t('storeBookings.customer')}</th>
                <th scope="col">{t('storeBookings.status')}</th>
                <th scope="col">{t('storeBookings.attendant')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((booking) => (
                <tr key={booking.id}>
                  <td>{booking.reference}</td>
                  <td>
                    {booking.date} {booking.time.slice(0, 5)}
                  </td>
                  <td>{booking.name}</td>
                  <td>{t(`dashboard.bookings.status.${booking.status}` as MessageKey)}</td>
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
