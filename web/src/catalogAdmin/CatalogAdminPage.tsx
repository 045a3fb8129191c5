import { NavLink, useParams, useSearchParams } from 'react-router-dom';
import { EditorPanel, useEditing } from '../components/EditorForm';
import { Field } from '../components/Field';
import { FilterForm } from '../components/FilterForm';
import { PAGE_SIZE, usePage } from '../components/Pagination';
import { EditButton, RowsTable, useRowAction } from '../components/RowsTable';
import { NotFound } from '../components/Status';
import { t, type MessageKey } from '../i18n/t';
import { CatalogForm } from './CatalogForm';
import { refusalMessage, type CatalogRow } from './form';
import { BOOKING_OPTION_MODELS } from './bookingOptions';
import { CATALOG_MODELS, type CatalogModel } from './models';

/** A family of models administered by the generic screen, each at `<base>/<model key>`. */
interface ModelArea {
  base: string;
  sections: MessageKey;
  models: readonly CatalogModel[];
}

const CATALOG: ModelArea = { base: '/manage/catalog', sections: 'catalogAdmin.sections', models: CATALOG_MODELS };
const BOOKING_OPTIONS: ModelArea = { base: '/manage/booking-options', sections: 'bookingOptions.sections', models: BOOKING_OPTION_MODELS };

function AreaTabs({ area }: { area: ModelArea }) {
  return (
    <nav className="subnav" aria-label={t(area.sections)}>
      <ul>
        {area.models.map((model) => (
          <li key={model.key}>
            <NavLink to={`${area.base}/${model.key}`}>{t(model.title)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ModelScreen({ area, model }: { area: ModelArea; model: CatalogModel }) {
  const page = usePage();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const filter = model.filter ? (params.get(model.filter.param) ?? '') : '';
  const list = model.useList({ page, pageSize: PAGE_SIZE, search, filter });
  const writes = model.useWrites();
  const editor = useEditing<CatalogRow>();
  // Many kinds of rows share this screen: the outcome names the row, and a refused delete says what still uses it.
  const actions = useRowAction({ refusal: refusalMessage, named: true });
  const clearFilter = () => {
    const next = new URLSearchParams(params);
    if (model.filter) next.delete(model.filter.param);
    next.delete('page');
    setParams(next);
  };
  const searchLabel = t(model.searchLabel ?? 'catalogAdmin.search');

  return (
    <div>
      <AreaTabs area={area} />
      <h1>{t(model.title)}</h1>
      <FilterForm role="search">
        {/* A search keeps the parent filter (`?product=`): it is not one of the form's fields. */}
        {model.filter && filter ? <input type="hidden" name={model.filter.param} value={filter} /> : null}
        <Field label={searchLabel} name="search" type="search" defaultValue={search} />
      </FilterForm>
      {model.filter && filter ? (
        <p>
          {t('catalogAdmin.filteredBy', { label: t(model.filter.label), value: filter })}{' '}
          <button type="button" className="link-button" onClick={clearFilter}>
            {t('catalogAdmin.clearFilter')}
          </button>
        </p>
      ) : null}
      <EditorPanel editor={editor} newLabel={t(model.newLabel)} form={(row, onDone) => <CatalogForm model={model} row={row} onDone={onDone} />} />
      {actions.alert}
      <RowsTable
        label={t(model.title)}
        list={list}
        rows={list.data?.results}
        page={page}
        pageSize={PAGE_SIZE}
        columns={[
          { label: t(model.nameLabel ?? 'catalogAdmin.name'), cell: (row) => row.name },
          ...model.columns.map((column) => ({ label: t(column.label), numeric: column.numeric, cell: column.value })),
        ]}
        actions={(row) =>
          actions.confirmation(row.id) ?? (
            <>
              <EditButton name={row.name} onClick={() => editor.open(row)} />
              {model.hasActive
                ? actions.button(row.is_active ? 'deactivate' : 'activate', row.name, () => writes.update(row, { is_active: !row.is_active }))
                : null}
              {actions.button('delete', row.name, () => writes.remove(row), { confirm: row.id })}
            </>
          )
        }
      />
    </div>
  );
}

function ModelAreaPage({ area }: { area: ModelArea }) {
  const { model: key } = useParams();
  const model = area.models.find((candidate) => candidate.key === key);
  if (!model) return <NotFound />;
  return <ModelScreen key={model.key} area={area} model={model} />;
}

/** System admin: the catalog's models, one generic list + form screen per model (`/manage/catalog/<model>`). */
export function CatalogAdminPage() {
  return <ModelAreaPage area={CATALOG} />;
}

/** System admin: the booking form's options (issues, other issues, intake questions), on the same screen. */
export function BookingOptionsPage() {
  return <ModelAreaPage area={BOOKING_OPTIONS} />;
}
