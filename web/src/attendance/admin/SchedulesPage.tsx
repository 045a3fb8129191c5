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
} from '../../api/generated';
import { EditorForm, EditorPanel, useEditing } from '../../components/EditorForm';
import { Field, SelectField } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { PAGE_SIZE, usePage } from '../../components/Pagination';
import { EditButton, RowButton, RowsTable, useRowAction } from '../../components/RowsTable';
import { Loading } from '../../components/Status';
import { t, type MessageKey } from '../../i18n/t';
import { ActiveBadge, ActiveCheckbox, AdvisorSelect, formatDate, hhmm, idOrNull, RosterTabs, ShiftSelect, text, useActiveShifts } from './common';

function ScheduleForm({ row, onDone }: { row: ScheduleOutputRead | null; onDone: (saved: boolean) => void }) {
  const [create, created] = useAttendanceAdminSchedulesCreateMutation();
  const [update, updated] = useAttendanceAdminSchedulesPartialUpdateMutation();
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
      <AdvisorSelect value={row?.user} name={row?.user_name} errors={errors.fields.user} />
      <SelectField label={t('roster.schedule.rule')} name="rule_type" value={rule} onChange={(event) => setRule(event.target.value as RuleTypeEnum)} errors={errors.fields.rule_type}>
        <option value="fixed">{t('roster.schedule.rule.fixed')}</option>
        <option value="alternate_weekly">{t('roster.schedule.rule.alternate_weekly')}</option>
      </SelectField>
      {rule === 'fixed' ? (
        <ShiftSelect label={t('roster.schedule.defaultShift')} name="default_shift" value={row?.default_shift} errors={errors.fields.default_shift} shifts={shifts} />
      ) : (
        <>
          <Field label={t('roster.schedule.anchor')} name="anchor_monday" type="date" defaultValue={row?.anchor_monday ?? ''} help={t('roster.schedule.anchorHelp')} errors={errors.fields.anchor_monday} />
          <SelectField label={t('roster.schedule.parity')} name="parity_offset" defaultValue={row?.parity_offset ?? 0} errors={errors.fields.parity_offset}>
            <option value="0">{t('roster.schedule.parity.0')}</option>
            <option value="1">{t('roster.schedule.parity.1')}</option>
          </SelectField>
          <ShiftSelect label={t('roster.schedule.evenShift')} name="week_even_shift" value={row?.week_even_shift} errors={errors.fields.week_even_shift} shifts={shifts} />
          <ShiftSelect label={t('roster.schedule.oddShift')} name="week_odd_shift" value={row?.week_odd_shift} errors={errors.fields.week_odd_shift} shifts={shifts} />
        </>
      )}
      <ActiveCheckbox id="schedule-active" checked={row?.is_active} />
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
  const rowName = (row: ScheduleOutputRead) => row.user_name ?? String(row.user);
  return (
    <div>
      <RosterTabs />
      <h1>{t('roster.schedule.title')}</h1>
      <EditorPanel editor={editor} newLabel={t('roster.schedule.new')} form={(row, onDone) => <ScheduleForm row={row} onDone={onDone} />}>
        {previewing ? <SchedulePreview key={previewing.id} schedule={previewing} onClose={() => setPreviewing(null)} /> : null}
      </EditorPanel>
      {actions.alert}
      <RowsTable
        label={t('roster.schedule.title')}
        list={list}
        rows={list.data?.results}
        page={page}
        pageSize={PAGE_SIZE}
        columns={[
          { label: t('roster.advisor'), cell: rowName },
          { label: t('roster.schedule.rule'), cell: (row) => t(`roster.schedule.rule.${row.rule_type}`) },
          {
            label: t('roster.schedule.shifts'),
            cell: (row) =>
              row.rule_type === 'fixed'
                ? shiftName(row.default_shift)
                : t('roster.schedule.alternating', {
                    even: shiftName(row.week_even_shift),
                    odd: shiftName(row.week_odd_shift),
                    anchor: formatDate(row.anchor_monday),
                  }),
          },
          { label: t('admin.col.active'), cell: (row) => <ActiveBadge active={row.is_active} /> },
        ]}
        actions={(row) => (
          <>
            <RowButton text="roster.preview.open" named="roster.preview.named" name={rowName(row)} onClick={() => setPreviewing(row)} />
            <EditButton name={rowName(row)} onClick={() => editor.open(row)} />
            {row.is_active ? actions.button('deactivate', rowName(row), () => deactivate({ id: row.id })) : null}
          </>
        )}
      />
    </div>
  );
}
