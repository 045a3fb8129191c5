import { useId, useRef, useState } from 'react';
import { describedBy, Field, Messages } from '../components/Field';
import { t } from '../i18n/t';
import { attributeKey, attributeValue, removeImage, type FieldSpec } from './form';

interface Row {
  id: number;
  key: string;
  value: string;
}

/**
 * A JSON object edited as rows of key + value (rows added and removed); the values' types follow
 * `attributeFromText` (see form.ts). The API's `{"attributes": [...]}` shows under the rows, which are marked
 * invalid and described by it.
 */
export function AttributesField({ field, value, errors }: { field: Extract<FieldSpec, { kind: 'attributes' }>; value: unknown; errors?: string[] }) {
  const id = useId();
  const next = useRef(0);
  const row = (key: string, item: string): Row => ({ id: next.current++, key, value: item });
  const [rows, setRows] = useState<Row[]>(() => {
    const entries = value && typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : [];
    return entries.length ? entries.map(([key, item]) => row(key, String(item))) : [row('', '')];
  });
  const invalid = Boolean(errors?.length);
  const help = t('catalogAdmin.attributesHelp');
  const described = describedBy(help, errors, id);
  return (
    <fieldset className={invalid ? 'field-wide attributes field-invalid' : 'field-wide attributes'}>
      <legend>{t(field.label)}</legend>
      {rows.map((item, index) => (
        <div key={item.id} className="attribute-row">
          <Field
            label={t('catalogAdmin.attributeKey', { n: index + 1 })}
            name={attributeKey(field.name)}
            defaultValue={item.key}
            maxLength={50}
            aria-invalid={invalid || undefined}
            aria-describedby={described}
          />
          <Field
            label={t('catalogAdmin.attributeValue', { n: index + 1 })}
            name={attributeValue(field.name)}
            defaultValue={item.value}
            aria-invalid={invalid || undefined}
            aria-describedby={described}
          />
          <button type="button" className="button-secondary" onClick={() => setRows(rows.filter((other) => other.id !== item.id))}>
            {t('catalogAdmin.removeAttribute', { n: index + 1 })}
          </button>
        </div>
      ))}
      <p>
        <button type="button" className="button-secondary" onClick={() => setRows([...rows, row('', '')])}>
          {t('catalogAdmin.addAttribute')}
        </button>
      </p>
      <Messages id={id} help={help} errors={errors} />
    </fieldset>
  );
}

/**
 * A file input (JPEG, PNG or WebP) with the current image and a box to remove it. The API's 400 and a 413 (too
 * large) show under the input.
 */
export function ImageField({
  field,
  value,
  errors,
  onFile,
}: {
  field: Extract<FieldSpec, { kind: 'image' }>;
  value: unknown;
  errors?: string[];
  /** The file picked (from the input's `files`), or undefined when the choice is emptied. */
  onFile: (file: File | undefined) => void;
}) {
  const current = typeof value === 'string' && value ? value : null;
  const removeId = useId();
  return (
    <div className="image-field">
      <Field
        label={t(field.label)}
        name={field.name}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        help={t(field.help)}
        errors={errors}
        onChange={(event) => onFile(event.currentTarget.files?.[0])}
      />
      {current ? (
        <div className="image-current">
          <img className="logo-preview" src={current} alt={t(field.current)} />
          <div className="field field-check">
            <input id={removeId} type="checkbox" name={removeImage(field.name)} />
            <label htmlFor={removeId}>{t(field.remove)}</label>
          </div>
        </div>
      ) : null}
    </div>
  );
}
