import { skipToken } from '@reduxjs/toolkit/query';
import { useState } from 'react';
import { formErrors } from '../api/errors';
import { useAttendanceListQuery, useAttendanceReportMeQuery, type AttendanceOutputRead } from '../api/generated';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { Loading } from '../components/Status';
import { formatPrice, t, type MessageKey } from '../i18n/t';
import { CorrectionForm, hasPendingAdjust } from './Correction';
import { CsvButton } from './CsvButton';
import { hoursMinutes, monthOf } from './punch';

function time(value: string | null, timeZone: string | null): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(t('format.locale'), { hour: '2-digit', minute: '2-digit', timeZone: timeZone ?? undefined }).format(new Date(value));
}

/** The advisor's own month: counters, pay and one row per attendance day, with the CSV. */
export function MyReport({ timeZone = null }: { timeZone?: string | null }) {
  const [month, setMonth] = useState(() => monthOf(new Date()));
  const report = useAttendanceReportMeQuery({ month });
  const errors = formErrors(report.error);
  const summary = report.data?.summary;
  // The report's days carry no row id: the advisor's own rows of the same range give it, and their requests.
  const range = report.data?.range;
  const rows = useAttendanceListQuery(range ? { dateFrom: range.start, dateTo: range.end, pageSize: 100, ordering: 'date' } : skipToken);
  const rowOf = (date: string, shift: string) => rows.data?.results.find((row) => row.date === date && row.shift_name === shift) as AttendanceOutputRead | undefined;
  const [correcting, setCorrecting] = useState<AttendanceOutputRead | null>(null);
  const [sent, setSent] = useState(false);
  return (
    <section aria-labelledby="my-report-title">
      <h2 id="my-report-title">{t('report.me.title')}</h2>
      <div className="filters">
        <Field label={t('report.month')} name="month" type="month" value={month} onChange={(event) => event.target.value && setMonth(event.target.value)} errors={errors.fields.month} />
        <div className="filter-actions">
          <CsvButton url="/api/attendance/reports/me" month={month} filename={`attendance_me_${month}.csv`} />
        </div>
      </div>
      {report.isFetching ? <Loading /> : null}
      {report.error && !errors.fields.month ? <FormAlert message={errors.form} /> : null}
      {summary && !report.isFetching ? (
        <>
          <dl className="counters">
            <div><dt>{t('report.present')}</dt><dd>{summary.present_days}</dd></div>
            <div><dt>{t('report.halfDays')}</dt><dd>{summary.half_days}</dd></div>
            <div><dt>{t('report.absent')}</dt><dd>{summary.absent_days}</dd></div>
            <div><dt>{t('report.pending')}</dt><dd>{summary.pending_days}</dd></div>
            <div><dt>{t('report.worked')}</dt><dd>{hoursMinutes(summary.worked_minutes)}</dd></div>
            <div><dt>{t('report.late')}</dt><dd>{hoursMinutes(summary.late_minutes)}</dd></div>
            <div><dt>{t('report.gross')}</dt><dd>{formatPrice(summary.gross_pay)}</dd></div>
          </dl>
          {report.data!.by_day.length === 0 ? (
            <p>{t('report.noDays')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-label={t('report.me.days')} tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('roster.date')}</th>
                    <th scope="col">{t('attendance.today.shift')}</th>
                    <th scope="col">{t('report.status')}</th>
                    <th scope="col">{t('report.in')}</th>
                    <th scope="col">{t('report.out')}</th>
                    <th scope="col" className="numeric">{t('report.workedMin')}</th>
                    <th scope="col" className="numeric">{t('report.lateMin')}</th>
                    <th scope="col" className="numeric">{t('report.pay')}</th>
                    <th scope="col">{t('correction.column')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.data!.by_day.map((day) => (
                    <tr key={`${day.date}-${day.shift}`}>
                      <td>{day.date}</td>
                      <td>{day.shift}</td>
                      <td>{t(`attendance.status.${day.status}` as MessageKey)}</td>
                      <td>{time(day.check_in, timeZone)}</td>
                      <td>{time(day.check_out, timeZone)}</td>
                      <td className="numeric">{day.worked_minutes}</td>
                      <td className="numeric">{day.late_minutes}</td>
                      <td className="numeric">{formatPrice(day.pay)}</td>
                      <td>
                        <CorrectionCell
                          row={rowOf(day.date, day.shift)}
                          onOpen={(row) => {
                            setSent(false);
                            setCorrecting(row);
                          }}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
      {/* Outside the report's block: a request refetches the report, and the form must keep its errors meanwhile. */}
      <FormAlert tone="success" message={sent ? t('correction.sent') : null} />
      {correcting ? (
        <CorrectionForm
          key={correcting.id}
          row={correcting}
          timeZone={timeZone}
          onDone={(done) => {
            setSent(done);
            setCorrecting(null);
          }}
        />
      ) : null}
    </section>
  );
}

/** A day's correction state: pending while an ADJUST waits, else the button that opens the request form. */
function CorrectionCell({ row, onOpen }: { row: AttendanceOutputRead | undefined; onOpen: (row: AttendanceOutputRead) => void }) {
  if (!row) return <>—</>;
  if (hasPendingAdjust(row)) return <span className="badge badge-muted">{t('correction.pending')}</span>;
  return (
    <button type="button" className="button-secondary" onClick={() => onOpen(row)} aria-label={t('correction.openNamed', { date: row.date })}>
      {t('correction.open')}
    </button>
  );
}
