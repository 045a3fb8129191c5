import { useRef, useState } from 'react';
import { errorStatus, formErrors } from '../api/errors';
import {
  useAttendanceCheckInMutation,
  useAttendanceCheckOutMutation,
  useAttendanceMeTodayQuery,
  type AttendanceOutputRead,
  type CheckInInputRequest,
  type CheckOutInputRequest,
  type TodayOutputRead,
} from '../api/generated';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { Loading, QueryError } from '../components/Status';
import { t, type MessageKey } from '../i18n/t';
import { MyReport } from './MyReport';
import { AttemptKey, hoursMinutes, locate, pendingReasons, type Fix, type LocateFailure } from './punch';
import { SelfieInput } from './SelfieInput';

function clock(value: string | null | undefined, timeZone?: string | null): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(t('format.locale'), { hour: '2-digit', minute: '2-digit', timeZone: timeZone ?? undefined }).format(new Date(value));
}

export function statusLabel(status: string | null | undefined): string {
  return status ? t(`attendance.status.${status}` as MessageKey) : '—';
}

function TodayCard({ today }: { today: TodayOutputRead }) {
  return (
    <section className="card today" aria-labelledby="today-title">
      <h2 id="today-title">{t('attendance.today.title', { date: today.date })}</h2>
      <dl className="facts">
        <dt>{t('admin.col.store')}</dt>
        <dd>{today.store_name ?? t('attendance.today.noStore')}</dd>
        <dt>{t('attendance.today.shift')}</dt>
        <dd>
          {today.shift
            ? t('attendance.today.shiftWindow', {
                name: today.shift.name,
                start: clock(today.shift_window?.start, today.timezone),
                end: clock(today.shift_window?.end, today.timezone),
              })
            : today.day_off
              ? t(`attendance.dayOff.${today.day_off_reason ?? 'none'}` as MessageKey)
              : t('attendance.dayOff.none')}
        </dd>
        {today.can_check_in_from && today.cta_state === 'start' ? (
          <>
            <dt>{t('attendance.today.opensAt')}</dt>
            <dd>{clock(today.can_check_in_from, today.timezone)}</dd>
          </>
        ) : null}
        <dt>{t('attendance.today.state')}</dt>
        <dd>
          {t(`attendance.cta.${today.cta_state}` as MessageKey)}
          {today.attendance_status ? ` · ${statusLabel(today.attendance_status)}` : ''}
        </dd>
        {today.geofence ? (
          <>
            <dt>{t('attendance.today.geofence')}</dt>
            <dd>{t('attendance.today.geofenceRadius', { radius: today.geofence.radius_m })}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** What the advisor should read after a punch: done, or which approvals it now waits for and why. */
function Outcome({ result, phase, radius, timeZone }: { result: AttendanceOutputRead; phase: 'in' | 'out'; radius: number | null; timeZone: string | null }) {
  const reasons = pendingReasons(result);
  const at = clock(phase === 'in' ? result.check_in : result.check_out, timeZone);
  const distance = phase === 'in' ? result.check_in_distance_m : result.check_out_distance_m;
  const pending = result.status === 'PENDING_APPROVAL';
  return (
    <div className={pending ? 'alert alert-warning' : 'alert alert-success'} role="status" tabIndex={-1}>
      <p className="outcome-title">{t(phase === 'in' ? 'punch.done.in' : 'punch.done.out', { time: at })}</p>
      {reasons.map((reason) => (
        <p key={reason}>
          {reason === 'outside'
            ? t('punch.outcome.outside', { distance: distance ?? '?', radius: radius ?? '?' })
            : reason === 'late'
              ? t('punch.outcome.late', { minutes: result.late_minutes })
              : t(`punch.outcome.${reason}` as MessageKey)}
        </p>
      ))}
      <p>
        {t('punch.outcome.status', { status: statusLabel(result.status) })}
        {phase === 'out' ? ` · ${t('punch.outcome.worked', { worked: hoursMinutes(result.worked_minutes) })}` : ''}
      </p>
    </div>
  );
}

const LOCATE_MESSAGES: Record<LocateFailure, MessageKey> = {
  unsupported: 'punch.location.unsupported',
  denied: 'punch.location.denied',
  unavailable: 'punch.location.unavailable',
  timeout: 'punch.location.timeout',
};

function PunchForm({ today, onDone }: { today: TodayOutputRead; onDone: (result: AttendanceOutputRead, phase: 'in' | 'out') => void }) {
  const phase = today.cta_state === 'end' ? 'out' : 'in';
  const [checkIn, inState] = useAttendanceCheckInMutation();
  const [checkOut, outState] = useAttendanceCheckOutMutation();
  const state = phase === 'in' ? inState : outState;
  const [photo, setPhoto] = useState<Blob | null>(null);
  const [fix, setFix] = useState<Fix | null>(null);
  const [locating, setLocating] = useState(false);
  const [locateError, setLocateError] = useState<MessageKey | null>(null);
  const [sending, setSending] = useState(false);
  const key = useRef(new AttemptKey());
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(state.error);
  const conflict = errorStatus(state.error) === 409;

  const findMe = async (): Promise<Fix | null> => {
    setLocating(true);
    setLocateError(null);
    try {
      const found = await locate();
      // A new position is a new request body: a new attempt.
      if (!fix || found.latitude !== fix.latitude || found.longitude !== fix.longitude) key.current.renew();
      setFix(found);
      return found;
    } catch (failure) {
      setLocateError(LOCATE_MESSAGES[failure as LocateFailure] ?? 'punch.location.unavailable');
      return null;
    } finally {
      setLocating(false);
    }
  };

  const choosePhoto = (next: Blob | null) => {
    key.current.renew();
    setPhoto(next);
  };

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSending(true);
    try {
      const position = fix ?? (await findMe());
      if (!position) return;
      const body = new FormData();
      body.set('latitude', position.latitude);
      body.set('longitude', position.longitude);
      body.set('accuracy_m', position.accuracy_m);
      if (photo) body.set('photo', photo, 'selfie.jpg');
      const note = String(form.get('note') ?? '').trim();
      if (note) body.set('note', note);
      const headers = { 'Idempotency-Key': key.current.current() };
      let result;
      if (phase === 'in') {
        // Multipart: the generated type names the fields, the FormData carries them (and the file).
        result = await checkIn({ ...headers, checkInInputRequest: body as unknown as CheckInInputRequest });
      } else {
        if (today.attendance_id) body.set('attendance_id', String(today.attendance_id));
        const ot = String(form.get('ot_request_minutes') ?? '').trim();
        if (ot) body.set('ot_request_minutes', ot);
        result = await checkOut({ ...headers, checkOutInputRequest: body as unknown as CheckOutInputRequest });
      }
      key.current.settle(result.error);
      if (result.data) onDone(result.data, phase);
    } finally {
      setSending(false);
    }
  };

  const unknownOutcome = state.error !== undefined && (errorStatus(state.error) ?? 500) >= 500;
  const locationErrors = [...(errors.fields.latitude ?? []), ...(errors.fields.longitude ?? []), ...(errors.fields.accuracy_m ?? [])];
  return (
    <form ref={formRef} className="editor punch" onSubmit={submit} noValidate aria-labelledby="punch-title">
      <h2 id="punch-title">{t(phase === 'in' ? 'punch.in.title' : 'punch.out.title')}</h2>
      <FormAlert message={state.error ? (unknownOutcome ? `${errors.form} ${t('punch.retrySafe')}` : errors.form) : null} formRef={formRef} />
      {conflict ? <p className="field-help">{t('punch.conflictHelp')}</p> : null}
      <SelfieInput photo={photo} onPhoto={choosePhoto} errors={errors.fields.photo} />
      <div className={locationErrors.length || locateError ? 'location field-invalid' : 'location'}>
        <p className="selfie-title">{t('punch.location.title')}</p>
        <p aria-live="polite">
          {locating
            ? t('punch.location.finding')
            : fix
              ? t('punch.location.found', { latitude: fix.latitude, longitude: fix.longitude, accuracy: Math.round(Number(fix.accuracy_m)) })
              : t('punch.location.notYet')}
        </p>
        {locateError ? <p className="field-error">{t(locateError)}</p> : null}
        {locationErrors.length ? <p className="field-error">{locationErrors.join(' ')}</p> : null}
        <button type="button" className="button-secondary" onClick={() => void findMe()} disabled={locating}>
          {fix ? t('punch.location.again') : t('punch.location.find')}
        </button>
      </div>
      <Field label={t('punch.note')} name="note" maxLength={500} help={t('punch.noteHelp')} errors={errors.fields.note} />
      {phase === 'out' ? (
        <Field
          label={t('punch.ot')}
          name="ot_request_minutes"
          type="number"
          min={1}
          inputMode="numeric"
          help={t('punch.otHelp')}
          errors={errors.fields.ot_request_minutes}
        />
      ) : null}
      <button type="submit" disabled={sending || locating}>
        {sending ? t('punch.sending') : t(phase === 'in' ? 'punch.in.submit' : 'punch.out.submit')}
      </button>
    </form>
  );
}

/**
 * `/attendance`: the advisor's day (planned shift, state), check-in / check-out with a selfie and GPS, own month.
 * Times are shown in the store's zone (the API's `timezone`), whatever the device's setting.
 */
export function AdvisorAttendancePage() {
  const today = useAttendanceMeTodayQuery();
  const [outcome, setOutcome] = useState<{ result: AttendanceOutputRead; phase: 'in' | 'out' } | null>(null);
  if (today.isLoading) return <Loading />;
  if (today.error || !today.data) return <QueryError error={today.error} />;
  const data = today.data;
  const canPunch = data.cta_state !== 'complete' && data.store !== null && (data.cta_state === 'end' || data.shift !== null);
  return (
    <div>
      <h1>{t('attendance.title')}</h1>
      <div className="two-columns staff-columns">
        <TodayCard today={data} />
        <div>
          {outcome ? <Outcome result={outcome.result} phase={outcome.phase} radius={data.geofence?.radius_m ?? null} timeZone={data.timezone} /> : null}
          {canPunch ? (
            <PunchForm key={`${data.cta_state}-${data.attendance_id ?? ''}`} today={data} onDone={(result, phase) => setOutcome({ result, phase })} />
          ) : (
            <p className="card">{data.cta_state === 'complete' ? t('attendance.doneToday') : t('attendance.nothingToPunch')}</p>
          )}
        </div>
      </div>
      <MyReport timeZone={data.timezone} />
    </div>
  );
}
