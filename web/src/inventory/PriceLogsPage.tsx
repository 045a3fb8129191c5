import { useSearchParams } from 'react-router-dom';
import { usePriceLogsListQuery } from '../api/generated';
import { Field } from '../components/Field';
import { FilterForm } from '../components/FilterForm';
import { LONG_PAGE_SIZE, usePage } from '../components/Pagination';
import { RowsTable } from '../components/RowsTable';
import { formatPrice, t } from '../i18n/t';
import { formatWhen } from '../manage/format';

/** System admin: the price history of products and variants (read only; written by every price change). */
export function PriceLogsPage() {
  const [params] = useSearchParams();
  const page = usePage();
  const list = usePriceLogsListQuery({
    product: params.get('product') || undefined,
    variant: params.get('variant') || undefined,
    dateFrom: params.get('date_from') || undefined,
    dateTo: params.get('date_to') || undefined,
    page,
    pageSize: LONG_PAGE_SIZE,
  });
  return (
    <div>
      <h1>{t('priceLogs.title')}</h1>
      <FilterForm label={t('priceLogs.filters')}>
        <Field label={t('priceLogs.product')} name="product" help={t('priceLogs.refHelp')} defaultValue={params.get('product') ?? ''} />
        <Field label={t('priceLogs.variant')} name="variant" help={t('priceLogs.refHelp')} defaultValue={params.get('variant') ?? ''} />
        <Field label={t('priceLogs.from')} name="date_from" type="date" defaultValue={params.get('date_from') ?? ''} />
        <Field label={t('priceLogs.to')} name="date_to" type="date" defaultValue={params.get('date_to') ?? ''} />
      </FilterForm>
      <RowsTable
        label={t('priceLogs.title')}
        list={list}
        rows={list.data?.results}
        page={page}
        pageSize={LONG_PAGE_SIZE}
        columns={[
          { label: t('priceLogs.when'), cell: (row) => formatWhen(row.changed_at) },
          { label: t('priceLogs.product'), cell: (row) => row.product_name },
          { label: t('priceLogs.variant'), cell: (row) => row.variant_name ?? '—' },
          { label: t('priceLogs.old'), numeric: true, cell: (row) => formatPrice(row.old_price) },
          { label: t('priceLogs.new'), numeric: true, cell: (row) => formatPrice(row.new_price) },
          { label: t('priceLogs.by'), cell: (row) => row.changed_by_name ?? t('priceLogs.system') },
          { label: t('priceLogs.reason'), cell: (row) => row.reason || '—' },
        ]}
      />
    </div>
  );
}
