import { Link } from 'react-router-dom';
import { useStockLedgersListQuery } from '../api/generated';
import { Loading, QueryError } from '../components/Status';
import { t } from '../i18n/t';
import { BarChart, type Bar } from './BarChart';

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
