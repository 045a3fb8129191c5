import { useState, type FormEvent } from 'react';
import { formErrors } from '../../api/errors';
import {
  useAttendanceAdminSchedulesCreateMutation,
  useAttendanceAdminSchedulesDestroyMutation,
  useAttendanceAdminSchedulesListQuery,
  useAttendanceAdminSchedulesPartialUpdateMutation,
  useAttendanceAdminShiftsListQuery,
  useLazyAttendanceAdminSchedulesPreviewRetrieveQuery,
  type RuleTypeEnum,
  type ScheduleOutputRead,
  type ShiftOutputRead,
} from '../../api/generated';
import { Field, SelectField } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { t, type MessageKey } from '../../i18n/t';
import {
  ActiveBadge,
  EditorForm,
  formatDate,
  hhmm,
  idOrNull,
  PAGE_SIZE,
  RosterTabs,
  text,
  useActiveShifts,
  useAdvisors,
  useEditing,
  usePage,
  useRowAction,
} from './common';

function ShiftOptions({ shifts }: { shifts: readonly ShiftOutputRead[] }) {
  return (
    <>
      <option value="">{t('roster.choose')}</option>
      {shifts.map((shift) => (
        <option key={shift.id} value={shift.id}>
          {shift.name} ({hhmm(shift.start_time)}–{hhmm(shift.end_time)})
        </option>
      ))}
    </>
  );
}

function ScheduleForm({ row, onDone }: { row: ScheduleOutputRead | null; onDone: (saved: boolean) => void }) {
  const [create, created] = useAttendanceAdminSchedulesCreateMutation();
  const [update, updated] = useAttendanceAdminSchedulesPartialUpdateMutation();
  const advisors = useAdvisors();
  const shifts = useActiveShifts().data?.results ?? [];
  const [rule, setRule] = useState<RuleTypeEnum>(row?.rule_type ?? 'fixed');
  const state = row ? updated : created;
  const errors = formErrors(state.error);
  const submit = async (data: FormData) => {
    const alternate = rule === 'alternate_weekly';
    const body = {
      user: Number(text(data, 'user')) || 0,
      rule_type: rule,
      default_shift: alternate ? null : idOrNull(data, 'default_shift'),
      anchor_monday: alternate ? text(data, 'anchor_monday') || null : null,
      parity_offset: alternate ? Number(text(data, 'parity_offset')) || 0 : 0,
      week_even_shift: alternate ? idOrNull(data, 'week_even_shift') : null,
      week_odd_shift: alternate ? idOrNull(data, 'week_odd_shift') : null,
      is_active: data.get('is_active') === 'on',
    };
    const result = row
      ? await update({ id: row.id, patchedScheduleWriteInputRequest: body })
      : await create({ scheduleWriteInputRequest: body });
    if (!result.error) onDone(true);
  };
  return (
    <EditorForm
      title={row ? t('roster.schedule.edit', { name: row.user_name ?? String(row.user) }) : t('roster.schedule.new')}
      error={state.error}
      busy={state.isLoading}
      onSubmit={submit}
      onCancel={() => onDone(false)}
    >
      <SelectField label={t('roster.advisor')} name="user" defaultValue={row?.user ?? ''} errors={errors.fields.user} key={`user-${advisors.isSuccess}`}>
        <option value="">{t('roster.choose')}</option>
        {advisors.data?.results.map((user) => (
          <option key={user.id} value={user.id}>
            {user.full_name || user.username} ({user.store_name ?? '—'})
          </option>
        ))}
      </SelectField>
      <SelectField label={t('roster.schedule.rule')} name="rule_type" value={rule} onChange={(event) => setRule(event.target.value as RuleTypeEnum)} errors={errors.fields.rule_type}>
        <option value="fixed">{t('roster.schedule.rule.fixed')}</option>
        <option value="alternate_weekly">{t('roster.schedule.rule.alternate_weekly')}</option>
      </SelectField>
      {rule === 'fixed' ? (
        <SelectField label={t('roster.schedule.defaultShift')} name="default_shift" defaultValue={row?.default_shift ?? ''} errors={errors.fields.default_shift} key={`d-${shifts.length}`}>
          <ShiftOptions shifts={shifts} />
        </SelectField>
      ) : (
        <>
          <Field label={t('roster.schedule.anchor')} name="anchor_monday" type="date" defaultValue={row?.anchor_monday ?? ''} help={t('roster.schedule.anchorHelp')} errors={errors.fields.anchor_monday} />
          <SelectField label={t('roster.schedule.parity')} name="parity_offset" defaultValue={row?.parity_offset ?? 0} errors={errors.fields.parity_offset}>
            <option value="0">{t('roster.schedule.parity.0')}</option>
            <option value="1">{t('roster.schedule.parity.1')}</option>
          </SelectField>
          <SelectField label={t('roster.schedule.evenShift')} name="week_even_shift" defaultValue={row?.week_even_shift ?? ''} errors={errors.fields.week_even_shift} key={`e-${shifts.length}`}>
            <ShiftOptions shifts={shifts} />
          </SelectField>
          <SelectField label={t('roster.schedule.oddShift')} name="week_odd_shift" defaultValue={row?.week_odd_shift ?? ''} errors={errors.fields.week_odd_shift} key={`o-${shifts.length}`}>
            <ShiftOptions shifts={shifts} />
          </SelectField>
        </>
      )}
      <div className="field field-check">
        <input id="schedule-active" type="checkbox" name="is_active" defaultChecked={row?.is_active ?? true} />
        <label htmlFor="schedule-active">{t('roster.activeLabel')}</label>
      </div>
    </EditorForm>
  );
}

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The planned shift of each day of a range, as the server resolves it (exceptions, holidays, week-offs). */
export function SchedulePreview({ schedule, onClose }: { schedule: ScheduleOutputRead; onClose: () => void }) {
  const today = new Date();
  const [load, preview] = useLazyAttendanceAdminSchedulesPreviewRetrieveQuery();
  const errors = formErrors(preview.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void load({ id: schedule.id, start: text(data, 'start'), end: text(data, 'end') });
  };
  return (
    <section className="editor" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('roster.preview.title', { name: schedule.user_name ?? String(schedule.user) })}</h2>
      <form className="editor-fields" onSubmit={submit} noValidate aria-label={t('roster.preview.range')}>
        <Field label={t('roster.preview.start')} name="start" type="date" defaultValue={isoDate(today)} errors={errors.fields.start} />
        <Field label={t('roster.preview.end')} name="end" type="date" defaultValue={isoDate(new Date(today.getTime() + 13 * 86_400_000))} errors={errors.fields.end} />
        <div className="filter-actions">
          <button type="submit">{t('roster.preview.show')}</button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('roster.close')}
          </button>
        </div>
      </form>
      {preview.error && !Object.keys(errors.fields).length ? <FormAlert message={errors.form} /> : null}
      {preview.isFetching ? <Loading /> : null}
      {preview.data && !preview.isFetching ? (
        <div className="table-scroll" role="region" aria-label={t('roster.preview.range')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('roster.date')}</th>
                <th scope="col">{t('roster.preview.shift')}</th>
                <th scope="col">{t('roster.preview.source')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.data.days.map((day) => (
                <tr key={day.date}>
                  <td>{formatDate(day.date)}</td>
                  <td>{day.shift ? `${day.shift.name} ${hhmm(day.shift.start_time)}–${hhmm(day.shift.end_time)}` : t('roster.preview.off')}</td>
                  <td>{t(`roster.source.${day.source}` as MessageKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** System admin: one schedule per advisor, fixed or alternate-week, with the preview of a date range. */
export function SchedulesPage() {
  const page = usePage();
  const list = useAttendanceAdminSchedulesListQuery({ page, pageSize: PAGE_SIZE });
  // Every shift, active or not, to name what a schedule uses.
  const shifts = useAttendanceAdminShiftsListQuery({ pageSize: 100 }).data?.results ?? [];
  const shiftName = (id: number | null) => (id ? shifts.find((shift) => shift.id === id)?.name ?? `#${id}` : '—');
  const [deactivate] = useAttendanceAdminSchedulesDestroyMutation();
  const editor = useEditing<ScheduleOutputRead>();
  const actions = useRowAction();
  const [previewing, setPreviewing] = useState<ScheduleOutputRead | null>(null);
  return (
    <div>
      <RosterTabs />
      <h1>{t('roster.schedule.title')}</h1>
      <p>
        <button type="button" onClick={() => editor.open('new')}>
          {t('roster.schedule.new')}
        </button>
      </p>
      {editor.editing ? <ScheduleForm key={editor.row?.id ?? 'new'} row={editor.row} onDone={editor.close} /> : null}
      {previewing ? <SchedulePreview key={previewing.id} schedule={previewing} onClose={() => setPreviewing(null)} /> : null}
      <FormAlert tone="success" message={editor.saved ? t('roster.saved') : null} />
      {actions.alert}
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {list.data && list.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('roster.schedule.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('roster.advisor')}</th>
                <th scope="col">{t('roster.schedule.rule')}</th>
                <th scope="col">{t('roster.schedule.shifts')}</th>
                <th scope="col">{t('admin.col.active')}</th>
                <th scope="col">{t('roster.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((row) => {
                const name = row.user_name ?? String(row.user);
                return (
                  <tr key={row.id}>
                    <td>{name}</td>
                    <td>{t(`roster.schedule.rule.${row.rule_type}`)}</td>
                    <td>
                      {row.rule_type === 'fixed'
                        ? shiftName(row.default_shift)
                        : t('roster.schedule.alternating', {
                            even: shiftName(row.week_even_shift),
                            odd: shiftName(row.week_odd_shift),
                            anchor: formatDate(row.anchor_monday),
                          })}
                    </td>
                    <td>
                      <ActiveBadge active={row.is_active} />
                    </td>
                    <td className="row-actions">
                      <button type="button" className="button-secondary" onClick={() => setPreviewing(row)} aria-label={t('roster.preview.named', { name })}>
                        {t('roster.preview.open')}
                      </button>
                      <button type="button" className="button-secondary" onClick={() => editor.open(row)} aria-label={t('roster.editNamed', { name })}>
                        {t('roster.edit')}
                      </button>
                      {row.is_active ? (
                        <button
                          type="button"
                          className="button-secondary"
                          aria-label={t('roster.deactivateNamed', { name })}
                          onClick={() => actions.run(() => deactivate({ id: row.id }), 'roster.deactivated')}
                        >
                          {t('roster.deactivate')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? <Pagination page={page} count={list.data.count} pageSize={PAGE_SIZE} /> : null}
    </div>
  );
}
