import { Link } from 'react-router-dom';
import { t } from '../i18n/t';
import { errorStatus } from '../api/errors';

export function Loading() {
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}

export function QueryError({ error }: { error: unknown }) {
  const status = errorStatus(error);
  if (status === 404) return <NotFound />;
  return (
    <div className="alert alert-error" role="alert">
      {status === null ? t('app.offline') : t('app.error')}
    </div>
  );
}

export function NotFound() {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.body')}</p>
      <Link to="/">{t('app.notFound.home')}</Link>
    </section>
  );
}

export function Forbidden() {
  return (
    <section aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">{t('app.forbidden.title')}</h1>
      <p>{t('app.forbidden.body')}</p>
    </section>
  );
}
