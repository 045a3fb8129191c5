import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { storeopsApi, useStoresListQuery, type StoreReportOutput } from '../api/generated';
import { Loading, QueryError } from '../components/Status';
import { useAppDispatch } from '../hooks';
import { t } from '../i18n/t';
import { monthOf } from '../attendance/punch';
import { BarChart, Legend, type Bar } from './BarChart';

const PARTS = ['present_days', 'half_days', 'pending_days', 'absent_days'] as const;

/** This month's attendance days per store, from each store's month report (one request per active store). */
function useStoreMonths(storeIds: readonly number[], month: string) {
  const dispatch = useAppDispatch();
  const [state, setState] = useState<{ data?: StoreReportOutput[]; error?: unknown }>({});
  const key = storeIds.join(',');
  useEffect(() => {
    if (!storeIds.length) return;
    const requests = storeIds.map((id) => dispatch(storeopsApi.endpoints.attendanceReportStore.initiate({ storeId: String(id), month })));
    let live = true;
    Promise.all(requests.map((request) => request.unwrap()))
      .then((data) => live && setState({ data }))
      .catch((error: unknown) => live && setState({ error }));
    return () => {
      live = false;
      requests.forEach((request) => request.unsubscribe());
    };
  }, [dispatch, key, month]); // `key` stands for `storeIds`
  return state;
}

export function AttendanceCard() {
  const [month] = useState(() => monthOf(new Date()));
  const stores = useStoresListQuery({ isActive: true, pageSize: 100 });
  const ids = stores.data?.results.map((store) => store.id) ?? [];
  const result = useStoreMonths(ids, month);
  const bars: Bar[] = (result.data ?? []).map((report) => {
    const parts = PARTS.map((part) => ({ label: part, value: report.advisors.reduce((sum, row) => sum + row[part], 0) }));
    return { label: report.store_name, value: parts.reduce((sum, part) => sum + part.value, 0), parts };
  });
  const error = stores.error ?? result.error;
  return (
    <section className="card dashboard-card" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('dashboard.attendance.title')}</h2>
      {!error && !result.data ? <Loading /> : null}
      {error ? <QueryError error={error} /> : null}
      {result.data ? (
        <>
          <BarChart title={t('dashboard.attendance.chart', { month })} bars={bars} />
          <Legend labels={[t('report.present'), t('report.halfDays'), t('report.pending'), t('report.absent')]} />
          <p>
            <Link to={`/manage/attendance/reports?month=${month}`}>{t('dashboard.attendance.report')}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
