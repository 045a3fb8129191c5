import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useUsersDestroyMutation, useUsersListQuery, useUsersPartialUpdateMutation, type RoleEnum, type UserOutputRead } from '../../api/generated';
import { useEditing, useRowAction } from '../../attendance/admin/common';
import { FormAlert } from '../../components/FormAlert';
import { Field, SelectField } from '../../components/Field';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { t } from '../../i18n/t';
import { ROLES, UserForm } from './UserForm';

const PAGE_SIZE = 20;

/** System admin: the users (search, role filter, pages); create and edit with role and store, deactivate. */
export function AdminUsersPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
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
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['search', 'role']) {
      const value = String(data.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    setParams(next);
  };
  return (
    <div>
      <h1>{t('admin.users.title')}</h1>
      <form className="filters" onSubmit={submit} key={params.toString()} aria-label={t('admin.users.search')}>
        <Field label={t('admin.users.search')} name="search" type="search" defaultValue={params.get('search') ?? ''} />
        <SelectField label={t('admin.users.role')} name="role" defaultValue={role ?? ''}>
          <option value="">{t('catalog.any')}</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </SelectField>
        <div className="filter-actions">
          <button type="submit">{t('admin.search')}</button>
        </div>
      </form>
      <p>
        <button type="button" onClick={() => editor.open('new')}>
          {t('adminUsers.new')}
        </button>
      </p>
      {editor.editing ? <UserForm key={editor.row?.id ?? 'new'} row={editor.row} onDone={editor.close} /> : null}
      <FormAlert tone="success" message={editor.saved ? t('roster.saved') : null} />
      {actions.alert}
      {users.isLoading ? <Loading /> : null}
      {users.error ? <QueryError error={users.error} /> : null}
      {users.data && users.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {users.data && users.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('admin.users.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.col.username')}</th>
                <th scope="col">{t('admin.col.name')}</th>
                <th scope="col">{t('admin.col.email')}</th>
                <th scope="col">{t('admin.col.role')}</th>
                <th scope="col">{t('admin.col.store')}</th>
                <th scope="col">{t('admin.col.active')}</th>
                <th scope="col">{t('roster.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.results.map((user) => (
                <tr key={user.id}>
                  <td>{user.username}</td>
                  <td>{user.full_name}</td>
                  <td>{user.email}</td>
                  <td>{t(`role.${user.role}`)}</td>
                  <td>{user.store_name ?? '—'}</td>
                  <td>{user.is_active ? t('admin.yes') : t('admin.no')}</td>
                  <td className="row-actions">
                    <button type="button" className="button-secondary" onClick={() => editor.open(user)} aria-label={t('roster.editNamed', { name: user.username })}>
                      {t('roster.edit')}
                    </button>
                    {user.is_active ? (
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={t('roster.deactivateNamed', { name: user.username })}
                        onClick={() => actions.run(() => deactivate({ id: user.id }), 'roster.deactivated')}
                      >
                        {t('roster.deactivate')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={t('catalogAdmin.activateNamed', { name: user.username })}
                        onClick={() => actions.run(() => update({ id: user.id, patchedUserWriteInputRequest: { is_active: true } }), 'adminUsers.activated')}
                      >
                        {t('catalogAdmin.activate')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {users.data ? <Pagination page={page} count={users.data.count} pageSize={PAGE_SIZE} /> : null}
    </div>
  );
}
