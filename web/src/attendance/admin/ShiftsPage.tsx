import { formErrors } from '../../api/errors';
import {
  useAttendanceAdminShiftsCreateMutation,
  useAttendanceAdminShiftsDestroyMutation,
  useAttendanceAdminShiftsListQuery,
  useAttendanceAdminShiftsPartialUpdateMutation,
  type ShiftOutputRead,
} from '../../api/generated';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { t } from '../../i18n/t';
import { ActiveBadge, EditorForm, hhmm, PAGE_SIZE, RosterTabs, text, useEditing, usePage, useRowAction } from './common';

function ShiftForm({ row, onDone }: { row: ShiftOutputRead | null; onDone: (saved: boolean) => void }) {
  const [create, created] = useAttendanceAdminShiftsCreateMutation();
  const [update, updated] = useAttendanceAdminShiftsPartialUpdateMutation();
  const state = row ? updated : created;
  const errors = formErrors(state.error);
  const submit = async (data: FormData) => {
    const body = {
      name: text(data, 'name'),
      start_time: text(data, 'start_time'),
      end_time: text(data, 'end_time'),
      is_active: data.get('is_active') === 'on',
    };
    const result = row
      ? await update({ id: row.id, patchedShiftWriteInputRequest: body })
      : await create({ shiftWriteInputRequest: body });
    if (!result.error) onDone(true);
  };
  return (
    <EditorForm
      title={row ? t('roster.shift.edit', { name: row.name }) : t('roster.shift.new')}
      error={state.error}
      busy={state.isLoading}
      onSubmit={submit}
      onCancel={() => onDone(false)}
    >
      <Field label={t('roster.shift.name')} name="name" defaultValue={row?.name ?? ''} errors={errors.fields.name} required />
      <Field label={t('roster.shift.start')} name="start_time" type="time" defaultValue={hhmm(row?.start_time ?? '09:00')} errors={errors.fields.start_time} required />
      <Field
        label={t('roster.shift.end')}
        name="end_time"
        type="time"
        defaultValue={hhmm(row?.end_time ?? '18:00')}
        help={t('roster.shift.endHelp')}
        errors={errors.fields.end_time}
        required
      />
      <div className="field field-check">
        <input id="shift-active" type="checkbox" name="is_active" defaultChecked={row?.is_active ?? true} />
        <label htmlFor="shift-active">{t('roster.activeLabel')}</label>
      </div>
    </EditorForm>
  );
}

/** System admin: the shift catalogue (create, edit, deactivate; a shift in use is refused with its usage). */
export function ShiftsPage() {
  const page = usePage();
  const list = useAttendanceAdminShiftsListQuery({ page, pageSize: PAGE_SIZE, ordering: 'name' });
  const [deactivate] = useAttendanceAdminShiftsDestroyMutation();
  const editor = useEditing<ShiftOutputRead>();
  const actions = useRowAction();
  return (
    <div>
      <RosterTabs />
      <h1>{t('roster.shift.title')}</h1>
      <p>
        <button type="button" onClick={() => editor.open('new')}>
          {t('roster.shift.new')}
        </button>
      </p>
      {editor.editing ? <ShiftForm key={editor.row?.id ?? 'new'} row={editor.row} onDone={editor.close} /> : null}
      <FormAlert tone="success" message={editor.saved ? t('roster.saved') : null} />
      {actions.alert}
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {list.data && list.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('roster.shift.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('roster.shift.name')}</th>
                <th scope="col">{t('roster.shift.hours')}</th>
                <th scope="col" className="numeric">{t('roster.shift.minutes')}</th>
                <th scope="col">{t('admin.col.active')}</th>
                <th scope="col">{t('roster.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((row) => (
                <tr key={row.id}>
                  <td>{row.name}</td>
                  <td>
                    {hhmm(row.start_time)}–{hhmm(row.end_time)}
                    {row.is_overnight ? <span className="badge badge-muted badge-gap">{t('roster.shift.overnight')}</span> : null}
                  </td>
                  <td className="numeric">{row.total_minutes}</td>
                  <td>
                    <ActiveBadge active={row.is_active} />
                  </td>
                  <td className="row-actions">
                    <button type="button" className="button-secondary" onClick={() => editor.open(row)} aria-label={t('roster.editNamed', { name: row.name })}>
                      {t('roster.edit')}
                    </button>
                    {row.is_active ? (
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={t('roster.deactivateNamed', { name: row.name })}
                        onClick={() => actions.run(() => deactivate({ id: row.id }), 'roster.deactivated')}
                      >
                        {t('roster.deactivate')}
                      </button>
                    ) : null}
                  </td>
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
