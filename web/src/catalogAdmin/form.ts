import type { ReactNode } from 'react';
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
 * One input of a catalog form. `ref` picks another catalog row (sent as its id; `nullable` allows none),
 * `reason` is write-only text sent only when given (the price log's reason), `slug` is typed on create only
 * (slugs never change).
 */
export type FieldSpec =
  | { name: string; label: MessageKey; kind: 'text' | 'slug' | 'price' | 'number' | 'textarea' | 'reason' | 'optional'; help?: MessageKey; maxLength?: number }
  | { name: string; label: MessageKey; kind: 'active' }
  | { name: string; label: MessageKey; kind: 'ref'; useOptions: () => Option[]; nullable?: boolean };

export interface ColumnSpec {
  label: MessageKey;
  value: (row: CatalogRow) => ReactNode;
  numeric?: boolean;
}

type Body = Record<string, string | number | boolean | null>;

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
        if (value) body[field.name] = Number(value);
        else if (field.nullable) body[field.name] = null;
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
