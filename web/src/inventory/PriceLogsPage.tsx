import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePriceLogsListQuery } from '../api/generated';
import { Field } from '../components/Field';
import { Pagination } from '../components/Pagination';
import { Loading, QueryError } from '../components/Status';
import { formatPrice, t } from '../i18n/t';
import { filterParams, formatWhen } from '../manage/format';

const PAGE_SIZE = 25;
const FILTERS = ['product', 'variant', 'date_from', 'date_to'] as const;

/** System admin: the price history of products and variants (read only; written by every price change). */
export function PriceLogsPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = usePriceLogsListQuery({
    product: params.get('product') || undefined,
    variant: params.get('variant') || undefined,
    dateFrom: params.get('date_from') || undefined,
    dateTo: params.get('date_to') || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(filterParams(event.currentTarget, FILTERS));
  };
  return (
    <div>
      <h1>{t('priceLogs.title')}</h1>
      <form className="filters" onSubmit={submit} key={params.toString()} aria-label={t('priceLogs.filters')}>
        <Field label={t('priceLogs.product')} name="product" help={t('priceLogs.refHelp')} defaultValue={params.get('product') ?? ''} />
        <Field label={t('priceLogs.variant')} name="variant" help={t('priceLogs.refHelp')} defaultValue={params.get('variant') ?? ''} />
        <Field label={t('priceLogs.from')} name="date_from" type="date" defaultValue={params.get('date_from') ?? ''} />
        <Field label={t('priceLogs.to')} name="date_to" type="date" defaultValue={params.get('date_to') ?? ''} />
        <div className="filter-actions">
          <button type="submit">{t('admin.search')}</button>
        </div>
      </form>
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {list.data && list.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('priceLogs.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('priceLogs.when')}</th>
                <th scope="col">{t('priceLogs.product')}</th>
                <th scope="col">{t('priceLogs.variant')}</th>
                <th scope="col" className="numeric">{t('priceLogs.old')}</th>
                <th scope="col" className="numeric">{t('priceLogs.new')}</th>
                <th scope="col">{t('priceLogs.by')}</th>
                <th scope="col">{t('priceLogs.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((row) => (
                <tr key={row.id}>
                  <td>{formatWhen(row.changed_at)}</td>
                  <td>{row.product_name}</td>
                  <td>{row.variant_name ?? '—'}</td>
                  <td className="numeric">{formatPrice(row.old_price)}</td>
                  <td className="numeric">{formatPrice(row.new_price)}</td>
                  <td>{row.changed_by_name ?? t('priceLogs.system')}</td>
                  <td>{row.reason || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? <Pagination page={page} count={list.data.count} pageSize={PAGE_SIZE} /> : null}
    </div>
  );
}
