import { formErrors } from '../../api/errors';
import {
  useAttendanceAdminPayrollCreateMutation,
  useAttendanceAdminPayrollDestroyMutation,
  useAttendanceAdminPayrollListQuery,
  useAttendanceAdminPayrollPartialUpdateMutation,
  type PayrollOutputRead,
} from '../../api/generated';
import { EditorForm, EditorPanel, useEditing } from '../../components/EditorForm';
import { Field } from '../../components/Field';
import { PAGE_SIZE, usePage } from '../../components/Pagination';
import { EditButton, RowsTable, useRowAction } from '../../components/RowsTable';
import { formatPrice, t } from '../../i18n/t';
import { AdvisorSelect, formatDate, RosterTabs, text } from './common';

function PayrollForm({ row, onDone }: { row: PayrollOutputRead | null; onDone: (saved: boolean) => void }) {
  const [create, created] = useAttendanceAdminPayrollCreateMutation();
  const [update, updated] = useAttendanceAdminPayrollPartialUpdateMutation();
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
      <AdvisorSelect value={row?.user} name={row?.user_name} errors={errors.fields.user} />
      <Field label={t('roster.payroll.rate')} name="hourly_rate" inputMode="decimal" defaultValue={row?.hourly_rate ?? ''} errors={errors.fields.hourly_rate} required />
      <Field label={t('roster.payroll.multiplier')} name="ot_multiplier" inputMode="decimal" defaultValue={row?.ot_multiplier ?? '1.50'} help={t('roster.payroll.multiplierHelp')} errors={errors.fields.ot_multiplier} />
      <Field label={t('roster.payroll.from')} name="effective_from" type="date" defaultValue={row?.effective_from ?? ''} help={t('roster.payroll.fromHelp')} errors={errors.fields.effective_from} />
    </EditorForm>
  );
}

/** The advisor and the start date, naming a row for its buttons. */
const rowName = (row: PayrollOutputRead) => `${row.user_name ?? row.user}, ${formatDate(row.effective_from)}`;

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
      <EditorPanel editor={editor} newLabel={t('roster.payroll.new')} form={(row, onDone) => <PayrollForm row={row} onDone={onDone} />} />
      {actions.alert}
      <RowsTable
        label={t('roster.payroll.title')}
        list={list}
        rows={list.data?.results}
        page={page}
        pageSize={PAGE_SIZE}
        columns={[
          { label: t('roster.advisor'), cell: (row) => row.user_name ?? row.user },
          { label: t('roster.payroll.rate'), numeric: true, cell: (row) => formatPrice(row.hourly_rate) },
          { label: t('roster.payroll.multiplier'), numeric: true, cell: (row) => row.ot_multiplier },
          { label: t('roster.payroll.from'), cell: (row) => formatDate(row.effective_from) },
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
