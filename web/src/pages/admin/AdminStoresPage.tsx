import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useStoresListQuery } from '../../api/generated';
import { Field } from '../../components/Field';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { t } from '../../i18n/t';

const PAGE_SIZE = 20;

/** System admin: every store, inactive ones included (read only for now). */
export function AdminStoresPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const stores = useStoresListQuery({ search: params.get('search') || undefined, page, pageSize: PAGE_SIZE });
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
                <th scope="col">{t('admin.col.phone')}</th>
                <th scope="col">{t('admin.col.timezone')}</th>
                <th scope="col">{t('admin.col.active')}</th>
              </tr>
            </thead>
            <tbody>
              {stores.data.results.map((store) => (
                <tr key={store.id}>
                  <td>{store.name}</td>
                  <td>{store.code}</td>
                  <td>{t(`home.storeType.${store.store_type}`)}</td>
                  <td>{store.phone ?? '—'}</td>
                  <td>{store.timezone}</td>
                  <td>{store.is_active ? t('admin.yes') : t('admin.no')}</td>
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
