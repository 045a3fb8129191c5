import { formErrors } from '../../api/errors';
import {
  useAttendanceAdminWeekoffsCreateMutation,
  useAttendanceAdminWeekoffsDestroyMutation,
  useAttendanceAdminWeekoffsListQuery,
  useAttendanceAdminWeekoffsPartialUpdateMutation,
  type WeekOffOutputRead,
} from '../../api/generated';
import { SelectField } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { t } from '../../i18n/t';
import { ActiveBadge, EditorForm, PAGE_SIZE, RosterTabs, text, useAdvisors, useEditing, usePage, useRowAction, weekdayName } from './common';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

function WeekOffForm({ row, onDone }: { row: WeekOffOutputRead | null; onDone: (saved: boolean) => void }) {
  const [create, created] = useAttendanceAdminWeekoffsCreateMutation();
  const [update, updated] = useAttendanceAdminWeekoffsPartialUpdateMutation();
  const advisors = useAdvisors();
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
      <SelectField label={t('roster.advisor')} name="user" defaultValue={row?.user ?? ''} errors={errors.fields.user} key={`user-${advisors.isSuccess}`}>
        <option value="">{t('roster.choose')}</option>
        {advisors.data?.results.map((user) => (
          <option key={user.id} value={user.id}>
            {user.full_name || user.username} ({user.store_name ?? '—'})
          </option>
        ))}
      </SelectField>
      <SelectField label={t('roster.weekday')} name="weekday" defaultValue={row?.weekday ?? 6} errors={errors.fields.weekday}>
        {WEEKDAYS.map((day) => (
          <option key={day} value={day}>
            {weekdayName(day)}
          </option>
        ))}
      </SelectField>
      <div className="field field-check">
        <input id="weekoff-active" type="checkbox" name="is_active" defaultChecked={row?.is_active ?? true} />
        <label htmlFor="weekoff-active">{t('roster.activeLabel')}</label>
      </div>
    </EditorForm>
  );
}

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
      <p>
        <button type="button" onClick={() => editor.open('new')}>
          {t('roster.weekoff.new')}
        </button>
      </p>
      {editor.editing ? <WeekOffForm key={editor.row?.id ?? 'new'} row={editor.row} onDone={editor.close} /> : null}
      <FormAlert tone="success" message={editor.saved ? t('roster.saved') : null} />
      {actions.alert}
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {list.data && list.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('roster.weekoff.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('roster.advisor')}</th>
                <th scope="col">{t('roster.weekday')}</th>
                <th scope="col">{t('admin.col.active')}</th>
                <th scope="col">{t('roster.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((row) => {
                const name = `${row.user_name ?? row.user}, ${weekdayName(row.weekday)}`;
                return (
                  <tr key={row.id}>
                    <td>{row.user_name ?? row.user}</td>
                    <td>{weekdayName(row.weekday)}</td>
                    <td>
                      <ActiveBadge active={row.is_active} />
                    </td>
                    <td className="row-actions">
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
