import { t } from '../i18n/t';

export function formatWhen(value: string | null | undefined): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(t('format.locale'), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** The non-empty values of the named form fields, as query parameters. */
export function filterParams(form: HTMLFormElement, names: readonly string[]): URLSearchParams {
  const data = new FormData(form);
  const next = new URLSearchParams();
  for (const name of names) {
    const value = String(data.get(name) ?? '').trim();
    if (value) next.set(name, value);
  }
  return next;
}
