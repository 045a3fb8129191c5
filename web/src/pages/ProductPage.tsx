import { Link, useParams } from 'react-router-dom';
import { useProductsRetrieveQuery, useVariantsListQuery } from '../api/generated';
import { Loading, QueryError } from '../components/Status';
import { formatPrice, t } from '../i18n/t';

export function ProductPage() {
  const { slug = '' } = useParams();
  const product = useProductsRetrieveQuery({ slug });
  const variants = useVariantsListQuery({ product: slug, pageSize: 100 }, { skip: !product.data });
  if (product.isLoading) return <Loading />;
  if (product.error || !product.data) return <QueryError error={product.error} />;
  const p = product.data;
  return (
    <article className="product" aria-labelledby="product-title">
      <p>
        <Link to="/catalog">← {t('product.back')}</Link>
      </p>
      <h1 id="product-title">{p.name}</h1>
      <p className="price price-large">{formatPrice(p.price)}</p>
      <p className={p.in_stock ? 'badge badge-ok' : 'badge badge-muted'}>
        {p.in_stock ? t('catalog.inStock') : t('catalog.outOfStock')}
      </p>
      <p>{p.description || <span className="muted">{t('product.noDescription')}</span>}</p>
      <dl className="facts">
        <dt>{t('product.brand')}</dt>
        <dd>
          <Link to={`/catalog?brand=${encodeURIComponent(p.brand_slug)}`}>{p.brand_name}</Link>
        </dd>
        <dt>{t('product.department')}</dt>
        <dd>
          <Link to={`/catalog?department=${encodeURIComponent(p.department_slug)}`}>{p.department_name}</Link>
        </dd>
        <dt>{t('product.category')}</dt>
        <dd>{p.category_name}</dd>
        <dt>{t('product.subcategory')}</dt>
        <dd>{p.subcategory_name}</dd>
        {p.sku ? (
          <>
            <dt>{t('product.sku')}</dt>
            <dd>{p.sku}</dd>
          </>
        ) : null}
      </dl>
      {variants.data && variants.data.results.length > 0 ? (
        <section aria-labelledby="variants-title">
          <h2 id="variants-title">{t('product.variants')}</h2>
          <ul className="variant-list">
            {variants.data.results.map((variant) => (
              <li key={variant.id}>
                <span>{variant.name}</span>
                <span className="price">{formatPrice(variant.price)}</span>
                <span className={variant.in_stock ? 'badge badge-ok' : 'badge badge-muted'}>
                  {variant.in_stock ? t('catalog.inStock') : t('catalog.outOfStock')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
