import { formErrors } from '../../api/errors';
import {
  useStoresListQuery,
  useUsersCreateMutation,
  useUsersPartialUpdateMutation,
  type RoleEnum,
  type UserOutputRead,
  type UserWriteInputRequestWrite,
} from '../../api/generated';
import { text } from '../../attendance/admin/common';
import { EditorForm } from '../../components/EditorForm';
import { Field, SelectField } from '../../components/Field';
import { t } from '../../i18n/t';

export const ROLES: readonly RoleEnum[] = ['system_admin', 'branch_head', 'advisor', 'customer'];

/**
 * The user body from the form. The password goes only when typed (an edit keeps the current one); an empty
 * phone or store is sent as null (cleared).
 */
export function userBody(data: FormData, editing: boolean): UserWriteInputRequestWrite {
  const store = text(data, 'store');
  const body: UserWriteInputRequestWrite = {
    username: text(data, 'username'),
    email: text(data, 'email'),
    first_name: text(data, 'first_name'),
    last_name: text(data, 'last_name'),
    phone: text(data, 'phone') || null,
    role: text(data, 'role') as RoleEnum,
    store: store ? Number(store) : null,
    is_active: data.get('is_active') === 'on',
  };
  const password = String(data.get('password') ?? '');
  if (password || !editing) body.password = password;
  return body;
}

/** Create or edit a user with role and store; a branch head given a store that has one gets the API's 409. */
export function UserForm({ row, onDone }: { row: UserOutputRead | null; onDone: (saved: boolean) => void }) {
  const [create, created] = useUsersCreateMutation();
  const [update, updated] = useUsersPartialUpdateMutation();
  const stores = useStoresListQuery({ pageSize: 100 });
  const state = row ? updated : created;
  const errors = formErrors(state.error);
  const submit = async (data: FormData) => {
    const body = userBody(data, row !== null);
    const result = row ? await update({ id: row.id, patchedUserWriteInputRequest: body }) : await create({ userWriteInputRequest: body });
    if (!result.error) onDone(true);
  };
  return (
    <EditorForm
      title={row ? t('adminUsers.edit', { name: row.username }) : t('adminUsers.new')}
      error={state.error}
      busy={state.isLoading}
      onSubmit={(data) => void submit(data)}
      onCancel={() => onDone(false)}
    >
      <Field label={t('admin.col.username')} name="username" autoComplete="off" defaultValue={row?.username ?? ''} errors={errors.fields.username} required />
      <Field label={t('admin.col.email')} name="email" type="email" autoComplete="off" defaultValue={row?.email ?? ''} errors={errors.fields.email} required />
      <Field
        label={t('adminUsers.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        help={row ? t('adminUsers.passwordKeep') : undefined}
        errors={errors.fields.password}
        required={!row}
      />
      <Field label={t('adminUsers.firstName')} name="first_name" defaultValue={row?.first_name ?? ''} errors={errors.fields.first_name} />
      <Field label={t('adminUsers.lastName')} name="last_name" defaultValue={row?.last_name ?? ''} errors={errors.fields.last_name} />
      <Field label={t('admin.col.phone')} name="phone" type="tel" defaultValue={row?.phone ?? ''} errors={errors.fields.phone} />
      <SelectField label={t('admin.col.role')} name="role" defaultValue={row?.role ?? 'customer'} errors={errors.fields.role}>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {t(`role.${value}`)}
          </option>
        ))}
      </SelectField>
      <SelectField key={stores.data?.count ?? 0} label={t('admin.col.store')} name="store" defaultValue={row?.store ? String(row.store) : ''} help={t('adminUsers.storeHelp')} errors={errors.fields.store}>
        <option value="">{t('catalogAdmin.none')}</option>
        {stores.data?.results.map((store) => (
          <option key={store.id} value={store.id}>
            {store.name}
          </option>
        ))}
      </SelectField>
      <div className="field field-check">
        <input id="user-active" type="checkbox" name="is_active" defaultChecked={row?.is_active ?? true} />
        <label htmlFor="user-active">{t('admin.col.active')}</label>
      </div>
    </EditorForm>
  );
}
