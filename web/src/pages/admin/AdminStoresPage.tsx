import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useStoresDestroyMutation, useStoresListQuery, useStoresPartialUpdateMutation } from '../../api/generated';
import { useEditing, useRowAction } from '../../attendance/admin/common';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { t } from '../../i18n/t';
import { StoreForm, type AdminStoreRow } from './StoreForm';

const PAGE_SIZE = 20;

/** System admin: every store, inactive ones included; create and edit, assign the branch head, deactivate. */
export function AdminStoresPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const stores = useStoresListQuery({ search: params.get('search') || undefined, page, pageSize: PAGE_SIZE });
  // The system admin's list carries the branch head fields (StoreAdminOutput).
  const rows = (stores.data?.results ?? []) as unknown as AdminStoreRow[];
  const editor = useEditing<AdminStoreRow>();
  const actions = useRowAction();
  const [deactivate] = useStoresDestroyMutation();
  const [update] = useStoresPartialUpdateMutation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const search = String(new FormData(event.currentTarget).get('search') ?? '').trim();
    setParams(search ? { search } : {});
  };
  return (
    <div>
      <h1>{t('admin.stores.title')}</h1>
      <form className="filters" onSubmit={submit} key={params.toString()} aria-label={t('admin.stores.search')}>
        <Field label={t('admin.stores.search')} name="search" type="search" defaultValue={params.get('search') ?? ''} />
        <div className="filter-actions">
          <button type="submit">{t('admin.search')}</button>
        </div>
      </form>
      <p>
        <button type="button" onClick={() => editor.open('new')}>
          {t('adminStores.new')}
        </button>
      </p>
      {editor.editing ? <StoreForm key={editor.row?.id ?? 'new'} row={editor.row} onDone={editor.close} /> : null}
      <FormAlert tone="success" message={editor.saved ? t('roster.saved') : null} />
      {actions.alert}
      {stores.isLoading ? <Loading /> : null}
      {stores.error ? <QueryError error={stores.error} /> : null}
      {stores.data && stores.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {stores.data && stores.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('admin.stores.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.col.name')}</th>
                <th scope="col">{t('admin.col.code')}</th>
                <th scope="col">{t('admin.col.type')}</th>
                <th scope="col">{t('adminStores.head')}</th>
                <th scope="col">{t('admin.col.phone')}</th>
                <th scope="col">{t('admin.col.timezone')}</th>
                <th scope="col">{t('admin.col.active')}</th>
                <th scope="col">{t('roster.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((store) => (
                <tr key={store.id}>
                  <td>{store.name}</td>
                  <td>{store.code}</td>
                  <td>{t(`home.storeType.${store.store_type}`)}</td>
                  <td>{store.branch_head_name ?? '—'}</td>
                  <td>{store.phone ?? '—'}</td>
                  <td>{store.timezone}</td>
                  <td>{store.is_active ? t('admin.yes') : t('admin.no')}</td>
                  <td className="row-actions">
                    <button type="button" className="button-secondary" onClick={() => editor.open(store)} aria-label={t('roster.editNamed', { name: store.name })}>
                      {t('roster.edit')}
                    </button>
                    {store.is_active ? (
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={t('roster.deactivateNamed', { name: store.name })}
                        onClick={() => actions.run(() => deactivate({ id: store.id }), 'roster.deactivated')}
                      >
                        {t('roster.deactivate')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={t('catalogAdmin.activateNamed', { name: store.name })}
                        onClick={() => actions.run(() => update({ id: store.id, patchedStoreWriteInputRequest: { is_active: true } }), 'adminStores.activated')}
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
      {stores.data ? <Pagination page={page} count={stores.data.count} pageSize={PAGE_SIZE} /> : null}
    </div>
  );
}
