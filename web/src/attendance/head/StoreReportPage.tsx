import { useSearchParams } from 'react-router-dom';
import { formErrors } from '../../api/errors';
import { useAttendanceReportStoreQuery, useAuthMeRetrieveQuery, useStoresListQuery } from '../../api/generated';
import { Field, SelectField } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Loading, QueryError } from '../../components/Status';
import { formatPrice, t } from '../../i18n/t';
import { RosterTabs } from '../admin/common';
import { CsvButton } from '../CsvButton';
import { hoursMinutes, monthOf } from '../punch';

function Report({ storeId, month }: { storeId: number; month: string }) {
  const report = useAttendanceReportStoreQuery({ storeId: String(storeId), month });
  const errors = formErrors(report.error);
  if (report.isFetching) return <Loading />;
  if (report.error) return <FormAlert message={errors.fields.month?.join(' ') ?? errors.form} />;
  if (!report.data) return null;
  const data = report.data;
  return (
    <>
      <h2>{t('report.store.heading', { store: data.store_name, month: data.month })}</h2>
      <dl className="counters">
        <div><dt>{t('report.worked')}</dt><dd>{hoursMinutes(data.totals.worked_minutes)}</dd></div>
        <div><dt>{t('report.ot')}</dt><dd>{hoursMinutes(data.totals.ot_minutes)}</dd></div>
        <div><dt>{t('report.late')}</dt><dd>{hoursMinutes(data.totals.late_minutes)}</dd></div>
        <div><dt>{t('report.payable')}</dt><dd>{data.totals.payable_hours}</dd></div>
        <div><dt>{t('report.gross')}</dt><dd>{formatPrice(data.totals.gross_pay)}</dd></div>
      </dl>
      {data.advisors.length === 0 ? (
        <p>{t('report.noDays')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('report.store.advisors')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('roster.advisor')}</th>
                <th scope="col" className="numeric">{t('report.shifts')}</th>
                <th scope="col" className="numeric">{t('report.present')}</th>
                <th scope="col" className="numeric">{t('report.halfDays')}</th>
                <th scope="col" className="numeric">{t('report.absent')}</th>
                <th scope="col" className="numeric">{t('report.pending')}</th>
                <th scope="col" className="numeric">{t('report.workedMin')}</th>
                <th scope="col" className="numeric">{t('report.lateMin')}</th>
                <th scope="col" className="numeric">{t('report.otMin')}</th>
                <th scope="col" className="numeric">{t('report.payable')}</th>
                <th scope="col" className="numeric">{t('report.gross')}</th>
              </tr>
            </thead>
            <tbody>
              {data.advisors.map((row) => (
                <tr key={row.user_id}>
                  <th scope="row">{row.name || row.username}</th>
                  <td className="numeric">{row.total_shifts}</td>
                  <td className="numeric">{row.present_days}</td>
                  <td className="numeric">{row.half_days}</td>
                  <td className="numeric">{row.absent_days}</td>
                  <td className="numeric">{row.pending_days}</td>
                  <td className="numeric">{row.worked_minutes}</td>
                  <td className="numeric">{row.late_minutes}</td>
                  <td className="numeric">{row.ot_minutes}</td>
                  <td className="numeric">{row.payable_hours}</td>
                  <td className="numeric">{formatPrice(row.gross_pay)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/**
 * A store's attendance month: the branch head's own store, or for a system admin any store chosen in the page;
 * the month and store stay in the address; the CSV is the API's export.
 */
export function StoreReportPage({ admin = false }: { admin?: boolean }) {
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : monthOf(new Date());
  const me = useAuthMeRetrieveQuery(undefined, { skip: admin });
  const stores = useStoresListQuery({ pageSize: 100 }, { skip: !admin });
  const chosen = admin ? Number(params.get('store')) || stores.data?.results[0]?.id : me.data?.store ?? undefined;
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next);
  };
  if (me.isLoading || stores.isLoading) return <Loading />;
  if (me.error || stores.error) return <QueryError error={me.error ?? stores.error} />;
  return (
    <div>
      {admin ? <RosterTabs /> : null}
      <h1>{admin ? t('report.store.adminTitle') : t('report.store.title')}</h1>
      <div className="filters">
        {admin ? (
          <SelectField label={t('admin.col.store')} name="store" value={chosen ?? ''} onChange={(event) => set('store', event.target.value)}>
            {stores.data?.results.map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <Field label={t('report.month')} name="month" type="month" value={month} onChange={(event) => event.target.value && set('month', event.target.value)} />
        {chosen ? (
          <div className="filter-actions">
            <CsvButton url={`/api/attendance/reports/store/${chosen}`} month={month} filename={`attendance_store_${chosen}_${month}.csv`} />
          </div>
        ) : null}
      </div>
      {chosen ? <Report storeId={chosen} month={month} /> : <p>{t('attendance.today.noStore')}</p>}
    </div>
  );
}
