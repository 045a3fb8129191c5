import { useSearchParams } from 'react-router-dom';
import { useUsersDestroyMutation, useUsersListQuery, useUsersPartialUpdateMutation, type RoleEnum, type UserOutputRead } from '../../api/generated';
import { EditorPanel, useEditing } from '../../components/EditorForm';
import { Field, SelectField } from '../../components/Field';
import { FilterForm } from '../../components/FilterForm';
import { PAGE_SIZE, usePage } from '../../components/Pagination';
import { EditButton, RowButton, RowsTable, useRowAction } from '../../components/RowsTable';
import { t } from '../../i18n/t';
import { ROLES, UserForm } from './UserForm';

/** System admin: the users (search, role filter, pages); create and edit with role and store, deactivate. */
export function AdminUsersPage() {
  const [params] = useSearchParams();
  const page = usePage();
  const role = params.get('role') as RoleEnum | null;
  const users = useUsersListQuery({
    search: params.get('search') || undefined,
    role: role ? [role] : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const editor = useEditing<UserOutputRead>();
  const actions = useRowAction();
  const [deactivate] = useUsersDestroyMutation();
  const [update] = useUsersPartialUpdateMutation();
  return (
    <div>
      <h1>{t('admin.users.title')}</h1>
      <FilterForm label={t('admin.users.search')}>
        <Field label={t('admin.users.search')} name="search" type="search" defaultValue={params.get('search') ?? ''} />
        <SelectField label={t('admin.users.role')} name="role" defaultValue={role ?? ''}>
          <option value="">{t('catalog.any')}</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </SelectField>
      </FilterForm>
      <EditorPanel editor={editor} newLabel={t('adminUsers.new')} form={(row, onDone) => <UserForm row={row} onDone={onDone} />} />
      {actions.alert}
      <RowsTable
        label={t('admin.users.title')}
        list={users}
        rows={users.data?.results}
        page={page}
        pageSize={PAGE_SIZE}
        columns={[
          { label: t('admin.col.username'), cell: (user) => user.username },
          { label: t('admin.col.name'), cell: (user) => user.full_name },
          { label: t('admin.col.email'), cell: (user) => user.email },
          { label: t('admin.col.role'), cell: (user) => t(`role.${user.role}`) },
          { label: t('admin.col.store'), cell: (user) => user.store_name ?? '—' },
          { label: t('admin.col.active'), cell: (user) => (user.is_active ? t('admin.yes') : t('admin.no')) },
        ]}
        actions={(user) => (
          <>
            <EditButton name={user.username} onClick={() => editor.open(user)} />
            {user.is_active ? (
              actions.button('deactivate', user.username, () => deactivate({ id: user.id }))
            ) : (
              <RowButton
                text="catalogAdmin.activate"
                named="catalogAdmin.activateNamed"
                name={user.username}
                onClick={() => actions.run(() => update({ id: user.id, patchedUserWriteInputRequest: { is_active: true } }), 'adminUsers.activated')}
              />
            )}
          </>
        )}
      />
    </div>
  );
}
