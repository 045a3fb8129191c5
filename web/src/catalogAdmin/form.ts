import type { ReactNode } from 'react';
import { errorStatus, formErrors, type FormErrors } from '../api/errors';
import type { PickerSearch } from '../components/SearchPicker';
import type { MessageKey } from '../i18n/t';

/** A row of any catalog model as the admin screens need it. */
export interface CatalogRow {
  id: number;
  name: string;
  slug: string;
  [field: string]: unknown;
}

export interface Option {
  id: number;
  name: string;
}

/**
 * One input of a catalog form. `ref` picks another catalog row from a select (sent as its id; `nullable` allows
 * none), `search` picks one row (or several, `multiple`: sent as a list of ids) through the search picker,
 * `attributes` edits a JSON object as key/value rows, `image` uploads a file (multipart) with a "remove" box,
 * `reason` is write-only text sent only when given (the price log's reason), `slug` is typed on create only
 * (slugs never change).
 */
export type FieldSpec =
  | { name: string; label: MessageKey; kind: 'text' | 'slug' | 'price' | 'number' | 'textarea' | 'reason' | 'optional'; help?: MessageKey; maxLength?: number }
  | { name: string; label: MessageKey; kind: 'active' }
  | { name: string; label: MessageKey; kind: 'attributes' }
  | { name: string; label: MessageKey; kind: 'image'; help: MessageKey; current: MessageKey; remove: MessageKey }
  | { name: string; label: MessageKey; kind: 'ref'; useOptions: () => Option[]; nullable?: boolean }
  | { name: string; label: MessageKey; kind: 'search'; useSearch: PickerSearch; multiple?: boolean; nullable?: boolean };

/** The form inputs of an `attributes` field's rows and of an `image` field's "remove" box. */
export const attributeKey = (field: string) => `${field}.key`;
export const attributeValue = (field: string) => `${field}.value`;
export const removeImage = (field: string) => `${field}.remove`;

export type AttributeValue = string | number | boolean;

/**
 * A typed attribute value as sent: `true` and `false` become booleans, a plain decimal number (`128`, `-1.5`, no
 * leading zero, so `007` stays text) becomes a number, everything else is sent as the string typed. The API keeps
 * strings, numbers and booleans; this rule lets a value read back from the API be saved unchanged.
 */
export function attributeFromText(text: string): AttributeValue {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** "color: Black · storage: 128GB", for the variants list. */
export function attributesText(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${key}: ${String(item)}`)
    .join(' · ');
}

export interface ColumnSpec {
  label: MessageKey;
  value: (row: CatalogRow) => ReactNode;
  numeric?: boolean;
}

export type BodyValue = string | number | boolean | null | Blob | number[] | Record<string, AttributeValue>;
export type Body = Record<string, BodyValue>;

/**
 * The JSON body of a create (`editing` false) or an edit from the form's values. Empty optional values are left
 * out (or sent as null where the API clears with null), so the API's own messages name what is missing.
 */
export function catalogBody(fields: readonly FieldSpec[], data: FormData, editing: boolean): Body {
  const body: Body = {};
  for (const field of fields) {
    const raw = data.get(field.name);
    const value = typeof raw === 'string' ? raw.trim() : '';
    switch (field.kind) {
      case 'active':
        body[field.name] = raw === 'on';
        break;
      case 'slug':
      case 'reason':
        if (value && !(field.kind === 'slug' && editing)) body[field.name] = value;
        break;
      case 'number':
        if (value) body[field.name] = Number(value);
        break;
      case 'optional':
        body[field.name] = value || null;
        break;
      case 'ref':
      case 'search':
        if (field.kind === 'search' && field.multiple) body[field.name] = data.getAll(field.name).map(Number);
        else if (value) body[field.name] = Number(value);
        else if (field.nullable) body[field.name] = null;
        break;
      case 'attributes': {
        // Rows with neither key nor value are left out; the API judges the rest (keys, lengths, count).
        const keys = data.getAll(attributeKey(field.name)).map((key) => String(key).trim());
        const values = data.getAll(attributeValue(field.name)).map((item) => String(item).trim());
        const attributes: Record<string, AttributeValue> = {};
        keys.forEach((key, index) => {
          if (key || values[index]) attributes[key] = attributeFromText(values[index] ?? '');
        });
        body[field.name] = attributes;
        break;
      }
      case 'image':
        // A chosen file is uploaded (the write then goes as multipart); the remove box sends null.
        if (raw instanceof Blob && raw.size > 0) body[field.name] = raw;
        else if (data.get(removeImage(field.name)) === 'on') body[field.name] = null;
        break;
      case 'textarea':
        body[field.name] = typeof raw === 'string' ? raw : '';
        break;
      default:
        if (raw !== null) body[field.name] = value;
    }
  }
  return body;
}

/**
 * The API's messages per field. A 413 (the upload is too large) names no field: it is shown by the form's file
 * input as well as at the top.
 */
export function catalogErrors(fields: readonly FieldSpec[], error: unknown): FormErrors {
  const errors = formErrors(error);
  const image = fields.find((field) => field.kind === 'image');
  if (!image || errorStatus(error) !== 413 || !errors.form) return errors;
  return { ...errors, fields: { ...errors.fields, [image.name]: [errors.form] } };
}

/**
 * A refused delete (409 `protected`): the API's reason with what still uses the row ("categories: 3"), so the
 * admin knows what to move or to deactivate instead.
 */
export function refusalMessage(error: unknown): string | null {
  const data = (error as { status?: unknown; data?: { detail?: unknown; references?: unknown } } | undefined)?.data;
  if (!data || typeof data.detail !== 'string') return null;
  const references = data.references && typeof data.references === 'object' ? Object.entries(data.references as Record<string, number>) : [];
  const used = references.filter(([, count]) => count > 0).map(([name, count]) => `${name.replace(/_/g, ' ')}: ${count}`);
  return used.length ? `${data.detail} (${used.join(', ')})` : data.detail;
}
