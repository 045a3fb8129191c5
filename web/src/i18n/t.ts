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

/** A decimal amount from the API (a string such as "79900.00") in the catalogue's currency and number format. */
export function formatPrice(amount: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return amount;
  return new Intl.NumberFormat(t('format.locale'), { style: 'currency', currency: t('format.currency') }).format(value);
}
