import { Link } from 'react-router-dom';
import * as api from '../api/generated';
import type { PickerSearch } from '../components/SearchPicker';
import { formatPrice, t, type MessageKey } from '../i18n/t';
import { useBrandUploadMutation } from './brandUpload';
import { attributesText, type CatalogRow, type ColumnSpec, type FieldSpec, type Option } from './form';

type Outcome = Promise<{ error?: unknown }>;
type Body = Record<string, unknown>;

export interface ListArgs {
  page: number;
  pageSize: number;
  search: string;
  /** The value of the model's parent filter (variants: a product slug), '' for none. */
  filter: string;
}

export interface ListState {
  data?: { count: number; results: CatalogRow[] };
  isLoading: boolean;
  error?: unknown;
}

export interface Writes {
  create: (body: Body) => Outcome;
  update: (row: CatalogRow, body: Body) => Outcome;
  remove: (row: CatalogRow) => Outcome;
}

/**
 * One catalog model for the generic admin screen: its list, its form fields, its columns and its writes
 * through the generated client. The hooks are called in a fixed order per model (the screen is keyed by model).
 */
export interface CatalogModel {
  key: string;
  title: MessageKey;
  newLabel: MessageKey;
  /** The header of the first column (the row's name), "Name" by default. */
  nameLabel?: MessageKey;
  /** The list's search box, "Name contains" by default. */
  searchLabel?: MessageKey;
  fields: readonly FieldSpec[];
  columns: readonly ColumnSpec[];
  /** Rows with `is_active`: deactivated (and activated again) by a PATCH besides the delete. */
  hasActive?: boolean;
  /** A parent filter kept in the address (`?product=`). */
  filter?: { param: string; label: MessageKey };
  useList: (args: ListArgs) => ListState;
  useWrites: () => Writes;
}

export const name: FieldSpec = { name: 'name', label: 'catalogAdmin.name', kind: 'text' };
const slug: FieldSpec = { name: 'slug', label: 'catalogAdmin.slug', kind: 'slug', help: 'catalogAdmin.slugHelp' };
export const active: FieldSpec = { name: 'is_active', label: 'catalogAdmin.active', kind: 'active' };
const slugColumn: ColumnSpec = { label: 'catalogAdmin.slug', value: (row) => row.slug };
export const activeColumn: ColumnSpec = {
  label: 'catalogAdmin.active',
  value: (row) => (row.is_active ? <span className="badge badge-ok">{t('roster.active')}</span> : <span className="badge badge-muted">{t('roster.inactive')}</span>),
};

function options<T extends { id: number; name: string }>(rows: T[] | undefined, label: (row: T) => string = (row) => row.name): Option[] {
  return (rows ?? []).map((row) => ({ id: row.id, name: label(row) }));
}

// The small taxonomies (departments, categories, subcategories, brands, units, qualities) are picked from a select
// of one page of 100 rows, by name: a chain's taxonomy stays well below that. Products and variants can outgrow
// it, so they are picked through the search picker (the API's `search=`, one page of matches).
const ALL = { pageSize: 100, ordering: 'name' } as const;
const useDepartmentOptions = () => options(api.useDepartmentsListQuery(ALL).data?.results);
const useCategoryOptions = () => options(api.useCategoriesListQuery(ALL).data?.results, (row) => `${row.department_name} › ${row.name}`);
const useSubcategoryOptions = () => options(api.useSubcategoriesListQuery(ALL).data?.results, (row) => `${row.category_name} › ${row.name}`);
const useBrandOptions = () => options(api.useBrandsListQuery(ALL).data?.results);
const useUnitOptions = () => options(api.useUnitsListQuery(ALL).data?.results);
const useQualityOptions = () => options(api.useQualitiesListQuery(ALL).data?.results);

const MATCHES = { pageSize: 20, ordering: 'name' } as const;
export const useProductSearch: PickerSearch = (term, skip) => {
  const list = api.useProductsListQuery({ ...MATCHES, search: term || undefined }, { skip });
  return { options: options(list.data?.results), isFetching: list.isFetching };
};
const useVariantSearch: PickerSearch = (term, skip) => {
  const list = api.useVariantsListQuery({ ...MATCHES, search: term || undefined }, { skip });
  return { options: options(list.data?.results, (row) => `${row.product_name} › ${row.name}`), isFetching: list.isFetching };
};

const thumbnail: ColumnSpec = {
  label: 'catalogAdmin.logo',
  value: (row) => (typeof row.logo === 'string' && row.logo ? <img className="logo-thumb" src={row.logo} alt={t('catalogAdmin.logoOf', { name: row.name })} /> : '—'),
};
const refName = (field: string) => (row: CatalogRow) => (row[`${field}_name`] ? String(row[`${field}_name`]) : '—');

export const rows = <T,>(state: { data?: { count: number; results: T[] }; isLoading: boolean; error?: unknown }): ListState => state as unknown as ListState;
export const paging = ({ page, pageSize, search }: ListArgs) => ({ page, pageSize, search: search || undefined, ordering: 'name' });

export const CATALOG_MODELS: readonly CatalogModel[] = [
  {
    key: 'departments',
    title: 'catalogAdmin.departments',
    newLabel: 'catalogAdmin.newDepartment',
    fields: [name, slug],
    columns: [slugColumn],
    useList: (args) => rows(api.useDepartmentsListQuery(paging(args))),
    useWrites: () => {
      const [create] = api.useDepartmentsCreateMutation();
      const [update] = api.useDepartmentsPartialUpdateMutation();
      const [remove] = api.useDepartmentsDestroyMutation();
      return {
        create: (body) => create({ departmentWriteInputRequest: body as api.DepartmentWriteInputRequest }),
        update: (row, body) => update({ slug: row.slug, patchedDepartmentWriteInputRequest: body }),
        remove: (row) => remove({ slug: row.slug }),
      };
    },
  },
  {
    key: 'categories',
    title: 'catalogAdmin.categories',
    newLabel: 'catalogAdmin.newCategory',
    fields: [name, { name: 'department', label: 'catalogAdmin.department', kind: 'ref', useOptions: useDepartmentOptions }, slug],
    columns: [{ label: 'catalogAdmin.department', value: (row) => String(row.department_name) }, slugColumn],
    useList: (args) => rows(api.useCategoriesListQuery(paging(args))),
    useWrites: () => {
      const [create] = api.useCategoriesCreateMutation();
      const [update] = api.useCategoriesPartialUpdateMutation();
      const [remove] = api.useCategoriesDestroyMutation();
      return {
        create: (body) => create({ categoryWriteInputRequest: body as api.CategoryWriteInputRequest }),
        update: (row, body) => update({ slug: row.slug, patchedCategoryWriteInputRequest: body }),
        remove: (row) => remove({ slug: row.slug }),
      };
    },
  },
  {
    key: 'subcategories',
    title: 'catalogAdmin.subcategories',
    newLabel: 'catalogAdmin.newSubcategory',
    fields: [name, { name: 'category', label: 'catalogAdmin.category', kind: 'ref', useOptions: useCategoryOptions }, slug],
    columns: [{ label: 'catalogAdmin.category', value: (row) => `${String(row.department_name)} › ${String(row.category_name)}` }, slugColumn],
    useList: (args) => rows(api.useSubcategoriesListQuery(paging(args))),
    useWrites: () => {
      const [create] = api.useSubcategoriesCreateMutation();
      const [update] = api.useSubcategoriesPartialUpdateMutation();
      const [remove] = api.useSubcategoriesDestroyMutation();
      return {
        create: (body) => create({ subcategoryWriteInputRequest: body as api.SubcategoryWriteInputRequest }),
        update: (row, body) => update({ slug: row.slug, patchedSubcategoryWriteInputRequest: body }),
        remove: (row) => remove({ slug: row.slug }),
      };
    },
  },
  {
    key: 'brands',
    title: 'catalogAdmin.brands',
    newLabel: 'catalogAdmin.newBrand',
    fields: [
      name,
      slug,
      { name: 'logo', label: 'catalogAdmin.logo', kind: 'image', help: 'catalogAdmin.logoHelp', current: 'catalogAdmin.currentLogo', remove: 'catalogAdmin.removeLogo' },
      active,
    ],
    columns: [thumbnail, slugColumn, activeColumn],
    hasActive: true,
    useList: (args) => rows(api.useBrandsListQuery(paging(args))),
    useWrites: () => {
      const [create] = api.useBrandsCreateMutation();
      const [update] = api.useBrandsPartialUpdateMutation();
      const [upload] = useBrandUploadMutation();
      const [remove] = api.useBrandsDestroyMutation();
      // A chosen logo file goes as multipart; everything else (a removed logo is `null`) as JSON.
      return {
        create: (body) => (body.logo instanceof Blob ? upload({ body }) : create({ brandWriteInputRequest: body as api.BrandWriteInputRequest })),
        update: (row, body) => (body.logo instanceof Blob ? upload({ id: row.id, body }) : update({ id: String(row.id), patchedBrandWriteInputRequest: body })),
        remove: (row) => remove({ id: String(row.id) }),
      };
    },
  },
  {
    key: 'units',
    title: 'catalogAdmin.units',
    newLabel: 'catalogAdmin.newUnit',
    fields: [name, slug],
    columns: [slugColumn],
    useList: (args) => rows(api.useUnitsListQuery(paging(args))),
    useWrites: () => {
      const [create] = api.useUnitsCreateMutation();
      const [update] = api.useUnitsPartialUpdateMutation();
      const [remove] = api.useUnitsDestroyMutation();
      return {
        create: (body) => create({ unitWriteInputRequest: body as api.UnitWriteInputRequest }),
        update: (row, body) => update({ slug: row.slug, patchedUnitWriteInputRequest: body }),
        remove: (row) => remove({ slug: row.slug }),
      };
    },
  },
  {
    key: 'qualities',
    title: 'catalogAdmin.qualities',
    newLabel: 'catalogAdmin.newQuality',
    fields: [name, slug],
    columns: [slugColumn],
    useList: (args) => rows(api.useQualitiesListQuery(paging(args))),
    useWrites: () => {
      const [create] = api.useQualitiesCreateMutation();
      const [update] = api.useQualitiesPartialUpdateMutation();
      const [remove] = api.useQualitiesDestroyMutation();
      return {
        create: (body) => create({ qualityWriteInputRequest: body as api.QualityWriteInputRequest }),
        update: (row, body) => update({ slug: row.slug, patchedQualityWriteInputRequest: body }),
        remove: (row) => remove({ slug: row.slug }),
      };
    },
  },
  {
    key: 'products',
    title: 'catalogAdmin.products',
    newLabel: 'catalogAdmin.newProduct',
    fields: [
      { name: 'name', label: 'catalogAdmin.name', kind: 'text' },
      { name: 'brand', label: 'catalogAdmin.brand', kind: 'ref', useOptions: useBrandOptions },
      { name: 'subcategory', label: 'catalogAdmin.subcategory', kind: 'ref', useOptions: useSubcategoryOptions },
      { name: 'unit', label: 'catalogAdmin.unit', kind: 'ref', useOptions: useUnitOptions, nullable: true },
      { name: 'sku', label: 'catalogAdmin.sku', kind: 'optional' },
      { name: 'price', label: 'catalogAdmin.price', kind: 'price' },
      { name: 'price_change_reason', label: 'catalogAdmin.priceReason', kind: 'reason', help: 'catalogAdmin.priceReasonHelp' },
      { name: 'description', label: 'catalogAdmin.description', kind: 'textarea' },
      slug,
      active,
    ],
    columns: [
      { label: 'catalogAdmin.brand', value: (row) => String(row.brand_name) },
      { label: 'catalogAdmin.subcategory', value: (row) => String(row.subcategory_name) },
      { label: 'catalogAdmin.price', value: (row) => formatPrice(String(row.price)), numeric: true },
      activeColumn,
      {
        label: 'catalogAdmin.variants',
        value: (row) => (
          <Link to={`/manage/catalog/variants?product=${encodeURIComponent(row.slug)}`} aria-label={t('catalogAdmin.variantsOf', { name: row.name })}>
            {String(row.variant_count ?? 0)}
          </Link>
        ),
        numeric: true,
      },
    ],
    hasActive: true,
    useList: (args) => rows(api.useProductsListQuery(paging(args))),
    useWrites: () => {
      const [create] = api.useProductsCreateMutation();
      const [update] = api.useProductsPartialUpdateMutation();
      const [remove] = api.useProductsDestroyMutation();
      return {
        create: (body) => create({ productWriteInputRequest: body as api.ProductWriteInputRequest }),
        update: (row, body) => update({ slug: row.slug, patchedProductWriteInputRequest: body }),
        remove: (row) => remove({ slug: row.slug }),
      };
    },
  },
  {
    key: 'variants',
    title: 'catalogAdmin.variantsTitle',
    newLabel: 'catalogAdmin.newVariant',
    fields: [
      { name: 'product', label: 'catalogAdmin.product', kind: 'search', useSearch: useProductSearch },
      { name: 'name', label: 'catalogAdmin.name', kind: 'text' },
      { name: 'sku', label: 'catalogAdmin.sku', kind: 'optional' },
      { name: 'price', label: 'catalogAdmin.price', kind: 'price' },
      { name: 'price_change_reason', label: 'catalogAdmin.priceReason', kind: 'reason', help: 'catalogAdmin.priceReasonHelp' },
      slug,
      active,
      { name: 'attributes', label: 'catalogAdmin.attributes', kind: 'attributes' },
    ],
    columns: [
      { label: 'catalogAdmin.product', value: (row) => String(row.product_name) },
      { label: 'catalogAdmin.attributes', value: (row) => attributesText(row.attributes) },
      { label: 'catalogAdmin.price', value: (row) => formatPrice(String(row.price)), numeric: true },
      activeColumn,
    ],
    searchLabel: 'catalogAdmin.searchNameSku',
    hasActive: true,
    filter: { param: 'product', label: 'catalogAdmin.product' },
    useList: (args) => rows(api.useVariantsListQuery({ ...paging(args), product: args.filter || undefined })),
    useWrites: () => {
      const [create] = api.useVariantsCreateMutation();
      const [update] = api.useVariantsPartialUpdateMutation();
      const [remove] = api.useVariantsDestroyMutation();
      return {
        create: (body) => create({ variantWriteInputRequest: body as api.VariantWriteInputRequest }),
        update: (row, body) => update({ slug: row.slug, patchedVariantWriteInputRequest: body }),
        remove: (row) => remove({ slug: row.slug }),
      };
    },
  },
  {
    key: 'spares',
    title: 'catalogAdmin.spares',
    newLabel: 'catalogAdmin.newSpare',
    fields: [
      name,
      { name: 'sku', label: 'catalogAdmin.sku', kind: 'text' },
      { name: 'brand', label: 'catalogAdmin.brand', kind: 'ref', useOptions: useBrandOptions, nullable: true },
      { name: 'quality', label: 'catalogAdmin.quality', kind: 'ref', useOptions: useQualityOptions, nullable: true },
      { name: 'unit', label: 'catalogAdmin.unit', kind: 'ref', useOptions: useUnitOptions, nullable: true },
      { name: 'price', label: 'catalogAdmin.price', kind: 'price' },
      { name: 'compatible_products', label: 'catalogAdmin.compatibleProducts', kind: 'search', useSearch: useProductSearch, multiple: true },
      { name: 'compatible_variants', label: 'catalogAdmin.compatibleVariants', kind: 'search', useSearch: useVariantSearch, multiple: true },
      active,
    ],
    columns: [
      { label: 'catalogAdmin.sku', value: (row) => String(row.sku) },
      { label: 'catalogAdmin.brand', value: refName('brand') },
      { label: 'catalogAdmin.quality', value: refName('quality') },
      { label: 'catalogAdmin.price', value: (row) => formatPrice(String(row.price)), numeric: true },
      activeColumn,
    ],
    hasActive: true,
    searchLabel: 'catalogAdmin.searchNameSku',
    useList: (args) => rows(api.useSparesListQuery(paging(args))),
    useWrites: () => {
      const [create] = api.useSparesCreateMutation();
      const [update] = api.useSparesPartialUpdateMutation();
      const [remove] = api.useSparesDestroyMutation();
      return {
        create: (body) => create({ spareWriteInputRequest: body as api.SpareWriteInputRequest }),
        update: (row, body) => update({ id: String(row.id), patchedSpareWriteInputRequest: body }),
        remove: (row) => remove({ id: String(row.id) }),
      };
    },
  },
];
