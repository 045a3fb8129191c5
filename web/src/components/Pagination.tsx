import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { t } from '../i18n/t';

/** Rows per page of the admin lists. */
export const PAGE_SIZE = 20;
/** Rows per page of the record lists (movements, serials, prices, bookings, leads, outbox, log): read, seldom edited. */
export const LONG_PAGE_SIZE = 25;

/** The `page` query parameter of the address (1 when absent or invalid). */
export function usePage(): number {
  const [params] = useSearchParams();
  return Math.max(1, Number(params.get('page')) || 1);
}

/** Previous / next links that keep every other query parameter (filters) of the current address. */
export function Pagination({ page, count, pageSize }: { page: number; count: number; pageSize: number }) {
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(count / pageSize));
  if (pages <= 1) return null;
  const href = (target: number) => {
    const params = new URLSearchParams(location.search);
    if (target <= 1) params.delete('page');
    else params.set('page', String(target));
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : (
        <span aria-hidden="true" className="pagination-disabled">{t('pagination.previous')}</span>
      )}
      <span aria-current="page">{t('pagination.status', { page, pages })}</span>
      {page < pages ? (
        <Link to={href(page + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      ) : (
        <span aria-hidden="true" className="pagination-disabled">{t('pagination.next')}</span>
      )}
    </nav>
  );
}
