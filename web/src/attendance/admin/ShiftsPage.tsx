import { formErrors } from '../../api/errors';
import {
  useAttendanceAdminShiftsCreateMutation,
  useAttendanceAdminShiftsDestroyMutation,
  useAttendanceAdminShiftsListQuery,
  useAttendanceAdminShiftsPartialUpdateMutation,
  type ShiftOutputRead,
} from '../../api/generated';
import { EditorForm, EditorPanel, useEditing } from '../../components/EditorForm';
import { Field } from '../../components/Field';
import { PAGE_SIZE, usePage } from '../../components/Pagination';
import { EditButton, RowsTable, useRowAction } from '../../components/RowsTable';
import { t } from '../../i18n/t';
import { ActiveBadge, ActiveCheckbox, hhmm, RosterTabs, text } from './common';

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
      <ActiveCheckbox id="shift-active" checked={row?.is_active} />
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
      <EditorPanel editor={editor} newLabel={t('roster.shift.new')} form={(row, onDone) => <ShiftForm row={row} onDone={onDone} />} />
      {actions.alert}
      <RowsTable
        label={t('roster.shift.title')}
        list={list}
        rows={list.data?.results}
        page={page}
        pageSize={PAGE_SIZE}
        columns={[
          { label: t('roster.shift.name'), cell: (row) => row.name },
          {
            label: t('roster.shift.hours'),
            cell: (row) => (
              <>
                {hhmm(row.start_time)}–{hhmm(row.end_time)}
                {row.is_overnight ? <span className="badge badge-muted badge-gap">{t('roster.shift.overnight')}</span> : null}
              </>
            ),
          },
          { label: t('roster.shift.minutes'), numeric: true, cell: (row) => row.total_minutes },
          { label: t('admin.col.active'), cell: (row) => <ActiveBadge active={row.is_active} /> },
        ]}
        actions={(row) => (
          <>
            <EditButton name={row.name} onClick={() => editor.open(row)} />
            {row.is_active ? actions.button('deactivate', row.name, () => deactivate({ id: row.id })) : null}
          </>
        )}
      />
    </div>
  );
}
