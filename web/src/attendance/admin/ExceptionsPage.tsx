import { useState } from 'react';
import { formErrors } from '../../api/errors';
import {
  useAttendanceAdminExceptionsCreateMutation,
  useAttendanceAdminExceptionsDestroyMutation,
  useAttendanceAdminExceptionsListQuery,
  useAttendanceAdminExceptionsUpdateMutation,
  useAttendanceAdminShiftsListQuery,
  type ExceptionOutputRead,
} from '../../api/generated';
import { EditorForm, EditorPanel, useEditing } from '../../components/EditorForm';
import { Field, SelectField } from '../../components/Field';
import { PAGE_SIZE, usePage } from '../../components/Pagination';
import { EditButton, RowsTable, useRowAction } from '../../components/RowsTable';
import { t } from '../../i18n/t';
import { AdvisorSelect, formatDate, idOrNull, RosterTabs, ShiftSelect, StoreSelect, text, useActiveShifts } from './common';

type Scope = 'user' | 'store';
type Kind = 'off' | 'override';

function ExceptionForm({ row, onDone }: { row: ExceptionOutputRead | null; onDone: (saved: boolean) => void }) {
  const [create, created] = useAttendanceAdminExceptionsCreateMutation();
  // PUT: an exception is stated whole (switching a day off to an override clears the other field).
  const [update, updated] = useAttendanceAdminExceptionsUpdateMutation();
  const shifts = useActiveShifts().data?.results ?? [];
  const [scope, setScope] = useState<Scope>(row?.store ? 'store' : 'user');
  const [kind, setKind] = useState<Kind>(row && !row.mark_off ? 'override' : 'off');
  const state = row ? updated : created;
  const errors = formErrors(state.error);
  // "Give either user or store." is worded under `user`; with a store-wide day the store field is the one shown.
  const storeErrors = [...(errors.fields.store ?? []), ...(errors.fields.user ?? [])];
  const submit = async (data: FormData) => {
    const body = {
      user: scope === 'user' ? idOrNull(data, 'user') : null,
      store: scope === 'store' ? idOrNull(data, 'store') : null,
      date: text(data, 'date'),
      mark_off: kind === 'off',
      override_shift: kind === 'override' ? idOrNull(data, 'override_shift') : null,
      reason: text(data, 'reason'),
    };
    const result = row
      ? await update({ id: row.id, exceptionWriteInputRequest: body })
      : await create({ exceptionWriteInputRequest: body });
    if (!result.error) onDone(true);
  };
  return (
    <EditorForm title={row ? t('roster.exception.edit') : t('roster.exception.new')} error={state.error} busy={state.isLoading} onSubmit={submit} onCancel={() => onDone(false)}>
      <SelectField label={t('roster.exception.scope')} name="scope" value={scope} onChange={(event) => setScope(event.target.value as Scope)}>
        <option value="user">{t('roster.exception.scope.user')}</option>
        <option value="store">{t('roster.exception.scope.store')}</option>
      </SelectField>
      {scope === 'user' ? <AdvisorSelect value={row?.user} name={row?.user_name} errors={errors.fields.user} /> : <StoreSelect value={row?.store} errors={storeErrors} />}
      <Field label={t('roster.date')} name="date" type="date" defaultValue={row?.date ?? ''} errors={errors.fields.date} required />
      <SelectField label={t('roster.exception.kind')} name="kind" value={kind} onChange={(event) => setKind(event.target.value as Kind)} errors={errors.fields.mark_off}>
        <option value="off">{t('roster.exception.kind.off')}</option>
        <option value="override">{t('roster.exception.kind.override')}</option>
      </SelectField>
      {kind === 'override' ? (
        <ShiftSelect label={t('roster.exception.shift')} name="override_shift" value={row?.override_shift} errors={errors.fields.override_shift} shifts={shifts} />
      ) : errors.fields.override_shift ? (
        <p className="field-error">{errors.fields.override_shift.join(' ')}</p>
      ) : null}
      <Field label={t('roster.exception.reason')} name="reason" defaultValue={row?.reason ?? ''} errors={errors.fields.reason} />
    </EditorForm>
  );
}

/**
 * System admin: dated exceptions. An advisor's day off or changed shift, or a store-wide day — a store holiday is
 * a store exception marked off (the API has no separate holiday list).
 */
export function ExceptionsPage() {
  const page = usePage();
  const list = useAttendanceAdminExceptionsListQuery({ page, pageSize: PAGE_SIZE });
  const shifts = useAttendanceAdminShiftsListQuery({ pageSize: 100 }).data?.results ?? [];
  const [remove] = useAttendanceAdminExceptionsDestroyMutation();
  const editor = useEditing<ExceptionOutputRead>();
  const actions = useRowAction();
  const who = (row: ExceptionOutputRead) => (row.store_name ? t('roster.exception.wholeStore', { store: row.store_name }) : row.user_name ?? String(row.user));
  const rowName = (row: ExceptionOutputRead) => `${who(row)}, ${formatDate(row.date)}`;
  const kind = (row: ExceptionOutputRead) => {
    if (row.mark_off) return row.store ? t('roster.exception.holiday') : t('roster.exception.kind.off');
    const shift = shifts.find((item) => item.id === row.override_shift);
    return t('roster.exception.works', { shift: shift?.name ?? `#${row.override_shift}` });
  };
  return (
    <div>
      <RosterTabs />
      <h1>{t('roster.exception.title')}</h1>
      <p className="muted">{t('roster.exception.intro')}</p>
      <EditorPanel editor={editor} newLabel={t('roster.exception.new')} form={(row, onDone) => <ExceptionForm row={row} onDone={onDone} />} />
      {actions.alert}
      <RowsTable
        label={t('roster.exception.title')}
        list={list}
        rows={list.data?.results}
        page={page}
        pageSize={PAGE_SIZE}
        columns={[
          { label: t('roster.date'), cell: (row) => formatDate(row.date) },
          { label: t('roster.exception.who'), cell: who },
          { label: t('roster.exception.kind'), cell: kind },
          { label: t('roster.exception.reason'), className: 'wrap', cell: (row) => row.reason || '—' },
        ]}
        actions={(row) => (
          <>
            <EditButton name={rowName(row)} onClick={() => editor.open(row)} />
            {actions.button('remove', rowName(row), () => remove({ id: row.id }))}
          </>
        )}
      />
    </div>
  );
}
