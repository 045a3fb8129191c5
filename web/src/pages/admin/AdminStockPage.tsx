import { useSearchParams } from 'react-router-dom';
import { useStockLedgersListQuery } from '../../api/generated';
import { Field, SelectField } from '../../components/Field';
import { FilterForm, StoreFilter } from '../../components/FilterForm';
import { LONG_PAGE_SIZE, usePage } from '../../components/Pagination';
import { RowsTable } from '../../components/RowsTable';
import { t, type MessageKey } from '../../i18n/t';
import { formatWhen } from '../../manage/format';

const ORDERINGS = ['variant', 'quantity', '-quantity', '-last_movement_at'] as const;

/** System admin: stock balance per store and variant (read), with the low-stock filter. */
export function AdminStockPage() {
  const [params] = useSearchParams();
  const page = usePage();
  const balances = useStockLedgersListQuery({
    search: params.get('search') || undefined,
    store: params.get('store') || undefined,
    lowStock: params.get('low_stock') === 'true' ? true : undefined,
    ordering: params.get('ordering') || undefined,
    page,
    pageSize: LONG_PAGE_SIZE,
  });

  return (
    <div>
      <h1>{t('admin.stock.title')}</h1>
      <FilterForm label={t('admin.stock.title')}>
        <Field label={t('admin.stock.search')} name="search" type="search" defaultValue={params.get('search') ?? ''} />
        <StoreFilter />
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
      </FilterForm>
      <RowsTable
        label={t('admin.stock.title')}
        list={balances}
        rows={balances.data?.results}
        page={page}
        pageSize={LONG_PAGE_SIZE}
        columns={[
          { label: t('admin.col.product'), cell: (row) => row.product_name },
          { label: t('admin.col.variant'), cell: (row) => row.variant_name },
          { label: t('admin.col.sku'), cell: (row) => row.sku ?? '—' },
          { label: t('admin.col.store'), cell: (row) => row.store_name },
          {
            label: t('admin.col.quantity'),
            numeric: true,
            cell: (row) => (
              <>
                {row.quantity}
                {row.low_stock ? <span className="badge badge-low">{t('admin.lowStock')}</span> : null}
              </>
            ),
          },
          { label: t('admin.col.lastMovement'), cell: (row) => formatWhen(row.last_movement_at) },
        ]}
      />
    </div>
  );
}
