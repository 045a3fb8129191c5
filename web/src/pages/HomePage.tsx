import { Link } from 'react-router-dom';
import { useStoresListQuery } from '../api/generated';
import { Loading, QueryError } from '../components/Status';
import { t } from '../i18n/t';

/** Public home: a short introduction and the directory of open stores (a list, no map). */
export function HomePage() {
  const stores = useStoresListQuery({ pageSize: 100 });
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        <Link className="button" to="/catalog">
          {t('home.browse')}
        </Link>
      </section>
      <section aria-labelledby="stores-title">
        <h2 id="stores-title">{t('home.stores')}</h2>
        {stores.isLoading ? <Loading /> : null}
        {stores.error ? <QueryError error={stores.error} /> : null}
        {stores.data && stores.data.results.length === 0 ? <p>{t('home.noStores')}</p> : null}
        <ul className="card-grid" aria-labelledby="stores-title">
          {stores.data?.results.map((store) => (
            <li key={store.id} className="card">
              <h3>{store.name}</h3>
              <p className="muted">{t(`home.storeType.${store.store_type}`)}</p>
              {store.address ? <p>{store.address}</p> : null}
              {store.phone ? (
                <p>
                  {t('home.phone')}: <a href={`tel:${store.phone}`}>{store.phone}</a>
                </p>
              ) : null}
              {store.email ? (
                <p>
                  {t('home.email')}: <a href={`mailto:${store.email}`}>{store.email}</a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
