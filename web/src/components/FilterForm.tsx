import type { FormEvent, ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useStoresListQuery } from '../api/generated';
import { t } from '../i18n/t';
import { SelectField } from './Field';

/**
 * A list's filter form kept in the address: Search puts every filled field in the query (`?search=…&role=…`)
 * and drops the rest, the page included, so a new search starts on page 1. The fields are `children`, with
 * their values from the address; the form is drawn again when the address changes (back / forward).
 * `onSearch` runs first, for a screen that clears an earlier row outcome on a new search. `role="search"` makes the
 * form the page's one search landmark instead of a named form, for a screen whose only filter is its search box
 * (the catalog screens): the box's own label says what it searches.
 */
export function FilterForm({
  label,
  role,
  onSearch,
  children,
}: ({ label: string; role?: undefined } | { label?: undefined; role: 'search' }) & { onSearch?: () => void; children: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch?.();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      const trimmed = String(value).trim();
      if (trimmed) next.set(name, trimmed);
    }
    setParams(next);
  };
  return (
    <form className="filters" role={role} onSubmit={submit} key={params.toString()} aria-label={label}>
      {children}
      <div className="filter-actions">
        <button type="submit">{t('admin.search')}</button>
      </div>
    </form>
  );
}

/**
 * The `store` filter: all stores, or one. It is mounted again once the stores arrive, so the store in the address
 * is selected; the other fields keep what was typed.
 */
export function StoreFilter() {
  const [params] = useSearchParams();
  const stores = useStoresListQuery({ pageSize: 100 });
  return (
    <SelectField key={String(stores.isSuccess)} label={t('admin.col.store')} name="store" defaultValue={params.get('store') ?? ''}>
      <option value="">{t('admin.stock.allStores')}</option>
      {stores.data?.results.map((row) => (
        <option key={row.id} value={row.id}>
          {row.name}
        </option>
      ))}
    </SelectField>
  );
}
