import type { FormEvent, ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { t } from '../i18n/t';

/**
 * A list's filter form kept in the address: Search puts every filled field in the query (`?search=…&role=…`)
 * and drops the rest, the page included, so a new search starts on page 1. The fields are `children`, with
 * their values from the address; the form is drawn again when the address changes (back / forward).
 */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      const trimmed = String(value).trim();
      if (trimmed) next.set(name, trimmed);
    }
    setParams(next);
  };
  return (
    <form className="filters" onSubmit={submit} key={params.toString()} aria-label={label}>
      {children}
      <div className="filter-actions">
        <button type="submit">{t('admin.search')}</button>
      </div>
    </form>
  );
}
