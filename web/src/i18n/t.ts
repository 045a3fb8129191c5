import { en, type Catalogue, type MessageKey } from './en';

let catalogue: Catalogue = en;

/** Switches the catalogue (tests and a future language picker). */
export function setCatalogue(next: Catalogue): void {
  catalogue = next;
}

/** The text for `key`, with `{name}` placeholders replaced from `values`. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  const text = catalogue[key] ?? key;
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export type { MessageKey };
