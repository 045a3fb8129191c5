import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useStockLedgersListQuery, useStoresListQuery } from '../../api/generated';
import { Field, SelectField } from '../../components/Field';
import { Pagination } from '../../components/Pagination';
import { Loading, QueryError } from '../../components/Status';
import { t, type MessageKey } from '../../i18n/t';

const PAGE_SIZE = 25;
const ORDERINGS = ['variant', 'quantity', '-quantity', '-last_movement_at'] as const;
/** Query parameters of this page, named as the API names its filters. */
const FILTERS = ['search', 'store', 'low_stock', 'ordering'] as const;

function formatWhen(value: string | null): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(t('format.locale'), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** System admin: stock balance per store and variant (read), with the low-stock filter. */
export function AdminStockPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const stores = useStoresListQuery({ pageSize: 100 });
  const balances = useStockLedgersListQuery({
    search: params.get('search') || undefined,
    store: params.get('store') || undefined,
    lowStock: params.get('low_stock') === 'true' ? true : undefined,
    ordering: params.get('ordering') || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = String(data.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    setParams(next);
  };

  return (
    <div>
      <h1>{t('admin.stock.title')}</h1>
      <form className="filters" onSubmit={submit} key={`${params.toString()}|${stores.isSuccess}`} aria-label={t('admin.stock.title')}>
        <Field label={t('admin.stock.search')} name="search" type="search" defaultValue={params.get('search') ?? ''} />
        <SelectField label={t('admin.stock.store')} name="store" defaultValue={params.get('store') ?? ''}>
          <option value="">{t('admin.stock.allStores')}</option>
          {stores.data?.results.map((store) => (
            <option key={store.id} value={store.id}>
              {store.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('admin.stock.ordering')} name="ordering" defaultValue={params.get('ordering') ?? 'variant'}>
          {ORDERINGS.map((ordering) => (
            <option key={ordering} value={ordering}>
              {t(`admin.stock.ordering.${ordering}` as MessageKey)}
            </option>
          ))}
        </SelectField>
        <div className="field field-check">
          <input id="low-stock" type="checkbox" name="low_stock" value="true" defaultChecked={params.get('low_stock') === 'true'} />
          <label htmlFor="low-stock">{t('admin.stock.lowOnly')}</label>
        </div>
        <div className="filter-actions">
          <button type="submit">{t('admin.search')}</button>
        </div>
      </form>
      {balances.isLoading ? <Loading /> : null}
      {balances.error ? <QueryError error={balances.error} /> : null}
      {balances.data && balances.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {balances.data && balances.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('admin.stock.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.col.product')}</th>
                <th scope="col">{t('admin.col.variant')}</th>
                <th scope="col">{t('admin.col.sku')}</th>
                <th scope="col">{t('admin.col.store')}</th>
                <th scope="col" className="numeric">{t('admin.col.quantity')}</th>
                <th scope="col">{t('admin.col.lastMovement')}</th>
              </tr>
            </thead>
            <tbody>
              {balances.data.results.map((row) => (
                <tr key={row.id}>
                  <td>{row.product_name}</td>
                  <td>{row.variant_name}</td>
                  <td>{row.sku ?? '—'}</td>
                  <td>{row.store_name}</td>
                  <td className="numeric">
                    {row.quantity}
                    {row.low_stock ? <span className="badge badge-low">{t('admin.lowStock')}</span> : null}
                  </td>
                  <td>{formatWhen(row.last_movement_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {balances.data ? <Pagination page={page} count={balances.data.count} pageSize={PAGE_SIZE} /> : null}
    </div>
  );
}
