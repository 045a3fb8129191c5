import { useRef, useState } from 'react';
import { EditorForm } from '../components/EditorForm';
import { Field, SelectField } from '../components/Field';
import { SearchPicker, type PickerOption } from '../components/SearchPicker';
import { TextAreaField } from '../public/TextAreaField';
import { t } from '../i18n/t';
import { AttributesField, ImageField } from './fields';
import { catalogBody, catalogErrors, type CatalogRow, type FieldSpec } from './form';
import type { CatalogModel } from './models';

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
export function CatalogForm({ model, row, onDone }: { model: CatalogModel; row: CatalogRow | null; onDone: (saved: boolean) => void }) {
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
