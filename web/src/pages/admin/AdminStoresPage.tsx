import { useSearchParams } from 'react-router-dom';
import { useStoresDestroyMutation, useStoresListQuery, useStoresPartialUpdateMutation } from '../../api/generated';
import { EditorPanel, useEditing } from '../../components/EditorForm';
import { Field } from '../../components/Field';
import { FilterForm } from '../../components/FilterForm';
import { PAGE_SIZE, usePage } from '../../components/Pagination';
import { EditButton, RowButton, RowsTable, useRowAction } from '../../components/RowsTable';
import { t } from '../../i18n/t';
import { StoreForm, type AdminStoreRow } from './StoreForm';

/** System admin: every store, inactive ones included; create and edit, assign the branch head, deactivate. */
export function AdminStoresPage() {
  const [params] = useSearchParams();
  const page = usePage();
  const stores = useStoresListQuery({ search: params.get('search') || undefined, page, pageSize: PAGE_SIZE });
  // The system admin's list carries the branch head fields (StoreAdminOutput).
  const rows = stores.data?.results as unknown as AdminStoreRow[] | undefined;
  const editor = useEditing<AdminStoreRow>();
  const actions = useRowAction();
  const [deactivate] = useStoresDestroyMutation();
  const [update] = useStoresPartialUpdateMutation();
  return (
    <div>
      <h1>{t('admin.stores.title')}</h1>
      <FilterForm label={t('admin.stores.search')}>
        <Field label={t('admin.stores.search')} name="search" type="search" defaultValue={params.get('search') ?? ''} />
      </FilterForm>
      <EditorPanel editor={editor} newLabel={t('adminStores.new')} form={(row, onDone) => <StoreForm row={row} onDone={onDone} />} />
      {actions.alert}
      <RowsTable
        label={t('admin.stores.title')}
        list={stores}
        rows={rows}
        page={page}
        pageSize={PAGE_SIZE}
        columns={[
          { label: t('admin.col.name'), cell: (store) => store.name },
          { label: t('admin.col.code'), cell: (store) => store.code },
          { label: t('admin.col.type'), cell: (store) => t(`home.storeType.${store.store_type}`) },
          { label: t('adminStores.head'), cell: (store) => store.branch_head_name ?? '—' },
          { label: t('admin.col.phone'), cell: (store) => store.phone ?? '—' },
          { label: t('admin.col.timezone'), cell: (store) => store.timezone },
          { label: t('admin.col.active'), cell: (store) => (store.is_active ? t('admin.yes') : t('admin.no')) },
        ]}
        actions={(store) => (
          <>
            <EditButton name={store.name} onClick={() => editor.open(store)} />
            {store.is_active ? (
              actions.button('deactivate', store.name, () => deactivate({ id: store.id }))
            ) : (
              <RowButton
                text="catalogAdmin.activate"
                named="catalogAdmin.activateNamed"
                name={store.name}
                onClick={() => actions.run(() => update({ id: store.id, patchedStoreWriteInputRequest: { is_active: true } }), 'adminStores.activated')}
              />
            )}
          </>
        )}
      />
    </div>
  );
}
