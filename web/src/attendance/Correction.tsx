import { useRef, useState } from 'react';
import { formErrors } from '../api/errors';
import { useAttendanceRequestsCreateMutation, type AdjustRequestInputRequest, type AttendanceOutputRead } from '../api/generated';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { TextAreaField } from '../public/TextAreaField';
import { t } from '../i18n/t';
import { AttemptKey } from './punch';

/**
 * An instant as the value of a `datetime-local` input in the store's zone ("2026-12-02T09:05"). The API reads
 * times without an offset as local to the row's store, so the value goes back as typed.
 */
export function localInput(value: string | null | undefined, timeZone: string | null): string {
  if (!value) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timeZone ?? undefined,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(value));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/**
 * The request body: only the times the advisor changed are sent (an unchanged time is no correction). With
 * none changed, none is sent and the API names the missing time by its field.
 */
export function adjustBody(
  attendance: number,
  original: { check_in: string; check_out: string },
  typed: { check_in: string; check_out: string; reason: string },
): AdjustRequestInputRequest {
  const body: AdjustRequestInputRequest = { attendance, type: 'ADJUST', reason: typed.reason.trim() };
  if (typed.check_in && typed.check_in !== original.check_in) body.set_check_in = typed.check_in;
  if (typed.check_out && typed.check_out !== original.check_out) body.set_check_out = typed.check_out;
  return body;
}

/** A pending ADJUST on the row: the row waits for the branch head and cannot take another one. */
export function hasPendingAdjust(row: Pick<AttendanceOutputRead, 'requests'>): boolean {
  return row.requests.some((request) => request.type === 'ADJUST' && request.status === 'PENDING');
}

/** The advisor's correction request for one attendance day: corrected check-in / check-out and a reason. */
export function CorrectionForm({ row, timeZone, onDone }: { row: AttendanceOutputRead; timeZone: string | null; onDone: (sent: boolean) => void }) {
  const [create, state] = useAttendanceRequestsCreateMutation();
  const key = useRef(new AttemptKey());
  const formRef = useRef<HTMLFormElement>(null);
  const [conflict, setConflict] = useState(false);
  const errors = formErrors(state.error);
  const original = { check_in: localInput(row.check_in, timeZone), check_out: localInput(row.check_out, timeZone) };
  const submit = async (data: FormData) => {
    setConflict(false);
    const body = adjustBody(row.id, original, {
      check_in: String(data.get('set_check_in') ?? ''),
      check_out: String(data.get('set_check_out') ?? ''),
      reason: String(data.get('reason') ?? ''),
    });
    const result = await create({ 'Idempotency-Key': key.current.current(), adjustRequestInputRequest: body });
    key.current.settle(result.error);
    if (!result.error) onDone(true);
    else if (errorCode(result.error) === 'pending_request_exists') setConflict(true);
  };
  return (
    <form
      ref={formRef}
      className="editor"
      noValidate
      aria-labelledby={`correction-${row.id}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(new FormData(event.currentTarget));
      }}
    >
      <h3 id={`correction-${row.id}`}>{t('correction.title', { date: row.date, shift: row.shift_name })}</h3>
      <p className="field-help">{t('correction.help')}</p>
      <FormAlert message={state.error ? (conflict ? t('correction.pendingExists') : (errors.fields.attendance?.join(' ') ?? errors.form)) : null} formRef={formRef} />
      <div className="editor-fields">
        <Field label={t('correction.checkIn')} name="set_check_in" type="datetime-local" defaultValue={original.check_in} errors={errors.fields.set_check_in} />
        <Field label={t('correction.checkOut')} name="set_check_out" type="datetime-local" defaultValue={original.check_out} errors={errors.fields.set_check_out} />
        <TextAreaField label={t('correction.reason')} name="reason" maxLength={500} required errors={errors.fields.reason} />
      </div>
      <div className="filter-actions">
        <button type="submit" disabled={state.isLoading}>
          {state.isLoading ? t('form.saving') : t('correction.send')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('roster.cancel')}
        </button>
      </div>
    </form>
  );
}

function errorCode(error: unknown): string | null {
  const data = (error as { data?: { code?: unknown } } | undefined)?.data;
  return typeof data?.code === 'string' ? data.code : null;
}
