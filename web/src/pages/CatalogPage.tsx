import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formErrors } from '../api/errors';
import {
  useBrandsListQuery,
  useDepartmentsListQuery,
  useProductsListQuery,
  type ProductOutputRead,
} from '../api/generated';
import { Field, SelectField } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { Pagination } from '../components/Pagination';
import { Loading, QueryError } from '../components/Status';
import { formatPrice, t, type MessageKey } from '../i18n/t';

export const PAGE_SIZE = 12;
const ORDERINGS = ['name', '-name', 'price', '-price', '-date_created'] as const;
/** The query parameters of this page: the API's own filter names, so an address can be shared as is. */
const FILTERS = ['search', 'brand', 'department', 'min_price', 'max_price', 'availability', 'ordering'] as const;

function numberOrUndefined(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** Filters start open where there is room for them, folded on a phone so the products come first. */
function wideScreen(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 768px)').matches;
}

function ProductCard({ product }: { product: ProductOutputRead }) {
  return (
    <li className="card product-card">
      <h3>
        <Link to={`/catalog/${product.slug}`}>{product.name}</Link>
      </h3>
      <p className="muted">
        {product.brand_name} · {product.department_name}
      </p>
      <p className="price">{formatPrice(product.price)}</p>
      <p className={product.in_stock ? 'badge badge-ok' : 'badge badge-muted'}>
        {product.in_stock ? t('catalog.inStock') : t('catalog.outOfStock')}
      </p>
    </li>
  );
}

/** Catalog browsing: filters kept in the address (shareable, back button works), a page of products. */
export function CatalogPage() {
  const [params, setParams] = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);
  const page = Math.max(1, numberOrUndefined(params.get('page')) ?? 1);
  const availability = params.get('availability');
  const products = useProductsListQuery({
    search: params.get('search') || undefined,
    brand: params.get('brand') || undefined,
    department: params.get('department') || undefined,
    minPrice: numberOrUndefined(params.get('min_price')),
    maxPrice: numberOrUndefined(params.get('max_price')),
    availability: availability === 'true' ? true : availability === 'false' ? false : undefined,
    ordering: params.get('ordering') || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const brands = useBrandsListQuery({ pageSize: 100 });
  const departments = useDepartmentsListQuery({ pageSize: 100 });
  // The form's own copy of the filters: typing is kept while the brand and department lists load, and the
  // address (back button, shared link) resets it.
  const current = useMemo(
    () => Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? (name === 'ordering' ? 'name' : '')])),
    [params],
  );
  const [draft, setDraft] = useState<Record<string, string>>(current);
  useEffect(() => setDraft(current), [current]);
  const bind = (name: (typeof FILTERS)[number]) => ({
    value: draft[name] ?? '',
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setDraft((previous) => ({ ...previous, [name]: event.target.value })),
  });
  const errors = products.error ? formErrors(products.error) : null;
  const fieldErrors = errors?.fields ?? {};

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = String(data.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    setParams(next);
  };

  const count = products.data?.count ?? 0;
  const activeFilters = FILTERS.filter((name) => name !== 'ordering' && params.get(name)).length;
  return (
    <div className="catalog">
      <h1>{t('catalog.title')}</h1>
      <details className="filter-panel" open={wideScreen()}>
        <summary>{t('catalog.filters')}{activeFilters ? ` (${activeFilters})` : ''}</summary>
      <form ref={formRef} className="filters" onSubmit={apply} aria-label={t('catalog.filters')}>
        <Field label={t('catalog.search')} name="search" type="search" {...bind('search')} errors={fieldErrors.search} />
        <SelectField label={t('catalog.brand')} name="brand" {...bind('brand')} errors={fieldErrors.brand}>
          <option value="">{t('catalog.any')}</option>
          {brands.data?.results.map((brand) => (
            <option key={brand.id} value={brand.slug}>
              {brand.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('catalog.department')} name="department" {...bind('department')} errors={fieldErrors.department}>
          <option value="">{t('catalog.any')}</option>
          {departments.data?.results.map((department) => (
            <option key={department.id} value={department.slug}>
              {department.name}
            </option>
          ))}
        </SelectField>
        <Field label={t('catalog.minPrice')} name="min_price" type="number" min={0} step="0.01" inputMode="decimal" {...bind('min_price')} errors={fieldErrors.min_price} />
        <Field label={t('catalog.maxPrice')} name="max_price" type="number" min={0} step="0.01" inputMode="decimal" {...bind('max_price')} errors={fieldErrors.max_price} />
        <SelectField label={t('catalog.availability')} name="availability" {...bind('availability')} errors={fieldErrors.availability}>
          <option value="">{t('catalog.any')}</option>
          <option value="true">{t('catalog.availability.true')}</option>
          <option value="false">{t('catalog.availability.false')}</option>
        </SelectField>
        <SelectField label={t('catalog.ordering')} name="ordering" {...bind('ordering')} errors={fieldErrors.ordering}>
          {ORDERINGS.map((ordering) => (
            <option key={ordering} value={ordering}>
              {t(`catalog.ordering.${ordering}` as MessageKey)}
            </option>
          ))}
        </SelectField>
        <div className="filter-actions">
          <button type="submit">{t('catalog.apply')}</button>
          <Link to="/catalog" className="button-secondary">
            {t('catalog.clear')}
          </Link>
        </div>
      </form>
      </details>
      <section aria-labelledby="results-title" aria-busy={products.isFetching}>
        <h2 id="results-title" className="results-count" aria-live="polite">
          {products.data ? (count === 1 ? t('catalog.result') : t('catalog.results', { count })) : ''}
        </h2>
        {products.isLoading ? <Loading /> : null}
        {errors && Object.keys(errors.fields).length ? <FormAlert message={errors.form} formRef={formRef} /> : null}
        {products.error && !Object.keys(fieldErrors).length ? <QueryError error={products.error} /> : null}
        {products.data && count === 0 ? <p>{t('catalog.empty')}</p> : null}
        <ul className="card-grid">
          {products.data?.results.map((product) => <ProductCard key={product.id} product={product} />)}
        </ul>
        {products.data ? <Pagination page={page} count={count} pageSize={PAGE_SIZE} /> : null}
      </section>
    </div>
  );
}
