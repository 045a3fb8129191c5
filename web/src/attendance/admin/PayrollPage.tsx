import { formErrors } from '../../api/errors';
import {
  useAttendanceAdminPayrollCreateMutation,
  useAttendanceAdminPayrollDestroyMutation,
  useAttendanceAdminPayrollListQuery,
  useAttendanceAdminPayrollPartialUpdateMutation,
  type PayrollOutputRead,
} from '../../api/generated';
import { Field, SelectField } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { formatPrice, t } from '../../i18n/t';
import { EditorForm, formatDate, PAGE_SIZE, RosterTabs, text, useAdvisors, useEditing, usePage, useRowAction } from './common';

function PayrollForm({ row, onDone }: { row: PayrollOutputRead | null; onDone: (saved: boolean) => void }) {
  const [create, created] = useAttendanceAdminPayrollCreateMutation();
  const [update, updated] = useAttendanceAdminPayrollPartialUpdateMutation();
  const advisors = useAdvisors();
  const state = row ? updated : created;
  const errors = formErrors(state.error);
  const submit = async (data: FormData) => {
    const from = text(data, 'effective_from');
    const multiplier = text(data, 'ot_multiplier');
    const body = {
      user: Number(text(data, 'user')) || 0,
      hourly_rate: text(data, 'hourly_rate'),
      ...(multiplier ? { ot_multiplier: multiplier } : {}),
      ...(from ? { effective_from: from } : {}),
    };
    const result = row
      ? await update({ id: row.id, patchedPayrollWriteInputRequest: body })
      : await create({ payrollWriteInputRequest: body });
    if (!result.error) onDone(true);
  };
  return (
    <EditorForm title={row ? t('roster.payroll.edit') : t('roster.payroll.new')} error={state.error} busy={state.isLoading} onSubmit={submit} onCancel={() => onDone(false)}>
      <SelectField label={t('roster.advisor')} name="user" defaultValue={row?.user ?? ''} errors={errors.fields.user} key={`user-${advisors.isSuccess}`}>
        <option value="">{t('roster.choose')}</option>
        {advisors.data?.results.map((user) => (
          <option key={user.id} value={user.id}>
            {user.full_name || user.username} ({user.store_name ?? '—'})
          </option>
        ))}
      </SelectField>
      <Field label={t('roster.payroll.rate')} name="hourly_rate" inputMode="decimal" defaultValue={row?.hourly_rate ?? ''} errors={errors.fields.hourly_rate} required />
      <Field label={t('roster.payroll.multiplier')} name="ot_multiplier" inputMode="decimal" defaultValue={row?.ot_multiplier ?? '1.50'} help={t('roster.payroll.multiplierHelp')} errors={errors.fields.ot_multiplier} />
      <Field label={t('roster.payroll.from')} name="effective_from" type="date" defaultValue={row?.effective_from ?? ''} help={t('roster.payroll.fromHelp')} errors={errors.fields.effective_from} />
    </EditorForm>
  );
}

/** System admin: advisors' pay rates, each in force from a date until the next one. */
export function PayrollPage() {
  const page = usePage();
  const list = useAttendanceAdminPayrollListQuery({ page, pageSize: PAGE_SIZE });
  const [remove] = useAttendanceAdminPayrollDestroyMutation();
  const editor = useEditing<PayrollOutputRead>();
  const actions = useRowAction();
  return (
    <div>
      <RosterTabs />
      <h1>{t('roster.payroll.title')}</h1>
      <p>
        <button type="button" onClick={() => editor.open('new')}>
          {t('roster.payroll.new')}
        </button>
      </p>
      {editor.editing ? <PayrollForm key={editor.row?.id ?? 'new'} row={editor.row} onDone={editor.close} /> : null}
      <FormAlert tone="success" message={editor.saved ? t('roster.saved') : null} />
      {actions.alert}
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {list.data && list.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('roster.payroll.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('roster.advisor')}</th>
                <th scope="col" className="numeric">{t('roster.payroll.rate')}</th>
                <th scope="col" className="numeric">{t('roster.payroll.multiplier')}</th>
                <th scope="col">{t('roster.payroll.from')}</th>
                <th scope="col">{t('roster.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((row) => {
                const name = `${row.user_name ?? row.user}, ${formatDate(row.effective_from)}`;
                return (
                  <tr key={row.id}>
                    <td>{row.user_name ?? row.user}</td>
                    <td className="numeric">{formatPrice(row.hourly_rate)}</td>
                    <td className="numeric">{row.ot_multiplier}</td>
                    <td>{formatDate(row.effective_from)}</td>
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
