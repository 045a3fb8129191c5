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
import { Field, SelectField } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { t } from '../../i18n/t';
import {
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
  useStoreOptions,
} from './common';

type Scope = 'user' | 'store';
type Kind = 'off' | 'override';

function ExceptionForm({ row, onDone }: { row: ExceptionOutputRead | null; onDone: (saved: boolean) => void }) {
  const [create, created] = useAttendanceAdminExceptionsCreateMutation();
  // PUT: an exception is stated whole (switching a day off to an override clears the other field).
  const [update, updated] = useAttendanceAdminExceptionsUpdateMutation();
  const advisors = useAdvisors();
  const stores = useStoreOptions();
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
      {scope === 'user' ? (
        <SelectField label={t('roster.advisor')} name="user" defaultValue={row?.user ?? ''} errors={errors.fields.user} key={`user-${advisors.isSuccess}`}>
          <option value="">{t('roster.choose')}</option>
          {advisors.data?.results.map((user) => (
            <option key={user.id} value={user.id}>
              {user.full_name || user.username} ({user.store_name ?? '—'})
            </option>
          ))}
        </SelectField>
      ) : (
        <SelectField label={t('admin.col.store')} name="store" defaultValue={row?.store ?? ''} errors={storeErrors} key={`store-${stores.isSuccess}`}>
          <option value="">{t('roster.choose')}</option>
          {stores.data?.results.map((store) => (
            <option key={store.id} value={store.id}>
              {store.name}
            </option>
          ))}
        </SelectField>
      )}
      <Field label={t('roster.date')} name="date" type="date" defaultValue={row?.date ?? ''} errors={errors.fields.date} required />
      <SelectField label={t('roster.exception.kind')} name="kind" value={kind} onChange={(event) => setKind(event.target.value as Kind)} errors={errors.fields.mark_off}>
        <option value="off">{t('roster.exception.kind.off')}</option>
        <option value="override">{t('roster.exception.kind.override')}</option>
      </SelectField>
      {kind === 'override' ? (
        <SelectField label={t('roster.exception.shift')} name="override_shift" defaultValue={row?.override_shift ?? ''} errors={errors.fields.override_shift} key={`s-${shifts.length}`}>
          <option value="">{t('roster.choose')}</option>
          {shifts.map((shift) => (
            <option key={shift.id} value={shift.id}>
              {shift.name} ({hhmm(shift.start_time)}–{hhmm(shift.end_time)})
            </option>
          ))}
        </SelectField>
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
  const rows = list.data?.results ?? [];
  return (
    <div>
      <RosterTabs />
      <h1>{t('roster.exception.title')}</h1>
      <p className="muted">{t('roster.exception.intro')}</p>
      <p>
        <button type="button" onClick={() => editor.open('new')}>
          {t('roster.exception.new')}
        </button>
      </p>
      {editor.editing ? <ExceptionForm key={editor.row?.id ?? 'new'} row={editor.row} onDone={editor.close} /> : null}
      <FormAlert tone="success" message={editor.saved ? t('roster.saved') : null} />
      {actions.alert}
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && rows.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('roster.exception.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('roster.date')}</th>
                <th scope="col">{t('roster.exception.who')}</th>
                <th scope="col">{t('roster.exception.kind')}</th>
                <th scope="col">{t('roster.exception.reason')}</th>
                <th scope="col">{t('roster.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const who = row.store_name ? t('roster.exception.wholeStore', { store: row.store_name }) : row.user_name ?? String(row.user);
                const name = `${who}, ${formatDate(row.date)}`;
                const shift = shifts.find((item) => item.id === row.override_shift);
                return (
                  <tr key={row.id}>
                    <td>{formatDate(row.date)}</td>
                    <td>{who}</td>
                    <td>
                      {row.mark_off
                        ? row.store
                          ? t('roster.exception.holiday')
                          : t('roster.exception.kind.off')
                        : t('roster.exception.works', { shift: shift?.name ?? `#${row.override_shift}` })}
                    </td>
                    <td className="wrap">{row.reason || '—'}</td>
                    <td className="row-actions">
                      <button type="button" className="button-secondary" onClick={() => editor.open(row)} aria-label={t('roster.editNamed', { name })}>
                        {t('roster.edit')}
                      </button>
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={t('roster.removeNamed', { name })}
                        onClick={() => actions.run(() => remove({ id: row.id }), 'roster.removed')}
                      >
                        {t('roster.remove')}
                      </button>
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
