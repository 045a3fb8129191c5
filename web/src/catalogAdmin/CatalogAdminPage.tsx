import { useRef, useState, type FormEvent } from 'react';
import { NavLink, useParams, useSearchParams } from 'react-router-dom';
import { formErrors } from '../api/errors';
import { EditorForm, useEditing } from '../components/EditorForm';
import { Field, SelectField } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { PAGE_SIZE, Pagination, usePage } from '../components/Pagination';
import { SearchPicker, type PickerOption } from '../components/SearchPicker';
import { Loading, NotFound, QueryError } from '../components/Status';
import { TextAreaField } from '../public/TextAreaField';
import { t, type MessageKey } from '../i18n/t';
import { AttributesField, ImageField } from './fields';
import { catalogBody, catalogErrors, refusalMessage, type CatalogRow, type FieldSpec } from './form';
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

function RefField({ field, value, errors }: { field: Extract<FieldSpec, { kind: 'ref' }>; value: unknown; errors?: string[] }) {
  const choices = field.useOptions();
  const current = value === null || value === undefined ? '' : String(value);
  return (
    // The options arrive after the first render: the key renders the select again so its default applies.
    <SelectField key={choices.length} label={t(field.label)} name={field.name} defaultValue={current} errors={errors}>
      <option value="">{field.nullable ? t('catalogAdmin.none') : t('catalogAdmin.choose')}</option>
      {choices.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.name}
        </option>
      ))}
    </SelectField>
  );
}

/** An edited row's current choice for a search picker: `{id, name}` objects (lists) or the id with `<field>_name`. */
function pickedRows(field: FieldSpec, row: CatalogRow | null): PickerOption[] {
  const value = row?.[field.name];
  if (Array.isArray(value)) return value as PickerOption[];
  if (typeof value === 'number') return [{ id: value, name: String(row?.[`${field.name}_name`] ?? value) }];
  return [];
}

function FormField({ field, row, errors, onFile }: { field: FieldSpec; row: CatalogRow | null; errors?: string[]; onFile: (file: File | undefined) => void }) {
  const value = row?.[field.name];
  const label = t(field.label);
  switch (field.kind) {
    case 'ref':
      return <RefField field={field} value={value} errors={errors} />;
    case 'search':
      return (
        <SearchPicker
          label={label}
          name={field.name}
          useSearch={field.useSearch}
          initial={pickedRows(field, row)}
          multiple={field.multiple}
          nullable={field.nullable}
          errors={errors}
        />
      );
    case 'attributes':
      return <AttributesField field={field} value={value} errors={errors} />;
    case 'image':
      return <ImageField field={field} value={value} errors={errors} onFile={onFile} />;
    case 'active':
      return (
        <div className="field field-check">
          <input id={`catalog-${field.name}`} type="checkbox" name={field.name} defaultChecked={row ? Boolean(value) : true} />
          <label htmlFor={`catalog-${field.name}`}>{label}</label>
        </div>
      );
    case 'textarea':
      return <TextAreaField label={label} name={field.name} defaultValue={typeof value === 'string' ? value : ''} errors={errors} />;
    case 'reason':
      return row ? <Field label={label} name={field.name} help={field.help ? t(field.help) : undefined} errors={errors} /> : null;
    case 'slug':
      return row ? (
        <Field label={label} name={field.name} value={row.slug} readOnly help={t('catalogAdmin.slugFixed')} errors={errors} />
      ) : (
        <Field label={label} name={field.name} help={field.help ? t(field.help) : undefined} errors={errors} />
      );
    case 'number':
      return <Field label={label} name={field.name} type="number" inputMode="numeric" defaultValue={typeof value === 'number' ? String(value) : ''} errors={errors} />;
    case 'price':
      return <Field label={label} name={field.name} inputMode="decimal" defaultValue={typeof value === 'string' ? value : ''} errors={errors} />;
    default:
      return <Field label={label} name={field.name} defaultValue={typeof value === 'string' ? value : ''} errors={errors} />;
  }
}

/** Create or edit one row of the model; the API's messages show under their fields. */
function CatalogForm({ model, row, onDone }: { model: CatalogModel; row: CatalogRow | null; onDone: (saved: boolean) => void }) {
  const writes = model.useWrites();
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = catalogErrors(model.fields, error);
  // Files picked in the form's file inputs, by field: put into the form data as the input's `files` hold them.
  const files = useRef<Record<string, File | undefined>>({});
  const submit = async (data: FormData) => {
    setBusy(true);
    for (const [field, file] of Object.entries(files.current)) if (file) data.set(field, file);
    const body = catalogBody(model.fields, data, row !== null);
    const result = row ? await writes.update(row, body) : await writes.create(body);
    setBusy(false);
    setError(result.error);
    if (!result.error) onDone(true);
  };
  return (
    <EditorForm
      title={row ? t('catalogAdmin.edit', { name: row.name }) : t(model.newLabel)}
      error={error}
      busy={busy}
      onSubmit={(data) => void submit(data)}
      onCancel={() => onDone(false)}
    >
      {model.fields.map((field) => (
        <FormField key={field.name} field={field} row={row} errors={errors.fields[field.name]} onFile={(file) => (files.current[field.name] = file)} />
      ))}
    </EditorForm>
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
  const [confirming, setConfirming] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; message: string } | null>(null);

  const run = async (action: () => Promise<{ error?: unknown }>, done: string) => {
    setOutcome(null);
    setConfirming(null);
    const result = await action();
    if (result.error) setOutcome({ tone: 'error', message: refusalMessage(result.error) ?? formErrors(result.error).form ?? t('app.error') });
    else setOutcome({ tone: 'success', message: done });
  };
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    const value = String(new FormData(event.currentTarget).get('search') ?? '').trim();
    if (value) next.set('search', value);
    else next.delete('search');
    next.delete('page');
    setParams(next);
  };
  const clearFilter = () => {
    const next = new URLSearchParams(params);
    if (model.filter) next.delete(model.filter.param);
    next.delete('page');
    setParams(next);
  };

  return (
    <div>
      <AreaTabs area={area} />
      <h1>{t(model.title)}</h1>
      <form className="filters" role="search" onSubmit={onSearch}>
        <Field key={search} label={t(model.searchLabel ?? 'catalogAdmin.search')} name="search" type="search" defaultValue={search} />
        <div className="filter-actions">
          <button type="submit">{t('catalogAdmin.searchButton')}</button>
        </div>
      </form>
      {model.filter && filter ? (
        <p>
          {t('catalogAdmin.filteredBy', { label: t(model.filter.label), value: filter })}{' '}
          <button type="button" className="link-button" onClick={clearFilter}>
            {t('catalogAdmin.clearFilter')}
          </button>
        </p>
      ) : null}
      <p>
        <button type="button" onClick={() => editor.open('new')}>
          {t(model.newLabel)}
        </button>
      </p>
      {editor.editing ? <CatalogForm key={editor.row?.id ?? 'new'} model={model} row={editor.row} onDone={editor.close} /> : null}
      <FormAlert tone="success" message={editor.saved ? t('roster.saved') : null} />
      {outcome ? <FormAlert tone={outcome.tone} message={outcome.message} /> : null}
      {list.isLoading ? <Loading /> : null}
      {list.error ? <QueryError error={list.error} /> : null}
      {list.data && list.data.results.length === 0 ? <p>{t('admin.empty')}</p> : null}
      {list.data && list.data.results.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t(model.title)} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t(model.nameLabel ?? 'catalogAdmin.name')}</th>
                {model.columns.map((column) => (
                  <th key={column.label} scope="col" className={column.numeric ? 'numeric' : undefined}>
                    {t(column.label)}
                  </th>
                ))}
                <th scope="col">{t('roster.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.results.map((row) => (
                <tr key={row.id}>
                  <td>{row.name}</td>
                  {model.columns.map((column) => (
                    <td key={column.label} className={column.numeric ? 'numeric' : undefined}>
                      {column.value(row)}
                    </td>
                  ))}
                  <td className="row-actions">
                    {confirming === row.id ? (
                      <>
                        <button type="button" className="button-danger" onClick={() => void run(() => writes.remove(row), t('catalogAdmin.deleted', { name: row.name }))}>
                          {t('catalogAdmin.confirmDelete', { name: row.name })}
                        </button>
                        <button type="button" className="button-secondary" onClick={() => setConfirming(null)}>
                          {t('catalogAdmin.keep')}
                        </button>
                      </>
                    ) : (
                      <>
                        <button type="button" className="button-secondary" onClick={() => editor.open(row)} aria-label={t('roster.editNamed', { name: row.name })}>
                          {t('roster.edit')}
                        </button>
                        {model.hasActive ? (
                          <button
                            type="button"
                            className="button-secondary"
                            aria-label={t(row.is_active ? 'roster.deactivateNamed' : 'catalogAdmin.activateNamed', { name: row.name })}
                            onClick={() =>
                              void run(
                                () => writes.update(row, { is_active: !row.is_active }),
                                t(row.is_active ? 'catalogAdmin.deactivated' : 'catalogAdmin.activated', { name: row.name }),
                              )
                            }
                          >
                            {t(row.is_active ? 'roster.deactivate' : 'catalogAdmin.activate')}
                          </button>
                        ) : null}
                        <button type="button" className="button-secondary" onClick={() => setConfirming(row.id)} aria-label={t('catalogAdmin.deleteNamed', { name: row.name })}>
                          {t('catalogAdmin.delete')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? <Pagination page={page} count={list.data.count} pageSize={PAGE_SIZE} /> : null}
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
