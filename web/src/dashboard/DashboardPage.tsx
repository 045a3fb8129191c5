import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useStockLedgersListQuery } from '../api/generated';
import { Loading, QueryError } from '../components/Status';
import { t } from '../i18n/t';
import { AttendanceCard } from './AttendanceCard';
import { BarChart, Legend, type Bar } from './BarChart';
import { BOOKING_STATUSES, lastWeeks, useBookingWeeks } from './bookingWeeks';
import type { MessageKey } from '../i18n/t';

const WEEKS = 4;

function BookingsCard() {
  const [weeks] = useState(() => lastWeeks(WEEKS));
  const result = useBookingWeeks(weeks);
  const format = new Intl.DateTimeFormat(t('format.locale'), { day: 'numeric', month: 'short' });
  const bars: Bar[] = (result.data ?? []).map(({ week, counts }) => ({
    label: t('dashboard.bookings.week', { start: format.format(week.start) }),
    value: BOOKING_STATUSES.reduce((sum, status) => sum + counts[status], 0),
    parts: BOOKING_STATUSES.map((status) => ({ label: status, value: counts[status] })),
  }));
  const labels = BOOKING_STATUSES.map((status) => t(`dashboard.bookings.status.${status}` as MessageKey));
  return (
    <section className="card dashboard-card" aria-labelledby="bookings-title">
      <h2 id="bookings-title">{t('dashboard.bookings.title')}</h2>
      {!result.data && !result.error ? <Loading /> : null}
      {result.error ? <QueryError error={result.error} /> : null}
      {result.data ? (
        <>
          <BarChart title={t('dashboard.bookings.chart', { weeks: WEEKS })} bars={bars} />
          <Legend labels={labels} />
          <div className="table-scroll" role="region" aria-label={t('dashboard.bookings.table')} tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.bookings.weekCol')}</th>
                  {labels.map((label) => (
                    <th scope="col" className="numeric" key={label}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.data.map(({ week, counts }) => (
                  <tr key={week.start.getTime()}>
                    <th scope="row">{format.format(week.start)}</th>
                    {BOOKING_STATUSES.map((status) => (
                      <td className="numeric" key={status}>
                        {counts[status]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

/** The lowest balances first; one page of 100 is enough to count per store and to show the worst few. */
function LowStockCard() {
  const low = useStockLedgersListQuery({ lowStock: true, ordering: 'quantity', pageSize: 100 });
  const rows = low.data?.results ?? [];
  const perStore = new Map<string, number>();
  for (const row of rows) perStore.set(row.store_name, (perStore.get(row.store_name) ?? 0) + 1);
  const bars: Bar[] = [...perStore.entries()].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value);
  return (
    <section className="card dashboard-card" aria-labelledby="low-stock-title">
      <h2 id="low-stock-title">{t('dashboard.lowStock.title')}</h2>
      {low.isLoading ? <Loading /> : null}
      {low.error ? <QueryError error={low.error} /> : null}
      {low.data ? (
        <>
          <p className="big-number">{t('dashboard.lowStock.count', { count: low.data.count })}</p>
          {bars.length ? <BarChart title={t('dashboard.lowStock.perStore')} bars={bars} /> : <p>{t('dashboard.lowStock.none')}</p>}
          {rows.length ? (
            <ul className="plain-list">
              {rows.slice(0, 5).map((row) => (
                <li key={row.id}>
                  {t('dashboard.lowStock.item', { product: row.product_name, variant: row.variant_name, store: row.store_name, quantity: row.quantity })}
                </li>
              ))}
            </ul>
          ) : null}
          <p>
            <Link to="/manage/stock?low_stock=true&ordering=quantity">{t('dashboard.lowStock.all')}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

/** `/manage`: the system admin's overview, charts drawn in plain SVG. */
export function DashboardPage() {
  return (
    <div>
      <h1>{t('dashboard.title')}</h1>
      <div className="dashboard-grid">
        <AttendanceCard />
        <BookingsCard />
        <LowStockCard />
        <section className="card dashboard-card" aria-labelledby="rosters-title">
          <h2 id="rosters-title">{t('dashboard.rosters.title')}</h2>
          <ul className="plain-list">
            <li><Link to="/manage/attendance/shifts">{t('roster.tab.shifts')}</Link></li>
            <li><Link to="/manage/attendance/schedules">{t('roster.tab.schedules')}</Link></li>
            <li><Link to="/manage/attendance/exceptions">{t('roster.tab.exceptions')}</Link></li>
            <li><Link to="/manage/attendance/geofences">{t('roster.tab.geofences')}</Link></li>
          </ul>
        </section>
      </div>
    </div>
  );
}
