import { formErrors } from '../../api/errors';
import {
  useAttendanceAdminWeekoffsCreateMutation,
  useAttendanceAdminWeekoffsDestroyMutation,
  useAttendanceAdminWeekoffsListQuery,
  useAttendanceAdminWeekoffsPartialUpdateMutation,
  type WeekOffOutputRead,
} from '../../api/generated';
import { EditorForm, EditorPanel, useEditing } from '../../components/EditorForm';
import { SelectField } from '../../components/Field';
import { PAGE_SIZE, usePage } from '../../components/Pagination';
import { EditButton, RowsTable, useRowAction } from '../../components/RowsTable';
import { t } from '../../i18n/t';
import { ActiveBadge, ActiveCheckbox, AdvisorSelect, RosterTabs, text, weekdayName } from './common';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

function WeekOffForm({ row, onDone }: { row: WeekOffOutputRead | null; onDone: (saved: boolean) => void }) {
  const [create, created] = useAttendanceAdminWeekoffsCreateMutation();
  const [update, updated] = useAttendanceAdminWeekoffsPartialUpdateMutation();
  const state = row ? updated : created;
  const errors = formErrors(state.error);
  const submit = async (data: FormData) => {
    const body = { user: Number(text(data, 'user')) || 0, weekday: Number(text(data, 'weekday')), is_active: data.get('is_active') === 'on' };
    const result = row
      ? await update({ id: row.id, patchedWeekOffWriteInputRequest: body })
      : await create({ weekOffWriteInputRequest: body });
    if (!result.error) onDone(true);
  };
  return (
    <EditorForm title={row ? t('roster.weekoff.edit') : t('roster.weekoff.new')} error={state.error} busy={state.isLoading} onSubmit={submit} onCancel={() => onDone(false)}>
      <AdvisorSelect value={row?.user} name={row?.user_name} errors={errors.fields.user} />
      <SelectField label={t('roster.weekday')} name="weekday" defaultValue={row?.weekday ?? 6} errors={errors.fields.weekday}>
        {WEEKDAYS.map((day) => (
          <option key={day} value={day}>
            {weekdayName(day)}
          </option>
        ))}
      </SelectField>
      <ActiveCheckbox id="weekoff-active" checked={row?.is_active} />
    </EditorForm>
  );
}

/** The advisor and the day, naming a row for its buttons. */
const rowName = (row: WeekOffOutputRead) => `${row.user_name ?? row.user}, ${weekdayName(row.weekday)}`;

/** System admin: each advisor's weekly days off. */
export function WeekOffsPage() {
  const page = usePage();
  const list = useAttendanceAdminWeekoffsListQuery({ page, pageSize: PAGE_SIZE });
  const [deactivate] = useAttendanceAdminWeekoffsDestroyMutation();
  const editor = useEditing<WeekOffOutputRead>();
  const actions = useRowAction();
  return (
    <div>
      <RosterTabs />
      <h1>{t('roster.weekoff.title')}</h1>
      <EditorPanel editor={editor} newLabel={t('roster.weekoff.new')} form={(row, onDone) => <WeekOffForm row={row} onDone={onDone} />} />
      {actions.alert}
      <RowsTable
        label={t('roster.weekoff.title')}
        list={list}
        rows={list.data?.results}
        page={page}
        pageSize={PAGE_SIZE}
        columns={[
          { label: t('roster.advisor'), cell: (row) => row.user_name ?? row.user },
          { label: t('roster.weekday'), cell: (row) => weekdayName(row.weekday) },
          { label: t('admin.col.active'), cell: (row) => <ActiveBadge active={row.is_active} /> },
        ]}
        actions={(row) => (
          <>
            <EditButton name={rowName(row)} onClick={() => editor.open(row)} />
            {row.is_active ? actions.button('deactivate', rowName(row), () => deactivate({ id: row.id })) : null}
          </>
        )}
      />
    </div>
  );
}
